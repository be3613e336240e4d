/**
 * How `savings` prints a scenario: a year table in Danish money format, or the full result as
 * JSON with every amount as a decimal string in kroner, unrounded (docs/interchange.md).
 */
import type Decimal from 'decimal.js'
import type { Scenario } from '#db/schema'
import { CATEGORY_LABELS, ONE_OFF_CATEGORIES, RECURRING_CATEGORIES, type Category, type SavingsResult } from '~/core/savings'
import { formatKroner } from '~/core/money'
import { statusFilterLabels } from '~/features/scenarios/schemas'
import { BASELINE_NAME } from '~/features/scenarios/scenarios.server'
import { savingsDocument } from '~/core/savings/document'

type Row = Category | 'netOperatingSaving'

const whole = (d: Decimal) => formatKroner(d, { decimals: 0 })

function tableLines(result: SavingsResult): string[] {
  const years = result.years.map((y) => y.year)
  const header = ['Kr. pr. budgetår', ...years.map(String), 'Helårseffekt']
  const row = (key: Row, fullYear: boolean) => [
    `  ${CATEGORY_LABELS[key]}`,
    ...result.years.map((y) => whole(y[key])),
    fullYear ? whole(result.fullYear[key as keyof SavingsResult['fullYear']]) : '',
  ]
  const body: (string[] | string)[] = [
    'Drift (løbende)',
    ...RECURRING_CATEGORIES.map((c) => row(c, true)),
    row('netOperatingSaving', true),
    'Engangsbeløb (anlæg)',
    ...ONE_OFF_CATEGORIES.map((c) => row(c, false)),
  ]
  const cells = [header, ...body.filter((r): r is string[] => Array.isArray(r))]
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)))
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd()
  return [line(header), ...body.map((r) => (typeof r === 'string' ? r : line(r)))]
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
    '',
    `Helårseffekt (nettodriftsbesparelse): ${formatKroner(result.fullYearEffect)}`,
    `Mål pr. år: ${formatKroner(result.target)}`,
    `Mangler til målet: ${formatKroner(result.gapToTarget)}${exceeded}`,
    `Målet nås første gang: ${reached}`,
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
