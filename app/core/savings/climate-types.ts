import type Decimal from 'decimal.js'
import type { EnergyCarrier } from '#db/schema'
import type { IsoDate } from '~/core/dates'

export type { EnergyCarrier }

/** The measure kinds (as in types.ts, which imports this file, so spelled out to avoid a circle). */
type MeasureKind = 'lease_termination' | 'sale' | 'closure' | 'relocation'

/** One property's energy as the climate figures use it (docs/climate.md). */
export interface PropertyEnergyInput {
  propertyId: number
  /** The heat meter's carrier; null when unknown (its MWh count, its CO2e does not). */
  heatSource: EnergyCarrier | null
  /** The year the consumption is from (latest at or before the first budget year), or null. */
  consumptionYear: number | null
  heatKwh: number | null
  electricityKwh: number | null
}

/** kg CO2e per MWh of a carrier in a year, as whole grams per MWh. */
export interface EmissionFactorInput {
  carrier: EnergyCarrier
  year: number
  gPerMwh: number
  /** The scenario's own factor, replacing the municipality's for that carrier and year. */
  scenario: boolean
}

/** A yearly amount stated on a measure (kWh, positive), replacing the derived one per meter. */
export interface StatedEnergyInput {
  measureId: string
  heatKwh: number | null
  electricityKwh: number | null
}

/** The optional climate part of the engine input: without it the engine computes kroner only. */
export interface ClimateInput {
  properties: readonly PropertyEnergyInput[]
  factors: readonly EmissionFactorInput[]
  stated?: readonly StatedEnergyInput[]
}

/** One measure's yearly energy change, from which its climate line items are derived. */
export interface ClimateContribution {
  measureId: string
  measureKind: MeasureKind
  label: string
  /** The property whose consumption changes (the receiving one for a move). */
  propertyId: number
  propertyName: string
  /** First day in effect. */
  from: IsoDate
  /** 1: avoided (sale, closure, lease); -1: added (move). */
  sign: 1 | -1
  heatCarrier: EnergyCarrier | null
  /** Yearly amounts in 10⁻¹² kWh, before the sign. */
  heatUnits: bigint
  electricityUnits: bigint
  /** Danish: where the yearly amounts come from. */
  basis: string
}

/** Avoided energy and emissions (added ones negative), exact. */
export interface ClimateFigures {
  heatMwh: Decimal
  electricityMwh: Decimal
  energyMwh: Decimal
  co2eTonnes: Decimal
}

export interface ClimateYearFigures extends ClimateFigures {
  year: number
}

export interface ClimateResult {
  years: ClimateYearFigures[]
  totals: ClimateFigures
  /** Once every measure is in effect, with the first year's factors. */
  fullYear: ClimateFigures
  contributions: ClimateContribution[]
  /** The factor (g/MWh) used per carrier and budget year, and whether it is the scenario's own. */
  factorsUsed: { carrier: EnergyCarrier; year: number; gPerMwh: number; scenario: boolean }[]
  /** Danish notes on missing data (no consumption, no heat source, no factor). */
  warnings: string[]
}

/** One measure's share of one year's (or the full-year effect's) climate figures. */
export interface ClimateLineItem {
  measureId: string
  measureKind: MeasureKind
  label: string
  propertyId: number
  year: number | 'full'
  periodFrom: IsoDate
  periodTo: IsoDate | null
  /** Signed: avoided positive, added negative. */
  heatMwh: Decimal
  electricityMwh: Decimal
  co2eTonnes: Decimal
  /** Danish, the calculation written out. */
  explanation: string
}
