import type { EnergyCarrier } from '#db/schema'

/** One emission factor as the settings page shows it. */
export interface EmissionFactorRow {
  id: number
  carrier: EnergyCarrier
  year: number
  /** Grams CO2e per MWh (the page shows kg). */
  co2eGramsPerMwh: number
  sourceNote: string
  version: number
}

/** A scenario's own factor beside the municipality's for the same carrier and year. */
export interface ScenarioFactorRow {
  id: number
  carrier: EnergyCarrier
  year: number
  co2eGramsPerMwh: number
  /** The municipality's factor the scenario's replaces (null: it has none for that year). */
  municipalGPerMwh: number | null
}
