/**
 * The latest consumption year on an imported property row (Forbrugsår, Varme/El in MWh, Vand in
 * m³), read to whole kWh and litres exactly as the property page's form does; and how it differs
 * from what the register holds for that year. Blank columns leave the register's years alone.
 */
import { consumptionYear, parseThousandths, thousandthsText } from '~/core/energy'
import { cellDisplay } from '~/core/sheets/cells'
import { rawOf, type HeaderMap, type ImportIssue, type RowContext } from '~/core/sheets/import-spec'
import { CONSUMPTION_IMPORT, CONSUMPTION_KEYS } from '~/features/properties/consumption-format'
import type { ConsumptionYear } from '~/features/properties/types'
import type { Change } from './duplicates'

const [YEAR, HEAT, ELECTRICITY, WATER] = CONSUMPTION_IMPORT as [
  (typeof CONSUMPTION_IMPORT)[number],
  (typeof CONSUMPTION_IMPORT)[number],
  (typeof CONSUMPTION_IMPORT)[number],
  (typeof CONSUMPTION_IMPORT)[number],
]

const QUANTITIES = [
  { field: HEAT, key: CONSUMPTION_KEYS.heat, out: 'heatKwh', label: 'Varme', smallest: 'kWh', unit: 'MWh' },
  { field: ELECTRICITY, key: CONSUMPTION_KEYS.electricity, out: 'electricityKwh', label: 'El', smallest: 'kWh', unit: 'MWh' },
  { field: WATER, key: CONSUMPTION_KEYS.water, out: 'waterLiters', label: 'Vand', smallest: 'liter', unit: 'm³' },
] as const

/**
 * The row's consumption year, null when its consumption columns are blank (or absent); issues
 * beside the column when it cannot be stored exactly.
 * @example readConsumption({ consumptionYear: '2024', consumptionHeat: '120,5' }, cells, map, ctx).value // { year: 2024, heatKwh: 120500, … }
 */
export function readConsumption(
  record: Record<string, string>,
  cells: Parameters<typeof rawOf>[0],
  map: HeaderMap,
  ctx: RowContext,
): { value: ConsumptionYear | null; issues: ImportIssue[] } {
  const issue = (field: (typeof CONSUMPTION_IMPORT)[number], message: string): ImportIssue => ({
    ...ctx,
    column: field.header,
    value: cellDisplay(rawOf(cells, map, field)),
    message,
  })
  const yearText = record[CONSUMPTION_KEYS.year]
  const given = QUANTITIES.filter((q) => record[q.key])
  if (!yearText && !given.length) return { value: null, issues: [] }
  const issues: ImportIssue[] = []
  const year = consumptionYear.safeParse(yearText ?? '')
  if (!year.success) issues.push(issue(YEAR, yearText ? year.error.issues[0]!.message : 'Angiv forbrugsåret, fx 2024'))
  if (!given.length) issues.push(issue(HEAT, 'Angiv mindst ét forbrug for året (varme, el eller vand)'))
  const value: ConsumptionYear = { year: year.success ? year.data : 0, heatKwh: null, electricityKwh: null, waterLiters: null }
  for (const q of given) {
    const parsed = parseThousandths(record[q.key]!, q.label, q.smallest)
    if (parsed.ok) value[q.out] = parsed.value
    else issues.push(issue(q.field, parsed.message))
  }
  return issues.length ? { value: null, issues } : { value, issues }
}

/**
 * How a file's consumption year differs from the register's record of that year, in the
 * duplicate report's words. @example consumptionChanges({ year: 2024, heatKwh: 130000, … }, stored) // [{ label: 'Forbrug 2024: varme (MWh)', before: '120', after: '130' }]
 */
export function consumptionChanges(row: ConsumptionYear | null, stored: readonly ConsumptionYear[] | undefined): Change[] {
  if (!row) return []
  const before = stored?.find((s) => s.year === row.year)
  return QUANTITIES.flatMap((q) => {
    const was = before ? thousandthsText(before[q.out]) : ''
    const now = thousandthsText(row[q.out])
    if (was === now && before) return []
    if (!before && !now) return []
    return [{ label: `Forbrug ${row.year}: ${q.label.toLowerCase()} (${q.unit})`, before: was || '–', after: now || '–' }]
  })
}
