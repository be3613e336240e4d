import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dayNumber, isIsoDate, monthOf, yearOf } from '~/core/dates'
import { computeSavings, leaseRecord, propertyRecord, recordList, unitRecord, type EngineInput, type Measure } from '~/core/savings'
import { buildContext } from '~/core/savings/measures'
import { isoDay, isoMonth, isoNumber, isoYear } from '~/core/savings/days'
import { isoDateArb } from '../arbitraries'
import { inputArb } from './generators'
import { assumptions, lease, property, scenario, unit } from './fixtures'

/** JSON of a result, so Decimals compare as their exact strings. */
const json = (input: EngineInput) => JSON.stringify(computeSavings(input))

/** The same input rebuilt the way the app builds rows: spreads, extra fields, `label: undefined`. */
function spreadBuilt(input: EngineInput): EngineInput {
  return {
    ...input,
    properties: input.properties.map((p) => ({ ...p, note: 'ekstra felt' })),
    leases: input.leases.map(({ name, ...l }) => ({ ...l, name, counterpartyId: 7 })),
    units: input.units.map((u) => ({ ...u, workplacesNeeded: u.workplacesNeeded ?? null })),
    measures: input.measures.map((m) => ({ label: undefined, ...m, enabled: 1 }) as unknown as Measure),
  }
}

describe('input records (records.ts)', () => {
  it('gives the same result whatever shape the input objects have', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(json(spreadBuilt(input))).toBe(json(input))
      }),
      { numRuns: 150 },
    )
  })

  it('does not change the caller’s objects', () => {
    const measure: Measure = {
      kind: 'closure',
      id: 'c',
      status: 'decided',
      propertyId: 1,
      date: '2024-03-01',
      operatingCostShare: 1,
    }
    const input = scenario({ properties: [property({ id: 1, annualOperatingCostOre: 1200 })], measures: [measure] })
    const before = JSON.stringify(input)
    computeSavings(input)
    expect(JSON.stringify(input)).toBe(before)
  })
})

describe('register lists made as records (recordList)', () => {
  /** The input with its register built as the app's loader builds it, from rows with extra fields. */
  const asLoaded = (input: EngineInput): EngineInput => ({
    ...input,
    properties: recordList(input.properties, (p) => propertyRecord({ ...p, note: 'ekstra' } as typeof p)),
    leases: recordList(input.leases, leaseRecord),
    units: recordList(input.units, unitRecord),
  })

  it('gives the same result as the same register in plain objects', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(json(asLoaded(input))).toBe(json(input))
      }),
      { numRuns: 150 },
    )
  })

  it('is used as it is, while a plain list is copied', () => {
    const input = scenario({ properties: [property({ id: 1 })], units: [unit({ id: 7, propertyId: 1 })], measures: [] })
    expect(buildContext(input).unitList).not.toBe(input.units)
    const loaded = asLoaded(input)
    const ctx = buildContext(loaded)
    expect(ctx.unitList).toBe(loaded.units)
    expect(ctx.properties.get(1)).toBe(loaded.properties[0])
    // The copy of a recorded list (filter, spread) is no record list: the engine copies it again.
    expect(buildContext({ ...loaded, units: [...loaded.units] }).unitList).not.toBe(loaded.units)
  })
})

describe('date reading without substrings (days.ts)', () => {
  const odd = [
    ...['', 'x', '2024-1-01', '2024-01-1', '2024-01-01\n', ' 2024-01-01', '2024/01/01', '2023-02-29', '2024-02-29'],
    ...['2024-13-01', '2024-00-10', '2024-04-31', '0000-01-01', '0999-12-31', '9999-12-31', '２０２４-01-01'],
    ...['-001-01-01', '+2024-01-01', '2024-12-3a', '2024-12-31T00:00'],
  ]

  it('isoDay: a day number exactly for what isIsoDate accepts', () => {
    for (const text of odd) {
      expect(isoDay(text), text).toBe(isIsoDate(text) ? dayNumber(text) : NaN)
    }
    expect(isoDay(undefined)).toBeNaN()
    expect(isoDay(20240101)).toBeNaN()
    fc.assert(fc.property(isoDateArb, (iso) => isoDay(iso) === dayNumber(iso)))
  })

  it('isoYear, isoMonth, isoNumber: the same numbers as yearOf, monthOf and Number(slice)', () => {
    for (const text of [...odd, '2024-05-31', '2024-13-02', 'NaN-NaN-NaN']) {
      expect(isoYear(text), text).toBe(yearOf(text))
      expect(isoMonth(text), text).toBe(monthOf(text))
      expect(isoNumber(text, 8, 2), text).toBe(Number(text.slice(8, 10)))
    }
  })

  it('orders a termination held by an impossible non-terminable date as it always has', () => {
    // '2024-13-01' is no date; the lease then "ends" on it and the saving starts '2024-13-02',
    // which dayNumber places on 2 January 2025.
    const odd = lease({ id: 1, propertyId: 1, noticeMonths: 1, nonTerminableUntil: '2024-13-01' })
    const closure = (id: string, date: string): Measure => ({
      kind: 'closure',
      id,
      status: 'decided',
      propertyId: 2,
      date,
      operatingCostShare: 0.1,
    })
    const result = computeSavings(
      scenario({
        properties: [property({ id: 1, ownership: 'leased' }), property({ id: 2 })],
        leases: [odd],
        units: [unit({ id: 1, propertyId: 2 })],
        measures: [
          closure('late', '2025-01-03'),
          { kind: 'lease_termination', id: 'odd', status: 'decided', leaseId: 1, noticeDate: '2024-01-10' },
          closure('early', '2025-01-01'),
        ],
        assumptions: assumptions({ firstYear: 2024, lastYear: 2025 }),
      }),
    )
    expect(result.measures.map((m) => [m.measureId, m.effectiveFrom])).toEqual([
      ['early', '2025-01-01'],
      ['odd', '2024-13-02'],
      ['late', '2025-01-03'],
    ])
  })
})
