/**
 * The council report as an Excel workbook, with number and date cells (app/server/xlsx): a
 * scenario as Årstabel, Tiltag and Poster; a comparison side by side plus each year table.
 * Amounts are the engine's, rounded to the øre.
 */
import type { Cell, Row, Sheet } from 'write-excel-file/node'
import { kronerToOre, oreToKroner } from '~/core/money'
import type { ExportColumn } from '~/core/sheets/export-columns'
import { headerRow, MONEY_FORMAT, sheetOf, xlsxBuffer } from '~/server/xlsx.server'
import { measureKindLabels, measureSourceLabels, measureStatusLabels } from '../labels'
import type { YearTableRow } from '../scenario-view'
import type { ComparedScenario, MeasureRowView } from '../types'
import type { CompareReport, ReportLineItem, ScenarioReport } from './report-data.server'
import { climateColumns } from './climate-blocks'

const ore = (kroner: string | null | undefined) => (kroner == null ? null : kronerToOre(kroner))

function yearColumns(years: number[]): ExportColumn<YearTableRow>[] {
  return [
    { header: 'Kr. pr. budgetår', kind: 'text', value: (r) => r.label, width: 34 },
    ...years.map((y, i): ExportColumn<YearTableRow> => ({ header: String(y), kind: 'money', value: (r) => ore(r.values[i]), width: 16 })),
    { header: 'Helårseffekt', kind: 'money', value: (r) => ore(r.fullYear), width: 16 },
  ]
}

const MEASURE_COLUMNS: ExportColumn<MeasureRowView>[] = [
  { header: 'Med', kind: 'text', value: (m) => (m.enabled ? 'Ja' : 'Nej'), width: 6 },
  { header: 'Type', kind: 'text', value: (m) => measureKindLabels[m.kind], width: 20 },
  { header: 'Tiltag', kind: 'text', value: (m) => m.label, width: 40 },
  { header: 'Vedrører', kind: 'text', value: (m) => m.subject, width: 40 },
  { header: 'Dato', kind: 'date', value: (m) => m.effectDate, width: 12 },
  { header: 'Ophør', kind: 'date', value: (m) => m.leaseEndDate, width: 12 },
  { header: 'Virker fra', kind: 'date', value: (m) => m.effectiveFrom, width: 12 },
  { header: 'Beløb / omfang', kind: 'text', value: (m) => m.amountText, width: 30 },
  { header: 'Status', kind: 'text', value: (m) => measureStatusLabels[m.status], width: 12 },
  { header: 'Kilde', kind: 'text', value: (m) => measureSourceLabels[m.source], width: 20 },
]

const LINE_ITEM_COLUMNS: ExportColumn<ReportLineItem>[] = [
  { header: 'Opgørelse', kind: 'text', value: (i) => (i.year === null ? 'Helårseffekt' : 'Budgetår'), width: 14 },
  { header: 'År', kind: 'integer', value: (i) => i.year, width: 8 },
  { header: 'Tiltag', kind: 'text', value: (i) => i.label, width: 40 },
  { header: 'Kategori', kind: 'text', value: (i) => i.categoryLabel, width: 26 },
  { header: 'Fra', kind: 'date', value: (i) => i.periodFrom, width: 12 },
  { header: 'Til', kind: 'date', value: (i) => i.periodTo, width: 12 },
  { header: 'Beløb', kind: 'money', value: (i) => ore(i.amount), width: 18 },
  { header: 'Beregning', kind: 'text', value: (i) => i.explanation, width: 80 },
]

/** Excel allows 31 characters and no []:*?/\ in a sheet name, and each name once. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 28) || 'Scenarie'
  let candidate = base
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 26)} ${n}`
  taken.add(candidate.toLowerCase())
  return candidate
}

/**
 * A scenario's workbook: Årstabel, Tiltag, Poster, and Klima when the scenario has climate figures.
 * @example const bytes = await scenarioXlsx(report)
 */
export async function scenarioXlsx(r: ScenarioReport): Promise<Buffer> {
  const { summary, measures } = r.page
  return xlsxBuffer([
    sheetOf('Årstabel', yearColumns(summary.years), summary.rows),
    sheetOf('Tiltag', MEASURE_COLUMNS, measures),
    sheetOf('Poster', LINE_ITEM_COLUMNS, r.lineItems),
    ...(summary.climate ? [sheetOf('Klima', climateColumns(summary.years), summary.climate.rows)] : []),
  ])
}

interface CompareLine {
  label: string
  kind: 'money' | 'text'
  value: (s: ComparedScenario) => string | number | null
}

function compareLines(years: number[]): CompareLine[] {
  const row = (s: ComparedScenario, key: YearTableRow['key']) => s.summary.rows.find((x) => x.key === key)!
  const total = (s: ComparedScenario, key: YearTableRow['key']) => row(s, key).values.reduce((sum, v) => sum + kronerToOre(v), 0)
  return [
    ...years.map((y, i): CompareLine => ({
      label: `Nettodriftsbesparelse ${y}`,
      kind: 'money',
      value: (s) => ore(row(s, 'netOperatingSaving').values[i]),
    })),
    { label: 'Helårseffekt', kind: 'money', value: (s) => ore(s.summary.fullYearEffect) },
    { label: 'Mål pr. år', kind: 'money', value: (s) => ore(s.summary.target) },
    { label: 'Mangler til målet', kind: 'money', value: (s) => ore(s.summary.gapToTarget) },
    { label: 'Målet nås', kind: 'text', value: (s) => (s.summary.firstYearTargetReached ? String(s.summary.firstYearTargetReached) : '–') },
    { label: 'Anlægsindtægt i alt', kind: 'money', value: (s) => total(s, 'capitalIncome') },
    { label: 'Flytteudgifter i alt', kind: 'money', value: (s) => total(s, 'movingCost') },
    { label: 'Istandsættelse i alt', kind: 'money', value: (s) => total(s, 'refurbishment') },
    { label: 'Konflikter', kind: 'text', value: (s) => String(s.summary.conflictCount) },
  ]
}

/** The side-by-side sheet: a money or text line per figure, a column per scenario. */
function sideBySide(r: CompareReport, years: number[]): Sheet<Buffer> {
  const lines = compareLines(years)
  const cell = (l: CompareLine, s: ComparedScenario): Cell => {
    const v = l.value(s)
    if (v === null) return null
    return l.kind === 'money'
      ? { value: oreToKroner(Number(v)).toNumber(), type: Number, format: MONEY_FORMAT }
      : { value: String(v), type: String }
  }
  const data: Row[] = [
    headerRow(['Kr.', ...r.scenarios.map((s) => s.name)]),
    ...lines.map((l): Row => [{ value: l.label, type: String }, ...r.scenarios.map((s) => cell(l, s))]),
  ]
  return { sheet: 'Sammenligning', data, columns: [{ width: 30 }, ...r.scenarios.map(() => ({ width: 24 }))], stickyRowsCount: 1 }
}

/**
 * A comparison's workbook: "Sammenligning" side by side, then each scenario's year table.
 * @example const bytes = await compareXlsx(report)
 */
export async function compareXlsx(r: CompareReport): Promise<Buffer> {
  const years = r.scenarios[0]!.summary.years
  const taken = new Set(['sammenligning'])
  const sheets: Sheet<Buffer>[] = [sideBySide(r, years)]
  for (const s of r.scenarios) sheets.push(sheetOf(sheetName(s.name, taken), yearColumns(s.summary.years), s.summary.rows))
  return xlsxBuffer(sheets)
}
