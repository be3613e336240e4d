/** The council report of a comparison of two to four scenarios as a pdfmake document. */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { formatDanishDate } from '~/core/dates'
import { Money, sum } from '~/core/money'
import { conflictCount } from '../chart-scale'
import { statusFilterLabels } from '../labels'
import type { RowKey } from '../scenario-view'
import type { ComparedScenario } from '../types'
import { chartSvg } from './chart-svg'
import { conflicts, facts, pdfText, keyFigures, kr0, pageHeading, plainLayout, reportDocument, yearTable } from './pdf-blocks'
import type { CompareReport } from './report-data.server'

/** The compare page's colours, in the same order. */
const COLORS = ['#0b4f7c', '#2e7d32', '#b26a00', '#6a1b9a']

const rowOf = (s: ComparedScenario, key: RowKey) => s.summary.rows.find((r) => r.key === key)!
const total = (s: ComparedScenario, key: RowKey) => kr0(sum(rowOf(s, key).values.map((v) => new Money(v))).toString())

/** The compare page's table: net saving per year, full-year effect, target, one-off totals, conflicts. */
function compareTable(r: CompareReport, years: number[]): Content {
  const lines: [string, (s: ComparedScenario) => string, boolean?][] = [
    ...years.map((y, i): [string, (s: ComparedScenario) => string] => [
      `Nettodriftsbesparelse ${y}`,
      (s) => kr0(rowOf(s, 'netOperatingSaving').values[i]!),
    ]),
    ['Helårseffekt', (s) => kr0(s.summary.fullYearEffect), true],
    ['Mangler til målet', (s) => kr0(s.summary.gapToTarget)],
    ['Målet nås', (s) => (s.summary.firstYearTargetReached ? String(s.summary.firstYearTargetReached) : '–')],
    ['Anlægsindtægt i alt', (s) => total(s, 'capitalIncome')],
    ['Flytteudgifter i alt', (s) => total(s, 'movingCost')],
    ['Istandsættelse i alt', (s) => total(s, 'refurbishment')],
    ['Konflikter', (s) => conflictCount(s.summary.conflictCount)],
  ]
  const header: TableCell[] = [
    { text: 'Kr.', style: 'th' },
    ...r.scenarios.map((s) => ({ text: s.name, style: 'th', alignment: 'right' as const })),
  ]
  const body: TableCell[][] = lines.map(([label, cell, bold]) => [
    { text: label, bold },
    ...r.scenarios.map((s) => ({ text: cell(s), alignment: 'right' as const, bold })),
  ])
  return { table: { headerRows: 1, widths: [140, ...r.scenarios.map(() => '*' as const)], body: [header, ...body] }, layout: plainLayout }
}

function differences(r: CompareReport): Content {
  if (r.differences.length === 0) return { text: 'Scenarierne har de samme tiltag.', style: 'muted' }
  const header: TableCell[] = [
    { text: 'Tiltag', style: 'th' },
    ...r.scenarios.map((s) => ({ text: s.name, style: 'th', alignment: 'center' as const })),
  ]
  const body: TableCell[][] = r.differences.map((d) => [
    pdfText(d.description),
    ...d.presentIn.map((p) => ({ text: p ? 'Med' : '–', alignment: 'center' as const })),
  ])
  return {
    table: { headerRows: 1, widths: ['*', ...r.scenarios.map(() => 60)], body: [header, ...body] },
    layout: plainLayout,
    fontSize: 8,
  }
}

/** Each scenario's basis: which measures it counts, its budget years, target and full-year effect. */
function basisTable(r: CompareReport): Content {
  const header: TableCell[] = ['Scenarie', 'Medtag tiltag', 'Budgetår', 'Mål pr. år', 'Helårseffekt'].map((t, n) => ({
    text: t,
    style: 'th',
    alignment: n > 2 ? 'right' : 'left',
  }))
  const body: TableCell[][] = r.scenarios.map((s) => [
    { text: s.name, bold: true },
    statusFilterLabels[s.statusFilter],
    s.years,
    { text: kr0(s.summary.target), alignment: 'right' },
    { text: kr0(s.summary.fullYearEffect), alignment: 'right' },
  ])
  return { table: { headerRows: 1, widths: ['*', 95, 50, 70, 70], body: [header, ...body] }, layout: plainLayout }
}

function titlePage(r: CompareReport): Content[] {
  return [
    { text: r.municipality, style: 'muted', fontSize: 11, margin: [0, 60, 0, 4] },
    { text: 'Kapacitetsudvalget · Rapport til kommunalbestyrelsen', style: 'muted', margin: [0, 0, 0, 24] },
    { text: 'Sammenligning af scenarier', style: 'h1' },
    facts([
      ['Kommune', r.municipality],
      ['Udskrevet', formatDanishDate(r.printedOn)],
    ]),
    { text: 'Scenarierne', style: 'h2' },
    basisTable(r),
    {
      text: 'Hvert scenarie er beregnet med sine egne forudsætninger og sit eget valg af tiltag. Besparelser er positive, udgifter og tabte indtægter negative.',
      style: 'muted',
      margin: [0, 12, 0, 0],
    },
  ]
}

/** One scenario's key figures, year table and conflicts. */
function scenarioSection(s: CompareReport['scenarios'][number]): Content[] {
  return [
    pageHeading(s.name, 'landscape'),
    keyFigures(s.summary, s.priceBasis ? (s.summary.years[0] ?? null) : null),
    { text: 'Besparelse pr. budgetår', style: 'h3' },
    ...yearTable(s.summary.years, s.summary.rows, s.priceBasis),
    { text: 'Konflikter og dobbelt husleje', style: 'h3' },
    ...conflicts(s.summary),
  ]
}

/**
 * The whole comparison report.
 * @example await renderPdf(comparePdf(report))
 */
export function comparePdf(r: CompareReport): TDocumentDefinitions {
  const years = r.scenarios[0]!.summary.years
  return reportDocument({
    title: 'Sammenligning af scenarier',
    municipality: r.municipality,
    content: [
      ...titlePage(r),
      pageHeading('Nettodriftsbesparelse pr. år'),
      {
        svg: chartSvg({
          years,
          target: r.scenarios[0]!.summary.target,
          series: r.scenarios.map((s, i) => ({
            name: s.name,
            color: COLORS[i % COLORS.length]!,
            values: rowOf(s, 'netOperatingSaving').values,
          })),
        }),
        width: 499,
      },
      {
        columns: r.scenarios.map((s, i) => ({ text: [{ text: '■ ', color: COLORS[i % COLORS.length] }, s.name], fontSize: 8 })),
        margin: [0, 4, 0, 0],
      },
      { text: 'Stiplet linje: målet pr. år.', style: 'muted', margin: [0, 2, 0, 0] },
      { text: 'Side om side', style: 'h2' },
      compareTable(r, years),
      { text: `Tiltag der er forskellige (${r.differences.length})`, style: 'h2' },
      differences(r),
      ...r.scenarios.flatMap(scenarioSection),
    ],
  })
}
