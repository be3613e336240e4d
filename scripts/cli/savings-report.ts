/**
 * How `savings` prints a scenario: a year table in Danish money format, or the full result as
 * JSON with every amount as a decimal string in kroner, unrounded (docs/interchange.md).
 */
import type Decimal from 'decimal.js'
import type { Scenario } from '#db/schema'
import {
  CATEGORY_LABELS,
  ONE_OFF_CATEGORIES,
  RECURRING_CATEGORIES,
  type Category,
  type ClimateFigures,
  type SavingsResult,
} from '~/core/savings'
import { formatKroner, formatNumberDa } from '~/core/money'
import { statusFilterLabels } from '~/features/scenarios/schemas'
import { BASELINE_NAME } from '~/features/scenarios/scenarios.server'
import { savingsDocument } from '~/core/savings/document'

type Row = Category | 'netOperatingSaving'

const whole = (d: Decimal) => formatKroner(d, { decimals: 0 })

/** Rows under group headings, the columns aligned: the label left, the figures right. */
function aligned(header: string[], body: (string[] | string)[]): string[] {
  const cells = [header, ...body.filter((r): r is string[] => Array.isArray(r))]
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)))
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd()
  return [line(header), ...body.map((r) => (typeof r === 'string' ? r : line(r)))]
}

function tableLines(result: SavingsResult): string[] {
  const header = ['Kr. pr. budgetår', ...result.years.map((y) => String(y.year)), 'Helårseffekt']
  const row = (key: Row, fullYear: boolean) => [
    `  ${CATEGORY_LABELS[key]}`,
    ...result.years.map((y) => whole(y[key])),
    fullYear ? whole(result.fullYear[key as keyof SavingsResult['fullYear']]) : '',
  ]
  return aligned(header, [
    'Drift (løbende)',
    ...RECURRING_CATEGORIES.map((c) => row(c, true)),
    row('netOperatingSaving', true),
    'Engangsbeløb (anlæg)',
    ...ONE_OFF_CATEGORIES.map((c) => row(c, false)),
  ])
}

/** The climate rows: what each figure is called and where it is read (docs/climate.md). */
const CLIMATE_ROWS: { label: string; of: (f: ClimateFigures) => Decimal }[] = [
  { label: 'Varme undgået (MWh)', of: (f) => f.heatMwh },
  { label: 'El undgået (MWh)', of: (f) => f.electricityMwh },
  { label: 'Energi undgået i alt (MWh)', of: (f) => f.energyMwh },
  { label: 'CO2e undgået (tons)', of: (f) => f.co2eTonnes },
]

/** One decimal, as the scenario page's year table; added energy (a move in) is negative. */
const quantity = (d: Decimal) => formatNumberDa(d, 1)

/**
 * Energy and CO2e avoided per budget year and as the full-year effect, with the notes on missing
 * data; nothing when the scenario was computed without the climate part.
 */
function climateLines(result: SavingsResult): string[] {
  const c = result.climate
  if (!c) return []
  const header = ['Klima pr. budgetår', ...c.years.map((y) => String(y.year)), 'Helårseffekt']
  const rows = CLIMATE_ROWS.map(({ label, of }) => [`  ${label}`, ...c.years.map((y) => quantity(of(y))), quantity(of(c.fullYear))])
  return ['', ...aligned(header, ['Energi og CO2e (negativt: tilført)', ...rows]), ...c.warnings.map((w) => `  Bemærk: ${w}`)]
}

/** The full-year climate effect in one line each, beside the kroner's. */
function climateSummaryLines(result: SavingsResult): string[] {
  const c = result.climate
  if (!c) return []
  return [
    `Energi undgået, helårseffekt: ${formatNumberDa(c.fullYear.energyMwh, 1)} MWh`,
    `CO2e undgået, helårseffekt: ${formatNumberDa(c.fullYear.co2eTonnes, 1)} tons`,
  ]
}

/**
 * The year table and the key figures, as the committee reads them.
 * @example console.log(savingsText(scenario, result))
 */
export function savingsText(scenario: Scenario, result: SavingsResult): string {
  const reached = result.firstYearTargetReached ?? `ikke i ${result.firstYear}-${result.lastYear}`
  const exceeded = result.gapToTargetRaw.isNegative() ? ` (målet overskrides med ${formatKroner(result.gapToTargetRaw.negated())})` : ''
  return [
    `Scenarie: ${scenario.name}${scenario.isBaseline && scenario.name !== BASELINE_NAME ? ' (vedtaget plan)' : ''}. Medtager: ${statusFilterLabels[result.statusFilter]}.`,
    '',
    ...tableLines(result),
    ...climateLines(result),
    '',
    `Helårseffekt (nettodriftsbesparelse): ${formatKroner(result.fullYearEffect)}`,
    `Mål pr. år: ${formatKroner(result.target)}`,
    `Mangler til målet: ${formatKroner(result.gapToTarget)}${exceeded}`,
    `Målet nås første gang: ${reached}`,
    ...climateSummaryLines(result),
    `Konflikter: ${result.conflicts.length}`,
    `Perioder med dobbelt husleje: ${result.doubleRentPeriods.length}`,
  ].join('\n')
}

/**
 * The full result for programs: figures, line items, full-year line items, conflicts and double
 * rent; amounts in kroner as unrounded decimal strings.
 * @example process.stdout.write(savingsJson(scenario, result))
 */
export function savingsJson(scenario: Scenario, result: SavingsResult): string {
  return `${JSON.stringify(savingsDocument(scenario, result), null, 2)}\n`
}
