/**
 * CSV the way Danish Excel opens it: `;` between fields (the comma is the decimal mark), a UTF-8
 * byte-order mark, CRLF line ends, amounts as plain Danish decimals and dates as dd.mm.åååå.
 */
import { formatDanishDate } from '~/core/dates'
import { oreToKroner } from '~/core/money'

export const CSV_BOM = '\uFEFF'

function escape(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** One CSV line from already formatted cells. @example csvLine(['a;b', 'c']) // '"a;b";c\r\n' */
export function csvLine(cells: (string | number | null | undefined)[]): string {
  return `${cells.map((c) => escape(c == null ? '' : String(c))).join(';')}\r\n`
}

/** An amount in øre as a Danish decimal Excel reads as a number. @example csvAmount(123456789) // '1234567,89' */
export function csvAmount(ore: number | null | undefined): string {
  return ore == null ? '' : oreToKroner(ore).toFixed(2).replace('.', ',')
}

export function csvDate(iso: string | null | undefined): string {
  return iso ? formatDanishDate(iso) : ''
}

export function csvNumber(value: number | null | undefined): string {
  return value == null ? '' : String(value).replace('.', ',')
}

/**
 * A streamed CSV download from batches of rows.
 * @example csvResponse('ejendomme.csv', header, rowsBatches, toCells)
 */
export function csvResponse<T>(
  filename: string,
  header: string[],
  batches: AsyncIterable<T[]>,
  toCells: (row: T) => (string | number | null)[],
): Response {
  const encoder = new TextEncoder()
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(header)))
      for await (const rows of batches) {
        controller.enqueue(encoder.encode(rows.map((r) => csvLine(toCells(r))).join('')))
      }
      controller.close()
    },
  })
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  })
}
