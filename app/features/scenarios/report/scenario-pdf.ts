/** The council report of one scenario as a pdfmake document. */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { danishDateOf, formatDanishDate } from '~/core/dates'
import { formatOre } from '~/core/money'
import { measureKindLabels, measureStatusLabels, statusFilterLabels } from '../labels'
import type { ScenarioPage } from '../types'
import { chartSvg } from './chart-svg'
import {
  conflicts,
  cutNote,
  facts,
  PDF_LIMITS,
  pdfText,
  keyFigures,
  kr2,
  pageHeading,
  plainLayout,
  reportDocument,
  yearTable,
} from './pdf-blocks'
import type { ReportLineItem, ScenarioReport } from './report-data.server'
import { climateSection } from './climate-blocks'

function assumptions(r: ScenarioReport): [string, string][] {
  const s = r.page.scenario
  const d = r.page.decision
  const pairs: [string, string][] = [
    ['Kommune', r.municipality],
    ['Scenarie', r.page.title],
    ['Medtag tiltag', statusFilterLabels[r.page.view]],
    ['Udskrevet', formatDanishDate(r.printedOn)],
  ]
  if (d) {
    pairs.push(['Vedtaget', formatDanishDate(d.decidedOn)])
    if (d.caseReference) pairs.push(['Sagsnummer', d.caseReference])
    if (d.archivedAt) pairs.push(['Erstattet', formatDanishDate(danishDateOf(d.archivedAt))])
  }
  pairs.push(
    ['Budgetår', `${s.firstYear}–${s.lastYear}`],
    ['Mål pr. år', formatOre(s.targetAnnualOre, { decimals: 0 })],
    ['Deleskrivebordsfaktor', String(s.deskFactor).replace('.', ',')],
    ['Flytteudgift pr. person', formatOre(s.movingCostPerPersonOre)],
    ['Sparet vedligehold', s.countAvoidedMaintenance ? 'Medregnes' : 'Medregnes ikke'],
    ['Indeksering af husleje', s.rentIndexationPct ? `${String(s.rentIndexationPct).replace('.', ',')} % om året` : 'Ingen (faste priser)'],
  )
  return pairs
}

function titlePage(r: ScenarioReport): Content[] {
  return [
    { text: r.municipality, style: 'muted', fontSize: 11, margin: [0, 60, 0, 4] },
    { text: 'Kapacitetsudvalget · Rapport til kommunalbestyrelsen', style: 'muted', margin: [0, 0, 0, 24] },
    { text: r.page.title, style: 'h1' },
    ...(r.page.scenario.description
      ? [{ text: pdfText(r.page.scenario.description), margin: [0, 0, 0, 16] as [number, number, number, number] }]
      : []),
    { text: 'Grundlag og forudsætninger', style: 'h2' },
    facts(assumptions(r)),
    { text: 'Tallene er beregnet af samme beregning som scenariets side i Kloge Kvadratmeter.', style: 'muted', margin: [0, 16, 0, 0] },
  ]
}

function figuresPage(r: ScenarioReport): Content[] {
  const s = r.page.scenario
  const net = r.page.summary.rows.find((row) => row.key === 'netOperatingSaving')!
  return [
    pageHeading('Nøgletal'),
    keyFigures(r.page.summary, s.rentIndexationPct ? s.firstYear : null),
    { text: 'Nettodriftsbesparelse pr. budgetår mod målet', style: 'h2' },
    {
      svg: chartSvg({
        years: r.page.summary.years,
        target: r.page.summary.target,
        series: [{ name: 'Nettodriftsbesparelse', color: '#0b4f7c', values: net.values }],
      }),
      width: 499,
    },
    { text: 'Søjler: nettodriftsbesparelse pr. budgetår. Stiplet linje: målet pr. år.', style: 'muted', margin: [0, 4, 0, 0] },
  ]
}

function measuresTable(all: ScenarioPage['measures'], limit: number = PDF_LIMITS.measures): Content[] {
  if (all.length === 0) return [{ text: 'Scenariet har ingen tiltag.', style: 'muted' }]
  const measures = all.slice(0, limit)
  const header: TableCell[] = ['Med', 'Type', 'Tiltag', 'Dato', 'Beløb / omfang', 'Status'].map((t) => ({ text: t, style: 'th' }))
  const body: TableCell[][] = measures.map((m) => [
    m.enabled ? 'Ja' : 'Nej',
    measureKindLabels[m.kind],
    {
      stack: [
        pdfText(m.label),
        { text: `${pdfText(m.subject)}${m.source === 'register' ? ' · fra registret' : ''}`, style: 'muted', fontSize: 7.5 },
      ],
    },
    {
      stack: [
        formatDanishDate(m.effectDate),
        ...(m.leaseEndDate ? [{ text: `ophør ${formatDanishDate(m.leaseEndDate)}`, style: 'muted', fontSize: 7.5 }] : []),
      ],
    },
    m.amountText,
    measureStatusLabels[m.status],
  ])
  return [
    cutNote(measures.length, all.length, 'tiltag', 'Alle tiltag står i Excel-filen (fanen Tiltag).') ?? [],
    { table: { headerRows: 1, widths: [22, 70, '*', 62, 95, 52], body: [header, ...body] }, layout: plainLayout, fontSize: 8.5 },
  ]
}

/**
 * The line items with their explanations; a long list is cut at `limit` lines, and the document
 * says so and where the rest is.
 */
export function appendix(items: ReportLineItem[], limit: number = PDF_LIMITS.lineItems): Content[] {
  if (items.length === 0) return [{ text: 'Ingen poster: scenariet flytter ingen beløb.', style: 'muted' }]
  const shown = items.slice(0, limit)
  const period = (i: ReportLineItem) =>
    i.periodTo === null
      ? `fra ${formatDanishDate(i.periodFrom)}`
      : i.periodFrom === i.periodTo
        ? formatDanishDate(i.periodFrom)
        : `${formatDanishDate(i.periodFrom)}–${formatDanishDate(i.periodTo)}`
  const header: TableCell[] = ['År', 'Tiltag', 'Kategori', 'Periode', 'Beregning', 'Beløb'].map((t, n) => ({
    text: t,
    style: 'th',
    alignment: n === 5 ? 'right' : 'left',
  }))
  const body: TableCell[][] = shown.map((i) => [
    i.year === null ? 'Helår' : String(i.year),
    pdfText(i.label),
    i.categoryLabel,
    period(i),
    { text: pdfText(i.explanation), style: 'muted' },
    { text: kr2(i.amount), alignment: 'right', noWrap: true },
  ])
  const out: Content[] = [
    {
      text: 'Hver post er ét tiltags beløb i ét budgetår (eller i helårseffekten) i én kategori, med fortegn som i nettoet.',
      style: 'muted',
      margin: [0, 0, 0, 6],
    },
  ]
  out.push(cutNote(shown.length, items.length, 'poster', 'Alle poster står i Excel-filen (fanen Poster).') ?? [])
  out.push({ table: { headerRows: 1, widths: [26, 95, 70, 62, '*', 66], body: [header, ...body] }, layout: plainLayout, fontSize: 7.5 })
  return out
}

/**
 * The whole report of one scenario.
 * @example await renderPdf(scenarioPdf(report))
 */
export function scenarioPdf(r: ScenarioReport): TDocumentDefinitions {
  const p = r.page
  return reportDocument({
    title: p.title,
    municipality: r.municipality,
    content: [
      ...titlePage(r),
      ...figuresPage(r),
      pageHeading('Besparelse pr. budgetår', 'landscape'),
      ...yearTable(p.summary.years, p.summary.rows, r.priceBasis),
      ...climateSection(p.summary.years, p.summary.climate),
      pageHeading(`Tiltag (${p.measures.length})`, 'portrait'),
      ...measuresTable(p.measures),
      { text: `Konflikter og dobbelt husleje`, style: 'h2' },
      ...conflicts(p.summary),
      pageHeading('Bilag: poster og beregninger'),
      ...appendix(r.lineItems),
    ],
  })
}
