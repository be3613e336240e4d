import type { GoalSeekInput, GoalSeekOptions, GoalSeekProperty, GoalSeekUnit } from '~/core/goal-seek'
import type { Assumptions, LeaseInput } from '~/core/goal-seek/engine-adapter'

/** kroner → øre for readable fixtures. */
export const kr = (kroner: number) => Math.round(kroner * 100)

export function property(overrides: Partial<GoalSeekProperty> & { id: number }): GoalSeekProperty {
  return {
    name: `Ejendom ${overrides.id}`,
    ownership: 'owned',
    grossAreaM2: 1000,
    workplaces: 50,
    annualOperatingCostOre: 0,
    annualMaintenanceOre: 0,
    maintenanceBacklogOre: 0,
    keep: false,
    expectedSalePriceOre: 0,
    ...overrides,
  }
}

export function lease(overrides: Partial<LeaseInput> & { id: number; propertyId: number }): LeaseInput {
  return {
    name: `Lejemål ${overrides.id}`,
    direction: 'tenant',
    annualRentOre: 0,
    annualServiceOre: 0,
    operatingCostPaidByMunicipality: false,
    noticeMonths: 6,
    terms: 'month',
    nonTerminableUntil: null,
    startDate: null,
    ...overrides,
  }
}

export function unit(overrides: Partial<GoalSeekUnit> & { id: number; propertyId: number }): GoalSeekUnit {
  return { name: `Enhed ${overrides.id}`, headcount: 10, ...overrides }
}

export const assumptions = (overrides: Partial<Assumptions> = {}): Assumptions => ({
  firstYear: 2025,
  lastYear: 2028,
  targetAnnualOre: kr(1_000_000),
  deskFactor: 0.8,
  movingCostPerPersonOre: kr(5_000),
  countAvoidedMaintenance: false,
  rentIndexationPct: null,
  ...overrides,
})

/**
 * The worked example of docs/goal-seek.md: a town hall to keep, a leased office, an owned
 * school building with staff and an empty owned building; target 1 mio. kr. a year in 2026.
 */
export function workedExample(): GoalSeekInput {
  return {
    properties: [
      property({ id: 1, name: 'Rådhuset', workplaces: 100, keep: true }),
      property({ id: 2, name: 'Vestergade 7', ownership: 'leased', workplaces: 30 }),
      property({
        id: 3,
        name: 'Skolegade 3',
        workplaces: 40,
        annualOperatingCostOre: kr(372_000),
        expectedSalePriceOre: kr(2_000_000),
        saleCostsOre: kr(50_000),
      }),
      property({
        id: 4,
        name: 'Torvet 1',
        workplaces: 40,
        annualOperatingCostOre: kr(450_000),
        expectedSalePriceOre: kr(3_000_000),
        saleCostsOre: kr(60_000),
      }),
    ],
    leases: [lease({ id: 1, propertyId: 2, name: 'Vestergade 7', annualRentOre: kr(600_000), annualServiceOre: kr(60_000) })],
    units: [
      unit({ id: 1, name: 'Administrationen', propertyId: 1, headcount: 60 }),
      unit({ id: 2, name: 'Jobcentret', propertyId: 2, headcount: 20 }),
      unit({ id: 3, name: 'PPR', propertyId: 3, headcount: 30 }),
    ],
    assumptions: assumptions(),
  }
}

export const workedOptions = (overrides: Partial<GoalSeekOptions> = {}): GoalSeekOptions => ({
  objective: 'least_one_off_cost',
  targetYear: 2026,
  earliestNoticeDate: '2025-03-01',
  timeLimitSeconds: 20,
  ...overrides,
})
