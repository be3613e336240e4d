/**
 * A scenario's climate figures as plain data for the page (docs/climate.md): MWh and tonnes CO2e
 * avoided per budget year and as the full-year effect, as unrounded decimal strings.
 */
import type Decimal from 'decimal.js'
import { formatDanishDate } from '~/core/dates'
import { climateLineItems, type ClimateFigures, type ClimateResult, type SavingsResult } from '~/core/savings'

export const CLIMATE_ROWS = {
  climateHeat: { label: 'Varme undgået', unit: 'MWh', of: (f: ClimateFigures) => f.heatMwh },
  climateElectricity: { label: 'El undgået', unit: 'MWh', of: (f: ClimateFigures) => f.electricityMwh },
  climateCo2e: { label: 'CO2e undgået', unit: 't', of: (f: ClimateFigures) => f.co2eTonnes },
} as const satisfies Record<string, { label: string; unit: string; of: (f: ClimateFigures) => Decimal }>

export type ClimateRowKey = keyof typeof CLIMATE_ROWS

/** @example isClimateRow('climateCo2e') // true */
export const isClimateRow = (key: string): key is ClimateRowKey => key in CLIMATE_ROWS

export interface ClimateRowView {
  key: ClimateRowKey
  label: string
  unit: 'MWh' | 't'
  values: string[]
  fullYear: string
}

/** One measure's part of a climate figure, shaped like the kroner line items (amount in the row's unit). */
export interface ClimateItemView {
  measureId: string
  label: string
  categoryLabel: string
  period: string
  amount: string
  explanation: string
}

/** Notes the page and the report list; the rest are counted ("… og 16.765 bemærkninger mere"). */
export const WARNINGS_SHOWN = 10

export interface ClimateSummary {
  rows: ClimateRowView[]
  /** The first Danish notes on missing consumption, heat sources or factors (WARNINGS_SHOWN). */
  warnings: string[]
  /** How many notes there are in all: a national portfolio without consumption data has thousands. */
  warningCount: number
  /** Carriers and years where the scenario's own factor replaces the municipality's. */
  ownFactors: number
}

/** @example climateSummary(result)?.rows[2]?.fullYear // '5.6' */
export function climateSummary(result: SavingsResult): ClimateSummary | null {
  const c = result.climate
  if (!c) return null
  const rows = (Object.keys(CLIMATE_ROWS) as ClimateRowKey[]).map((key) => {
    const { label, unit, of } = CLIMATE_ROWS[key]
    return { key, label, unit, values: c.years.map((y) => of(y).toString()), fullYear: of(c.fullYear).toString() }
  })
  const ownFactors = new Set(c.factorsUsed.filter((f) => f.scenario).map((f) => f.carrier)).size
  return { rows, warnings: c.warnings.slice(0, WARNINGS_SHOWN), warningCount: c.warnings.length, ownFactors }
}

/**
 * The measures behind one climate figure, in the line-item shape of the kroner (amount in the
 * row's unit).
 * @example climateCellItems(result.climate!, 2025, 'climateCo2e', 2025)[0]?.amount // '2.8'
 */
export function climateCellItems(c: ClimateResult, year: number | 'full', key: ClimateRowKey, firstYear: number): ClimateItemView[] {
  const { label, of } = CLIMATE_ROWS[key]
  return climateLineItems(c, year, firstYear)
    .filter((i) => !of({ ...i, energyMwh: i.heatMwh.plus(i.electricityMwh) }).isZero())
    .map((i) => ({
      measureId: i.measureId,
      label: i.label,
      categoryLabel: label,
      period:
        i.periodTo === null ? `fra ${formatDanishDate(i.periodFrom)}` : `${formatDanishDate(i.periodFrom)}–${formatDanishDate(i.periodTo)}`,
      amount: of({ ...i, energyMwh: i.heatMwh.plus(i.electricityMwh) }).toString(),
      explanation: i.explanation,
    }))
}
