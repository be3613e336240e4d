import type Decimal from 'decimal.js'
import fc from 'fast-check'
import { expect } from 'vitest'
import { addDays } from '~/core/dates'
import { formatKroner } from '~/core/money'
import { ONE_OFF_CATEGORIES, RECURRING_CATEGORIES, type EngineInput, type Measure, type SavingsResult } from '~/core/savings'
import { planningDateArb } from '../arbitraries'
import { assumptions, lease, property, unit } from './fixtures'

/** Random scenarios for the engine's property tests: six properties, four leases, three units. */
export const ALL = [...RECURRING_CATEGORIES, ...ONE_OFF_CATEGORIES]
export const ore = fc.integer({ min: 0, max: 50_000_000_000 })
const status = fc.constantFrom('proposal', 'decided', 'realised' as const)
export const shareMicro = fc.integer({ min: 0, max: 1_000_000 })

const measureArb: fc.Arbitrary<Measure> = fc.oneof(
  fc.record({
    kind: fc.constant('lease_termination' as const),
    id: fc.uuid(),
    status,
    leaseId: fc.integer({ min: 1, max: 4 }),
    noticeDate: planningDateArb,
  }),
  fc.record({
    kind: fc.constant('sale' as const),
    id: fc.uuid(),
    status,
    propertyId: fc.integer({ min: 1, max: 4 }),
    takeoverDate: planningDateArb,
    priceOre: ore,
    saleCostsOre: ore,
  }),
  fc.record({
    kind: fc.constant('closure' as const),
    id: fc.uuid(),
    status,
    propertyId: fc.integer({ min: 1, max: 4 }),
    date: planningDateArb,
    operatingCostShare: shareMicro.map((m) => m / 1_000_000),
  }),
  fc.record({
    kind: fc.constant('relocation' as const),
    id: fc.uuid(),
    status,
    unitId: fc.integer({ min: 1, max: 3 }),
    fromPropertyId: fc.integer({ min: 1, max: 6 }),
    toPropertyId: fc.integer({ min: 1, max: 6 }),
    date: planningDateArb,
    headcount: fc.integer({ min: 0, max: 40_000 }).map((m) => m / 1000),
    refurbishmentOre: ore,
    addedAnnualOperatingOre: ore,
  }),
)

export const inputArb: fc.Arbitrary<EngineInput> = fc
  .record({
    costs: fc.array(fc.tuple(ore, ore, ore), { minLength: 6, maxLength: 6 }),
    rents: fc.array(fc.tuple(ore, ore, fc.boolean(), fc.integer({ min: 0, max: 12 }), fc.constantFrom('month', 'quarter' as const)), {
      minLength: 4,
      maxLength: 4,
    }),
    measures: fc.array(measureArb, { maxLength: 8 }),
    countAvoidedMaintenance: fc.boolean(),
    rentIndexationPct: fc.option(
      fc.integer({ min: -20, max: 80 }).map((t) => t / 10),
      { nil: null },
    ),
    statusFilter: fc.constantFrom('realised', 'decided', 'all' as const),
  })
  .map(({ costs, rents, measures, countAvoidedMaintenance, rentIndexationPct, statusFilter }) => ({
    properties: costs.map(([op, mnt, backlog], i) =>
      property({
        id: i + 1,
        ownership: i < 4 ? 'owned' : 'leased',
        annualOperatingCostOre: op,
        annualMaintenanceOre: mnt,
        maintenanceBacklogOre: backlog,
      }),
    ),
    leases: rents.map(([rent, service, paid, noticeMonths, terms], i) =>
      lease({
        id: i + 1,
        propertyId: i < 2 ? i + 5 : i - 1,
        direction: i < 2 ? 'tenant' : 'landlord',
        annualRentOre: rent,
        annualServiceOre: service,
        operatingCostPaidByMunicipality: paid,
        noticeMonths,
        terms,
      }),
    ),
    units: [unit({ id: 1, propertyId: 5, headcount: 12.5 }), unit({ id: 2, propertyId: 1 }), unit({ id: 3, propertyId: 6, headcount: 3 })],
    measures,
    assumptions: assumptions({ firstYear: 2022, lastYear: 2030, countAvoidedMaintenance, rentIndexationPct }),
    statusFilter,
  }))

export function shiftLater(measure: Measure, days: number): Measure {
  switch (measure.kind) {
    case 'lease_termination':
      return { ...measure, noticeDate: addDays(measure.noticeDate, days) }
    case 'sale':
      return { ...measure, takeoverDate: addDays(measure.takeoverDate, days) }
    case 'closure':
    case 'relocation':
      return { ...measure, date: addDays(measure.date, days) }
  }
}

const near = (a: Decimal, b: Decimal) => a.minus(b).abs().lessThanOrEqualTo('1e-21')

export function expectSameTotals(a: SavingsResult, b: SavingsResult): void {
  for (const [i, year] of a.years.entries()) {
    for (const category of [...ALL, 'netOperatingSaving' as const]) {
      const x = year[category]
      const y = b.years[i]![category]
      expect(near(x, y), `${year.year} ${category}: ${x.toString()} vs ${y.toString()}`).toBe(true)
      expect(formatKroner(x)).toBe(formatKroner(y))
    }
  }
}
