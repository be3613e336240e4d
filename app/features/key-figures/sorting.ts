/**
 * The orders /noegletal can be sorted in, as they appear in its address (`?sorter=kwh&retning=faldende`),
 * and the sort itself. Shared by the page's links and the service.
 */
import type { KeyFigureSort, SortBy } from './types'

export type { KeyFigureSort, SortBy }

/** The address's word for each order. */
export const SORT_PARAM: Record<SortBy, string> = {
  name: 'navn',
  kwhPerM2: 'kwh',
  co2eKgPerM2: 'co2e',
  m2PerEmployee: 'm2',
  workplacesPerEmployee: 'arbejdspladser',
  operatingCostPerM2: 'drift',
}

export const DEFAULT_SORT: KeyFigureSort = { by: 'name', direction: 'asc' }

/**
 * The order an address asks for; the register's order when it names none or an unknown one.
 * @example sortOf(new URLSearchParams('sorter=kwh&retning=faldende')) // { by: 'kwhPerM2', direction: 'desc' }
 */
export function sortOf(params: URLSearchParams): KeyFigureSort {
  const word = params.get('sorter')
  const by = (Object.keys(SORT_PARAM) as SortBy[]).find((k) => SORT_PARAM[k] === word) ?? 'name'
  return { by, direction: params.get('retning') === 'faldende' ? 'desc' : 'asc' }
}

/** The query string of an order (empty for the default). @example sortQuery({ by: 'kwhPerM2', direction: 'desc' }) // 'sorter=kwh&retning=faldende' */
export function sortQuery(sort: KeyFigureSort): string {
  if (sort.by === DEFAULT_SORT.by && sort.direction === DEFAULT_SORT.direction) return ''
  return `sorter=${SORT_PARAM[sort.by]}${sort.direction === 'desc' ? '&retning=faldende' : ''}`
}

/**
 * The buildings in the asked order: unknown figures last in both directions, equal ones in the
 * register's order. Compared as JavaScript numbers (`keys`, NaN for unknown, made once when the
 * figures are computed): ordering (not arithmetic) tolerates their rounding, and 100,000 Decimal
 * comparisons per sort would cost far more.
 * @example sortedBuildings(figures.buildings, figures.sortKeys, { by: 'kwhPerM2', direction: 'desc' })[0] // the most energy per m²
 */
export function sortedBuildings<T>(buildings: readonly T[], keys: Record<Exclude<SortBy, 'name'>, Float64Array>, sort: KeyFigureSort): T[] {
  if (sort.by === 'name') return sort.direction === 'asc' ? [...buildings] : [...buildings].reverse()
  const values = keys[sort.by]
  const sign = sort.direction === 'asc' ? 1 : -1
  const order = Array.from(buildings, (_, i) => i)
  order.sort((x, y) => {
    const a = values[x]!
    const b = values[y]!
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? x - y : Number.isNaN(a) ? 1 : -1
    return a === b ? x - y : sign * (a - b)
  })
  return order.map((i) => buildings[i]!)
}
