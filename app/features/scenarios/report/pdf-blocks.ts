/**
 * The parts of the council report, as pdfmake content: A4 with its footer, key figures, the year
 * table, measures, conflicts and the line-item appendix. Figures are formatted exactly as the page
 * formats them (core/money, core/dates), from the same summary.
 */
import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { formatDanishDate } from '~/core/dates'
import { Money, formatKroner, formatNumberDa } from '~/core/money'
import type { ScenarioFigures, ScenarioSummary, YearTableRow } from '../scenario-view'

export const BLUE = '#0b4f7c'
const GREY = '#5f6b76'
const RULE = '#d5dce3'

/** Kroner as the year table and the key figures show them: `1.234.568 kr.` */
export const kr0 = (s: string) => formatKroner(new Money(s), { decimals: 0 })
/** Kroner to the øre, as the line items show them: `1.234.567,89 kr.` */
export const kr2 = (s: string) => formatKroner(new Money(s))

export const SIGN_NOTE = 'Besparelser er positive, udgifter og tabte indtægter negative.'

/**
 * Text for Roboto, which has no arrows: a relocation's "from → to" reads "from til to".
 * @example pdfText('A → B') // 'A til B'
 */
export const pdfText = (text: string) => text.replace(/\s*→\s*/g, ' til ')

/** Lines under the header only and between rows, in a light grey. */
export const plainLayout = {
  hLineWidth: (i: number, node: ContentTable) => (i === 0 || i === node.table.body.length ? 0 : i === 1 ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (i: number) => (i === 1 ? GREY : RULE),
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
}

/**
 * The document: A4 portrait, clean margins, "Side x af y" and the report's name in every footer.
 * @example reportDocument({ title: 'Rapport', municipality: 'Hedensted Kommune', content: [] })
 */
export function reportDocument({
  title,
  municipality,
  content,
}: {
  title: string
  municipality: string
  content: Content[]
}): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [48, 48, 48, 56],
    info: { title, author: municipality, creator: 'Kloge Kvadratmeter', subject: 'Rapport til kommunalbestyrelsen' },
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15, color: '#1d2731' },
    styles: {
      h1: { fontSize: 22, bold: true, color: BLUE, margin: [0, 0, 0, 8] },
      h2: { fontSize: 13, bold: true, color: BLUE, margin: [0, 14, 0, 6] },
      h3: { fontSize: 10.5, bold: true, margin: [0, 10, 0, 4] },
      muted: { color: GREY },
      th: { bold: true, color: GREY, fontSize: 8 },
      small: { fontSize: 7.5 },
    },
    footer: (current: number, total: number) => ({
      margin: [48, 18, 48, 0],
      columns: [
        { text: `${municipality} · ${title}`, style: 'muted', fontSize: 7.5 },
        { text: `Side ${current} af ${total}`, alignment: 'right', fontSize: 8 },
      ],
    }),
    content,
  }
}

/** A heading that starts a new page (landscape when asked), kept with what follows. */
export function pageHeading(text: string, orientation: 'portrait' | 'landscape' = 'portrait'): Content {
  return { text, style: 'h2', pageBreak: 'before', pageOrientation: orientation, margin: [0, 0, 0, 8] }
}

/** Label–value pairs as a two-column table. */
export function facts(pairs: [string, string][]): Content {
  return {
    table: { widths: [150, '*'], body: pairs.map(([k, v]) => [{ text: k, style: 'muted' }, { text: v }]) },
    layout: 'noBorders',
  }
}

/**
 * The four key figures as the page's tiles show them.
 * @example keyFigures(summary, null)
 */
export function keyFigures(summary: ScenarioFigures, priceYear: number | null): Content {
  const reached = new Money(summary.gapToTargetRaw).lte(0)
  const tile = (label: string, value: string, note = '', color = BLUE): TableCell => ({
    stack: [
      { text: label, style: 'muted', fontSize: 8 },
      { text: value, fontSize: 15, bold: true, color, margin: [0, 2, 0, 2] },
      { text: note, style: 'muted', fontSize: 7.5 },
    ],
    margin: [6, 6, 6, 6],
  })
  return {
    table: {
      widths: ['*', '*', '*', '*'],
      body: [
        [
          tile(
            'Helårseffekt (netto drift)',
            kr0(summary.fullYearEffect),
            `pr. år, når alle tiltag virker${priceYear ? ` (${priceYear}-priser)` : ''}`,
          ),
          tile('Mål pr. år', kr0(summary.target)),
          tile(
            reached ? 'Over målet' : 'Mangler til målet',
            kr0(new Money(summary.gapToTargetRaw).abs().toString()),
            '',
            reached ? '#2e7d32' : '#b3261e',
          ),
          tile('Målet nås første gang', summary.firstYearTargetReached ? String(summary.firstYearTargetReached) : 'Ikke i perioden'),
        ],
      ],
    },
    layout: { hLineColor: () => RULE, vLineColor: () => RULE, hLineWidth: () => 0.6, vLineWidth: () => 0.6 },
  }
}

/**
 * Years in as few groups as fit an A4 landscape page (nine at most), of even size.
 * @example yearChunks([2024, …, 2035]) // [[2024…2029], [2030…2035]]
 */
export function yearChunks(years: number[], most = 9): number[][] {
  const groups = Math.max(1, Math.ceil(years.length / most))
  const size = Math.ceil(years.length / groups)
  const out: number[][] = []
  for (let i = 0; i < years.length; i += size) out.push(years.slice(i, i + size))
  return out.length ? out : [[]]
}

function yearTableChunk(years: number[], all: number[], rows: YearTableRow[], withFullYear: boolean): Content {
  const cols = years.map((y) => all.indexOf(y))
  const header: TableCell[] = [
    { text: 'Kr. pr. budgetår', style: 'th' },
    ...years.map((y) => ({ text: String(y), style: 'th', alignment: 'right' as const })),
    ...(withFullYear ? [{ text: 'Helårseffekt', style: 'th', alignment: 'right' as const }] : []),
  ]
  const span = years.length + (withFullYear ? 2 : 1)
  const group = (title: string): TableCell[] => [
    { text: title, bold: true, colSpan: span, fillColor: '#eef2f6' },
    ...Array.from({ length: span - 1 }, () => ({ text: '' })),
  ]
  const line = (r: YearTableRow): TableCell[] => {
    const bold = r.group === 'net'
    return [
      { text: r.label, bold },
      ...cols.map((i) => ({ text: kr0(r.values[i]!), alignment: 'right' as const, bold })),
      ...(withFullYear ? [{ text: r.fullYear === null ? '' : kr0(r.fullYear), alignment: 'right' as const, bold }] : []),
    ]
  }
  return {
    table: {
      headerRows: 1,
      widths: [150, ...years.map(() => '*' as const), ...(withFullYear ? ['*' as const] : [])],
      body: [
        header,
        group('Drift (løbende)'),
        ...rows.filter((r) => r.group !== 'oneoff').map(line),
        group('Engangsbeløb (anlæg)'),
        ...rows.filter((r) => r.group === 'oneoff').map(line),
      ],
    },
    layout: plainLayout,
    fontSize: years.length > 7 ? 7.5 : 8.5,
    margin: [0, 0, 0, 10],
  }
}

/**
 * The year table as on the page (same rows, signs and rounding), in column groups of up to seven
 * years; the full-year effect closes the last group. The sign and price-basis notes follow it.
 */
export function yearTable(years: number[], rows: YearTableRow[], priceBasis: string | null): Content[] {
  const chunks = yearChunks(years)
  return [
    ...chunks.map((c, i) => yearTableChunk(c, years, rows, i === chunks.length - 1)),
    { text: `${SIGN_NOTE}${priceBasis ? ` ${priceBasis}` : ''}`, style: 'muted' },
  ]
}

const CONFLICT_KIND: Record<string, string> = {
  capacity: 'Kapacitet',
  left_behind: 'Medarbejdere tilbage',
  over_move: 'Flytter for mange',
  invalid_measure: 'Ugyldigt tiltag',
}

/**
 * How many lines of a list the PDF draws. pdfmake lays a document out in one synchronous pass of a
 * few milliseconds a row, so an unusually large scenario gets a readable report in seconds; the
 * Excel file and the page hold every line.
 */
export const PDF_LIMITS = { lineItems: 1000, measures: 500, conflicts: 200 } as const

/**
 * What a cut list says about itself, or null when it is whole.
 * @example cutNote(1000, 2345, 'poster', 'Alle poster står i Excel-filen (fanen Poster).')
 */
export function cutNote(shown: number, total: number, what: string, where: string): Content | null {
  if (shown >= total) return null
  return {
    text: `Rapporten viser de første ${formatNumberDa(shown)} af ${formatNumberDa(total)} ${what}. ${where}`,
    bold: true,
    margin: [0, 0, 0, 6],
  }
}

/** Conflicts and double-rent periods, as the page lists them (the lists may be cut; the counts are whole). */
export function conflicts(
  summary: Pick<ScenarioSummary, 'conflicts' | 'doubleRentPeriods' | 'conflictCount' | 'doubleRentCount'>,
  limit: number = PDF_LIMITS.conflicts,
): Content[] {
  const out: Content[] = []
  const where = 'Alle står på scenariets side.'
  if (summary.conflictCount === 0)
    out.push({ text: 'Ingen konflikter: ingen bygning overfyldes, og ingen enhed efterlades.', style: 'muted' })
  else
    out.push({
      ul: summary.conflicts
        .slice(0, limit)
        .map((c) => ({ text: [{ text: `${CONFLICT_KIND[c.kind] ?? c.kind}: `, bold: true }, pdfText(c.message)] })),
    })
  out.push(cutNote(Math.min(limit, summary.conflicts.length), summary.conflictCount, 'konflikter', where) ?? [])
  out.push({ text: 'Dobbelt husleje', style: 'h3' })
  if (summary.doubleRentCount === 0) out.push({ text: 'Ingen perioder med dobbelt husleje.', style: 'muted' })
  else
    out.push({
      ul: summary.doubleRentPeriods.slice(0, limit).map((d) => ({
        text: [
          `${formatDanishDate(d.from)}–${formatDanishDate(d.to)} (${d.days} dage): `,
          { text: kr2(d.amount), bold: true },
          { text: ` ${pdfText(d.explanation)}`, style: 'muted' },
        ],
      })),
    })
  out.push(cutNote(Math.min(limit, summary.doubleRentPeriods.length), summary.doubleRentCount, 'perioder med dobbelt husleje', where) ?? [])
  return out
}
