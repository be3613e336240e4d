/** /noegletal's orders: read from the address, written back, and the sort itself (unknown figures last). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sortedBuildings, sortOf, sortQuery } from '~/features/key-figures/sorting'
import type { BuildingFigures } from '~/features/key-figures/types'

const building = (id: number, kwhPerM2: string | null): BuildingFigures => ({
  id,
  name: `B${id}`,
  town: 'Hedensted',
  energyLabel: null,
  year: 2024,
  employees: 0,
  figures: { kwhPerM2, co2eKgPerM2: null, m2PerEmployee: null, workplacesPerEmployee: null, operatingCostPerM2: null },
  flags: [],
})

/** The kept figures' sort keys of these buildings (NaN: unknown), as portfolioFigures makes them. */
function keysOf(list: readonly BuildingFigures[]) {
  const column = (name: keyof BuildingFigures['figures']) =>
    Float64Array.from(list, (b) => (b.figures[name] === null ? NaN : Number(b.figures[name])))
  return {
    kwhPerM2: column('kwhPerM2'),
    co2eKgPerM2: column('co2eKgPerM2'),
    m2PerEmployee: column('m2PerEmployee'),
    workplacesPerEmployee: column('workplacesPerEmployee'),
    operatingCostPerM2: column('operatingCostPerM2'),
  }
}

describe('key figure sorting', () => {
  it('reads and writes the address words, falling back to the register order', () => {
    expect(sortOf(new URLSearchParams('sorter=kwh&retning=faldende'))).toEqual({ by: 'kwhPerM2', direction: 'desc' })
    expect(sortOf(new URLSearchParams('sorter=drift'))).toEqual({ by: 'operatingCostPerM2', direction: 'asc' })
    expect(sortOf(new URLSearchParams('sorter=__proto__'))).toEqual({ by: 'name', direction: 'asc' })
    expect(sortQuery({ by: 'kwhPerM2', direction: 'desc' })).toBe('sorter=kwh&retning=faldende')
    expect(sortQuery({ by: 'name', direction: 'asc' })).toBe('')
    expect(sortQuery({ by: 'name', direction: 'desc' })).toBe('sorter=navn&retning=faldende')
  })

  it('sorts by the figure either way with unknown figures last and ties in register order', () => {
    const list = [building(1, '120.5'), building(2, null), building(3, '80'), building(4, '120.5'), building(5, '1000')]
    const ids = (by: 'asc' | 'desc') => sortedBuildings(list, keysOf(list), { by: 'kwhPerM2', direction: by }).map((b) => b.id)
    expect(ids('asc')).toEqual([3, 1, 4, 5, 2])
    expect(ids('desc')).toEqual([5, 1, 4, 3, 2])
    expect(list.map((b) => b.id)).toEqual([1, 2, 3, 4, 5])
  })

  it('keeps every building exactly once, in order, whatever the figures', () => {
    const figure = fc.option(
      fc.integer({ min: 0, max: 100_000 }).map((n) => (n / 100).toString()),
      { nil: null },
    )
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 60 }), fc.constantFrom('asc' as const, 'desc' as const), (values, direction) => {
        const list = values.map((v, i) => building(i + 1, v))
        const sorted = sortedBuildings(list, keysOf(list), { by: 'kwhPerM2', direction })
        expect(sorted.map((b) => b.id).sort((a, b) => a - b)).toEqual(list.map((b) => b.id))
        const known = sorted.filter((b) => b.figures.kwhPerM2 !== null).map((b) => Number(b.figures.kwhPerM2))
        expect(known).toEqual([...known].sort((a, b) => (direction === 'asc' ? a - b : b - a)))
        expect(sorted.slice(known.length).every((b) => b.figures.kwhPerM2 === null)).toBe(true)
      }),
    )
  })
})
