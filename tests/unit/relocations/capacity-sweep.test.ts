/**
 * The capacity page's one-pass sweep against the computation it replaced: the engine's full
 * monthlyOccupancy cut to the window, a scan of every end per property, and the whole timeline.
 * On random registers the used properties, their months over capacity, their month rows and the
 * left-behind groups must be the same.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { monthlyOccupancy, type EngineInput, type PropertyOccupancy } from '~/core/savings'
import { effectiveRelocations, engineUnits, presencePeriods, toRelocationMeasure, type ReplayRelocation } from '~/core/relocation-replay'
import { buildTimeline, monthWindow, type PropertyEnd, type TimelineWindow } from '~/core/timeline'
import { goneFromMap, leftBehindTitles, sweepCapacity } from '~/features/relocations/capacity-sweep'
import { assumptions, property } from '../savings/fixtures'

const PROPERTIES = [1, 2, 3, 4, 5].map((id) =>
  property({ id, name: ['Ærø', 'Aabybro', 'Byhuset', 'Østergade', 'Zoneterapi'][id - 1]!, workplaces: 10 * id, grossAreaM2: 300 * id }),
)

const isoDay = fc
  .record({ y: fc.integer({ min: 2023, max: 2027 }), m: fc.integer({ min: 1, max: 12 }), d: fc.constantFrom(1, 2, 15, 28) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)

const unitArb = fc.record({
  propertyId: fc.integer({ min: 1, max: 5 }),
  headcount: fc.constantFrom(0, 1, 2.5, 8, 20, 33.3),
  workplacesNeeded: fc.option(fc.constantFrom(0, 3, 12), { nil: null }),
})
const moveArb = fc.record({
  unit: fc.integer({ min: 0, max: 5 }),
  from: fc.integer({ min: 1, max: 5 }),
  to: fc.integer({ min: 1, max: 5 }),
  date: isoDay,
  headcount: fc.constantFrom(1, 2.5, 5, 20, 100),
})
const endArb = fc.record({ propertyId: fc.integer({ min: 1, max: 5 }), date: isoDay })

interface Case {
  input: EngineInput
  moves: ReplayRelocation[]
  window: TimelineWindow
  ends: PropertyEnd[]
}

const caseArb = fc
  .record({
    units: fc.array(unitArb, { minLength: 1, maxLength: 6 }),
    moves: fc.array(moveArb, { maxLength: 10 }),
    ends: fc.array(endArb, { maxLength: 4 }),
    from: fc.record({ y: fc.integer({ min: 2023, max: 2026 }), m: fc.integer({ min: 1, max: 12 }) }),
    months: fc.constantFrom(12, 24, 36),
  })
  .map(({ units, moves, ends, from, months }): Case => {
    const unitRows = units.map((u, i) => ({ id: i + 1, name: `Enhed ${i + 1}`, ...u }))
    const replay = moves.map((m, i): ReplayRelocation => ({
      id: i + 1,
      unitId: (m.unit % unitRows.length) + 1,
      fromPropertyId: m.from,
      toPropertyId: m.to,
      date: m.date,
      headcount: m.headcount,
      status: 'planned',
    }))
    const start = engineUnits(unitRows, replay)
    const costs = { movingCostOre: null, refurbishmentOre: 0, addedAnnualOperatingOre: 0 }
    const input: EngineInput = {
      properties: PROPERTIES,
      leases: [],
      units: start,
      statusFilter: 'all',
      assumptions: assumptions({ firstYear: 2024, lastYear: 2026, deskFactor: 0.8 }),
      measures: effectiveRelocations(start, replay).map((r) => toRelocationMeasure({ ...r, ...costs })),
    }
    const window = monthWindow(`${from.y}-${String(from.m).padStart(2, '0')}`, months)
    const propertyEnds = ends.map((e) => ({ ...e, kind: 'lease_end' as const, label: 'ophører' }))
    return { input, moves: effectiveRelocations(start, replay), window, ends: propertyEnds }
  })

/** The replaced computation: every property's every month, then cut to the window. */
function oldOccupancy(input: EngineInput, window: TimelineWindow): PropertyOccupancy[] {
  const keep = new Set(window.months)
  return monthlyOccupancy(input)
    .map((p) => ({ ...p, months: p.months.filter((m) => keep.has(m.month)) }))
    .filter((p) => p.months.some((m) => m.headcount > 0))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'))
}

describe('capacity sweep', () => {
  it('finds the same properties, months over capacity and month rows as the full computation', () => {
    fc.assert(
      fc.property(caseArb, ({ input, window }) => {
        const expected = oldOccupancy(input, window)
        const sweep = sweepCapacity(input, window)
        expect(sweep.used.map((p) => p.name)).toEqual(expected.map((p) => p.name))
        expect(sweep.used.map((p) => p.overMonths)).toEqual(expected.map((p) => p.months.filter((m) => m.over).length))
        expect(sweep.monthsOf(expected.map((p) => p.propertyId))).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })

  it('flags the same left-behind groups as the whole timeline', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom('property' as const, 'unit' as const), ({ input, moves, window, ends }, by) => {
        const periods = presencePeriods(input.units, moves)
        const propertyNames = new Map(input.properties.map((p) => [p.id, p.name]))
        const unitNames = new Map(input.units.map((u) => [u.id, u.name]))
        const timeline = buildTimeline({ window, periods, ends, propertyNames, unitNames, statuses: new Map() }, by)
        const expected = timeline.filter((g) => g.leftBehind).map((g) => g.title)
        const titles = by === 'property' ? propertyNames : unitNames
        expect(leftBehindTitles(periods, window, goneFromMap(ends), titles, by)).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })

  it('keeps the earliest end of a property', () => {
    expect(
      goneFromMap([
        { propertyId: 6, date: '2025-01-01' },
        { propertyId: 6, date: '2024-09-01' },
      ]).get(6),
    ).toBe('2024-09-01')
  })
})
