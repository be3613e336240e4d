/** Types of the key-figures feature shared by its service, route and components. */
import type { EnergyCarrier, EnergyLabel, HeatSource } from '#db/schema'
import type { KeyFigureNorms } from '~/core/key-figures'

/** One building as the key figures read it: register facts, latest metered year, headcount. */
export interface BuildingRow {
  id: number
  name: string
  town: string
  energyLabel: EnergyLabel | null
  heatSource: HeatSource | null
  grossAreaM2: number
  workplaces: number
  annualOperatingCostOre: number
  /** The latest year with consumption, or null. */
  year: number | null
  heatKwh: number | null
  electricityKwh: number | null
  employees: number
}

/** The key figures as plain decimal text (they cross to the browser), null where unknown. */
export interface FigureTexts {
  kwhPerM2: string | null
  co2eKgPerM2: string | null
  m2PerEmployee: string | null
  workplacesPerEmployee: string | null
  operatingCostPerM2: string | null
}

export interface BuildingFigures {
  id: number
  name: string
  town: string
  energyLabel: EnergyLabel | null
  year: number | null
  employees: number
  figures: FigureTexts
  /** Why the building stands out, in Danish; empty when it does not. Shared between buildings: read-only. */
  flags: readonly string[]
}

export interface KeyFiguresPage {
  buildings: BuildingFigures[]
  medians: FigureTexts
  norms: KeyFigureNorms
  normsVersion: number | null
  page: number
  pages: number
  total: number
  /** False when no emission factors are recorded, so CO2e cannot be computed. */
  hasEmissionFactors: boolean
  /** The order the buildings are in. */
  sort: KeyFigureSort
}

/**
 * One building as the kept figures hold it: the row its figures are made from, and its flags. The
 * figures' texts are made for the buildings a page shows (a 100,000-building register kept them
 * all as text: some 40 MB of the compute worker's heap, against about 23 MB now).
 */
export interface KeptBuilding extends BuildingRow {
  /** Why the building stands out, in Danish; shared between buildings: read-only. */
  flags: readonly string[]
}

/** Every building with its flags, the medians and norms: computed once per data generation. */
export interface PortfolioFigures {
  buildings: KeptBuilding[]
  /** Each figure of each building as a number, in the order of `buildings` (NaN: unknown), to sort by. */
  sortKeys: Record<keyof FigureTexts, Float64Array>
  /** The emission factors the flags and medians were made with: a page's buildings are made with the same. */
  factors: ReadonlyMap<EnergyCarrier, number>
  medians: FigureTexts
  norms: KeyFigureNorms
  /** The saved norms' version; null while the defaults are in force. */
  version: number | null
  hasEmissionFactors: boolean
}

/** One building's figures with what they are held against (the property page). */
export interface BuildingKeyFigures {
  building: BuildingFigures
  medians: FigureTexts
  norms: KeyFigureNorms
}

/** What the /noegletal list is sorted by: the register's order (name) or one of the figures. */
export type SortBy = 'name' | keyof FigureTexts

export interface KeyFigureSort {
  by: SortBy
  direction: 'asc' | 'desc'
}
