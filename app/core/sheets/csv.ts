/**
 * CSV the way Danish Excel opens it: `;` between fields (the comma is the decimal mark), a UTF-8
 * byte-order mark, CRLF line ends, amounts as plain Danish decimals and dates as dd.mm.åååå.
 * Every CSV the app writes goes through `csvLine`, which also keeps text from running as a formula.
 */
import { formatDanishDate } from '~/core/dates'
import { oreToKroner } from '~/core/money'

export const CSV_BOM = '\uFEFF'

/**
 * Text a spreadsheet would run as a formula (OWASP, CSV injection): `=`, `+`, `-`, `@`, tab or
 * carriage return first, also behind quotes this module added before (so the prefix round-trips).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/
/** A number as csvAmount and csvNumber write it: Excel reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(,\d+)?$/

/**
 * A text cell made inert: a leading `'` makes Excel and LibreOffice show the text as it is.
 * Numbers (`-1234,50`) stay numbers.
 * @example neutraliseCsvText('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 * @example neutraliseCsvText('-1234,50') // '-1234,50'
 */
export function neutraliseCsvText(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value
}

/**
 * The text a neutralised cell held, for the import: an exported file imports unchanged.
 * @example restoreCsvText("'=SUM(A1)") // '=SUM(A1)'
 */
export function restoreCsvText(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value
}

function escape(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** One CSV line from already formatted cells. @example csvLine(['a;b', 'c']) // '"a;b";c\r\n' */
export function csvLine(cells: (string | number | null | undefined)[]): string {
  return `${cells.map((c) => (c == null ? '' : typeof c === 'number' ? String(c) : escape(neutraliseCsvText(c)))).join(';')}\r\n`
}

/** An amount in øre as a Danish decimal Excel reads as a number. @example csvAmount(123456789) // '1234567,89' */
export function csvAmount(ore: number | null | undefined): string {
  return ore == null ? '' : oreToKroner(ore).toFixed(2).replace('.', ',')
}

/** @example csvDate('2024-05-31') // '31.05.2024' */
export function csvDate(iso: string | null | undefined): string {
  return iso ? formatDanishDate(iso) : ''
}

/** @example csvNumber(12.5) // '12,5' */
export function csvNumber(value: number | null | undefined): string {
  return value == null ? '' : String(value).replace('.', ',')
}

/**
 * A CSV file's bytes from batches of rows: the first piece is the header with the first batch, so
 * a query that fails (a refused grid request) fails before any byte is sent.
 * @example for await (const bytes of csvChunks(header, rowsBatches, toCells)) write(bytes)
 */
export async function* csvChunks<T>(
  header: string[],
  batches: AsyncIterable<T[]>,
  toCells: (row: T) => (string | number | null)[],
): AsyncGenerator<Uint8Array, undefined> {
  const encoder = new TextEncoder()
  let head = CSV_BOM + csvLine(header)
  for await (const batch of batches) {
    yield encoder.encode(head + batch.map((r) => csvLine(toCells(r))).join(''))
    head = ''
  }
  if (head) yield encoder.encode(head)
}

/**
 * A streamed CSV download from batches of rows. The first batch is read before the answer
 * starts, so a refused request (a thrown 400) is answered as such instead of cutting a download.
 * @example return csvResponse('ejendomme.csv', header, rowsBatches, toCells)
 */
export function csvResponse<T>(
  filename: string,
  header: string[],
  batches: AsyncIterable<T[]>,
  toCells: (row: T) => (string | number | null)[],
): Promise<Response> {
  return downloadResponse(filename, CSV_TYPE, csvChunks(header, batches, toCells))
}

export const CSV_TYPE = 'text/csv; charset=utf-8'

/**
 * A file download streamed from its pieces as the client takes them. The first piece is read
 * before the answer starts, so a failure before any byte (a thrown 400) is answered as such
 * instead of cutting a download; when the client leaves, the writer is stopped.
 * @example return downloadResponse('ejendomme.csv', CSV_TYPE, await files.properties.csv(req))
 */
export async function downloadResponse(
  filename: string,
  contentType: string,
  chunks: AsyncIterator<Uint8Array, unknown>,
): Promise<Response> {
  const first = await chunks.next()
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close()
      else controller.enqueue(first.value)
    },
    async pull(controller) {
      const next = await chunks.next()
      if (next.done) controller.close()
      else controller.enqueue(next.value)
    },
    async cancel() {
      await chunks.return?.()
    },
  })
  return new Response(stream, {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  })
}
