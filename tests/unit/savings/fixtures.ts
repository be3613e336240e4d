import type { Assumptions, EngineInput, LeaseInput, Measure, PropertyInput, UnitInput } from '~/core/savings'

/** kroner → øre for readable fixtures. */
export const kr = (kroner: number) => Math.round(kroner * 100)

export function property(overrides: Partial<PropertyInput> & { id: number }): PropertyInput {
  return {
    name: `Ejendom ${overrides.id}`,
    ownership: 'owned',
    grossAreaM2: 1000,
    workplaces: 100,
    annualOperatingCostOre: 0,
    annualMaintenanceOre: 0,
    maintenanceBacklogOre: 0,
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

export function unit(overrides: Partial<UnitInput> & { id: number; propertyId: number }): UnitInput {
  return { name: `Enhed ${overrides.id}`, headcount: 10, ...overrides }
}

export const assumptions = (overrides: Partial<Assumptions> = {}): Assumptions => ({
  firstYear: 2023,
  lastYear: 2027,
  targetAnnualOre: kr(5_000_000),
  deskFactor: 0.8,
  movingCostPerPersonOre: kr(5_000),
  countAvoidedMaintenance: false,
  rentIndexationPct: null,
  ...overrides,
})

export function scenario(overrides: Partial<EngineInput> & { measures: Measure[] }): EngineInput {
  return {
    properties: [],
    leases: [],
    units: [],
    assumptions: assumptions(),
    statusFilter: 'all',
    ...overrides,
  }
}

/** The figures of one year as strings, for exact comparisons. */
export function yearStrings(result: { years: { year: number }[] }, year: number): Record<string, string> {
  const row = result.years.find((y) => y.year === year)
  if (!row) throw new Error(`no year ${year}`)
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)]))
}
