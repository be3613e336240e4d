import fc from 'fast-check'
import type { GoalSeekInput, GoalSeekOptions, GoalSeekProperty, GoalSeekUnit } from '~/core/goal-seek'
import type { LeaseInput } from '~/core/goal-seek/engine-adapter'
import { assumptions, kr, lease, property, unit } from './fixtures'

const money = (max: number) => fc.integer({ min: 0, max: max / 1000 }).map((v) => kr(v * 1000))

const propertyArb = fc.record({
  leased: fc.boolean(),
  keep: fc.constantFrom(false, false, false, true),
  workplaces: fc.integer({ min: 0, max: 80 }),
  operating: money(900_000),
  price: money(3_000_000),
  saleCosts: money(80_000),
  rent: money(700_000),
  noticeMonths: fc.integer({ min: 1, max: 9 }),
  quarter: fc.boolean(),
  nonTerminable: fc.option(fc.constantFrom('2025-11-15', '2026-06-30', '2027-03-31'), { freq: 4 }),
  refurbishment: fc.constantFrom(0, 0, kr(2_000)),
})

const unitArb = fc.record({
  at: fc.nat(),
  headcount: fc.integer({ min: 1, max: 40 }).map((v) => v / 2),
  movable: fc.constantFrom(true, true, true, true, false),
})

type PropertyDraft = typeof propertyArb extends fc.Arbitrary<infer T> ? T : never

function build(
  drafts: PropertyDraft[],
  unitDrafts: { at: number; headcount: number; movable: boolean }[],
  deskFactor: number,
): Pick<GoalSeekInput, 'properties' | 'leases' | 'units'> {
  const units: GoalSeekUnit[] = unitDrafts.map((u, i) =>
    unit({ id: i + 1, propertyId: (u.at % drafts.length) + 1, headcount: u.headcount, movable: u.movable }),
  )
  const leases: LeaseInput[] = []
  const properties: GoalSeekProperty[] = drafts.map((d, i) => {
    const id = i + 1
    const need = units.filter((u) => u.propertyId === id).reduce((s, u) => s + u.headcount * deskFactor, 0)
    if (d.leased) {
      leases.push(
        lease({
          id,
          propertyId: id,
          annualRentOre: d.rent,
          noticeMonths: d.noticeMonths,
          terms: d.quarter ? 'quarter' : 'month',
          nonTerminableUntil: d.nonTerminable,
        }),
      )
    }
    // The register fits its buildings: overfull buildings are a conflict before any measure.
    return property({
      id,
      ownership: d.leased ? 'leased' : 'owned',
      keep: d.keep,
      workplaces: Math.max(d.workplaces, Math.ceil(need)),
      annualOperatingCostOre: d.operating,
      expectedSalePriceOre: d.price,
      saleCostsOre: d.saleCosts,
      refurbishmentPerPersonOre: d.refurbishment,
    })
  })
  return { properties, leases, units }
}

/** A small random portfolio and goal-seek options. */
export const caseArb = fc
  .record({
    properties: fc.array(propertyArb, { minLength: 2, maxLength: 4 }),
    units: fc.array(unitArb, { minLength: 1, maxLength: 3 }),
    deskFactor: fc.constantFrom(0.7, 0.75, 0.8, 1),
    target: fc.integer({ min: 1, max: 20 }).map((v) => kr(v * 50_000)),
    targetYear: fc.constantFrom(2025, 2026, 2027),
    objective: fc.constantFrom('least_one_off_cost', 'earliest_year', 'fewest_people_moved' as const),
    budget: fc.option(
      fc.integer({ min: 0, max: 40 }).map((v) => kr(v * 10_000)),
      { freq: 3 },
    ),
    partial: fc.boolean(),
    closures: fc.boolean(),
    timing: fc.constantFrom('earliest', 'earliest', 'flexible' as const),
  })
  .map((c) => {
    const input: GoalSeekInput = {
      ...build(c.properties, c.units, c.deskFactor),
      assumptions: assumptions({ firstYear: 2025, lastYear: 2027, deskFactor: c.deskFactor, targetAnnualOre: c.target }),
    }
    const options: GoalSeekOptions = {
      objective: c.objective,
      targetYear: c.targetYear,
      earliestNoticeDate: '2025-02-10',
      maxOneOffCostOre: c.budget,
      allow: { partialClosures: c.partial, closures: c.closures },
      timing: c.timing,
      splitUnits: false,
      timeLimitSeconds: 30,
    }
    return { input, options }
  })
