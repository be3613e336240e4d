/**
 * A scenario's savings result for programs, amounts in kroner as unrounded decimal strings:
 * - `savingsDocument`: everything at once, figures and every list (the CLI's `--json`, a file);
 * - `savingsSummary` and `savingsList`: the same figures without the long lists, and those lists
 *   a page at a time (`/api/v1/scenarios/:id/savings[/:list]`, docs/api.md): a national
 *   scenario's full document is some 75 MB, its line items alone 190,000.
 */
import Decimal from 'decimal.js'
import type { Scenario } from '#db/schema'
import { climateLineItems, fullYearLineItems, lineItemsFor, type ClimateResult, type SavingsResult } from '~/core/savings'

/** Decimals as plain decimal strings (never exponent form), everything else as it is. */
function plain(value: unknown): unknown {
  if (Decimal.isDecimal(value)) return (value as Decimal).toFixed()
  if (Array.isArray(value)) return value.map(plain)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
  }
  return value
}

const CLIMATE_UNITS = 'MWh og tons CO2e, decimaltekst, uafrundet; undgået positiv, tilført negativ'

/** The climate figures (docs/climate.md) with their line items; energy in MWh, CO2e in tonnes. */
function climateDocument(climate: ClimateResult, firstYear: number, lastYear: number) {
  const { contributions: _internal, ...figures } = climate
  const lineItems = []
  for (let year = firstYear; year <= lastYear; year++) lineItems.push(...climateLineItems(climate, year, firstYear))
  return { units: CLIMATE_UNITS, ...figures, lineItems, fullYearLineItems: climateLineItems(climate, 'full', firstYear) }
}

type ScenarioHead = Pick<Scenario, 'name' | 'isBaseline' | 'description'>
const head = (scenario: ScenarioHead) => ({
  scenario: { name: scenario.name, isBaseline: scenario.isBaseline === 1, description: scenario.description },
  amounts: 'kroner, decimaltekst, uafrundet',
})

/** @example JSON.stringify(savingsDocument(scenario, result)) */
export function savingsDocument(scenario: ScenarioHead, result: SavingsResult): unknown {
  const { contributions: _internal, climate, ...figures } = result
  return plain({
    ...head(scenario),
    ...figures,
    lineItems: lineItemsFor(result),
    fullYearLineItems: fullYearLineItems(result),
    ...(climate ? { climate: climateDocument(climate, result.firstYear, result.lastYear) } : {}),
  })
}

/** The lists `savingsList` pages, by their name in the address. */
export const SAVINGS_LISTS = [
  'measures',
  'conflicts',
  'double-rent',
  'line-items',
  'full-year-line-items',
  'climate-warnings',
  'climate-line-items',
] as const
export type SavingsListName = (typeof SAVINGS_LISTS)[number]

/** @example isSavingsList('line-items') // true */
export const isSavingsList = (name: string): name is SavingsListName => (SAVINGS_LISTS as readonly string[]).includes(name)

/**
 * The figures of `savingsDocument` without its lists: those are counted, and fetched a page at a
 * time with `savingsList`. A few KB whatever the scenario's size.
 * @example (savingsSummary(scenario, result) as { counts: { measures: number } }).counts.measures // 20000
 */
export function savingsSummary(scenario: ScenarioHead, result: SavingsResult): unknown {
  const { contributions: _internal, climate, measures, conflicts, doubleRentPeriods, ...figures } = result
  const climatePart = climate && {
    units: CLIMATE_UNITS,
    years: climate.years,
    totals: climate.totals,
    fullYear: climate.fullYear,
    factorsUsed: climate.factorsUsed,
  }
  return plain({
    ...head(scenario),
    ...figures,
    counts: {
      measures: measures.length,
      conflicts: conflicts.length,
      doubleRent: doubleRentPeriods.length,
      climateWarnings: climate?.warnings.length ?? 0,
    },
    ...(climatePart ? { climate: climatePart } : {}),
  })
}

/** Which year the line items are of: a budget year, or 'full' for the full-year effect. */
export type ListYear = number | 'full'

/**
 * Every entry of one list, as `savingsDocument` has it. Line items are built for one year only
 * (`line-items` needs a budget year; `climate-line-items` a year or 'full'), never for all at once.
 * Null when the list needs a year and has none, or has no climate part.
 * @example savingsListItems(result, 'line-items', 2025)?.length
 */
export function savingsListItems(result: SavingsResult, list: SavingsListName, year: ListYear | null): unknown[] | null {
  switch (list) {
    case 'measures':
      return result.measures
    case 'conflicts':
      return result.conflicts
    case 'double-rent':
      return result.doubleRentPeriods
    case 'line-items':
      return typeof year === 'number' ? lineItemsFor(result, { year }) : null
    case 'full-year-line-items':
      return fullYearLineItems(result)
    case 'climate-warnings':
      return result.climate ? result.climate.warnings : null
    case 'climate-line-items':
      return result.climate && year !== null ? climateLineItems(result.climate, year, result.firstYear) : null
  }
}

/**
 * One page of a list: `{ items, total, offset, limit }` like the grids' lists.
 * @example savingsPage(items, 0, 500)
 */
export function savingsPage(items: unknown[], offset: number, limit: number): unknown {
  return plain({ items: items.slice(offset, offset + limit), total: items.length, offset, limit })
}
