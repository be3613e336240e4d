/**
 * The council report's energy and climate part: MWh and tonnes CO2e avoided per budget year and
 * as a full-year effect (docs/climate.md), as the scenario page's year table shows them, with the
 * notes on missing consumption or factors.
 */
import type { Content, TableCell } from 'pdfmake/interfaces'
import { formatNumberDa, Money } from '~/core/money'
import type { ExportColumn } from '~/core/sheets/export-columns'
import type { ClimateRowView, ClimateSummary } from '../climate-view'
import { plainLayout, yearChunks } from './pdf-blocks'

/** One decimal, Danish: MWh and tonnes read to a tenth in a council paper. */
const quantity = (value: string) => formatNumberDa(new Money(value), 1)

function chunkTable(chunk: number[], years: number[], rows: ClimateRowView[], withFullYear: boolean): Content {
  const cols = chunk.map((y) => years.indexOf(y))
  const header: TableCell[] = [
    { text: '', style: 'th' },
    { text: 'Enhed', style: 'th' },
    ...chunk.map((y) => ({ text: String(y), style: 'th', alignment: 'right' as const })),
    ...(withFullYear ? [{ text: 'Helårseffekt', style: 'th', alignment: 'right' as const }] : []),
  ]
  const line = (r: ClimateRowView): TableCell[] => [
    r.label,
    r.unit === 't' ? 't CO2e' : r.unit,
    ...cols.map((i) => ({ text: quantity(r.values[i]!), alignment: 'right' as const })),
    ...(withFullYear ? [{ text: quantity(r.fullYear), alignment: 'right' as const }] : []),
  ]
  return {
    table: {
      headerRows: 1,
      widths: [110, 40, ...chunk.map(() => '*' as const), ...(withFullYear ? ['*' as const] : [])],
      body: [header, ...rows.map(line)],
    },
    layout: plainLayout,
    fontSize: 8.5,
    margin: [0, 0, 0, 8],
  }
}

/**
 * The climate table and its notes, or nothing when the scenario was computed without climate.
 * @example content.push(...climateSection(years, page.summary.climate))
 */
export function climateSection(years: number[], climate: ClimateSummary | null): Content[] {
  if (!climate) return []
  const chunks = yearChunks(years)
  return [
    { text: 'Energi og klima', style: 'h2' },
    {
      text:
        'Energi og CO2e, som scenariets tiltag undgår (positive tal) eller tilfører (negative tal), beregnet efter docs/climate.md med kommunens emissionsfaktorer' +
        (climate.ownFactors ? ` og scenariets egne faktorer for ${climate.ownFactors} energiform(er)` : '') +
        '.',
      style: 'muted',
      margin: [0, 0, 0, 6],
    },
    ...chunks.map((c, i) => chunkTable(c, years, climate.rows, i === chunks.length - 1)),
    ...climate.warnings.map((w): Content => ({ text: w, style: 'muted' })),
    ...(climate.warningCount > climate.warnings.length
      ? [{ text: `… og ${formatNumberDa(climate.warningCount - climate.warnings.length, 0)} bemærkninger mere.`, style: 'muted' }]
      : []),
  ]
}

/**
 * The Klima sheet's columns: one row per quantity, a number cell per year and the full-year effect.
 * @example sheetOf('Klima', climateColumns(years), climate.rows)
 */
export function climateColumns(years: number[]): ExportColumn<ClimateRowView>[] {
  return [
    { header: 'Størrelse', kind: 'text', value: (r) => r.label, width: 22 },
    { header: 'Enhed', kind: 'text', value: (r) => (r.unit === 't' ? 't CO2e' : r.unit), width: 10 },
    ...years.map((y, i): ExportColumn<ClimateRowView> => ({
      header: String(y),
      kind: 'decimal',
      value: (r) => Number(r.values[i]),
      width: 14,
    })),
    { header: 'Helårseffekt', kind: 'decimal', value: (r) => Number(r.fullYear), width: 14 },
  ]
}
