/**
 * An uploaded file as sheets of raw cells: every sheet of an .xlsx (read-excel-file, after the
 * zip has been checked for bombs), or the one table of a .csv. The file type is told by its
 * content (an .xlsx is a zip), not only its name. Files with more than MAX_IMPORT_ROWS rows are
 * refused before their cells are read.
 *
 * A sheet hands out its rows one at a time: a CSV file's rows are split from its text as they are
 * read (the 2.3 million cells of a national register took some 170 MB held at once), and a
 * workbook's are let go as they are handed out.
 */
import type readXlsxFileType from 'read-excel-file/node'
import { lazyRequire } from '~/server/lazy-require.server'
import { formatNumberDa } from '~/core/money'
import type { RawCell } from '~/core/sheets/cells'
import { restoreCsvText } from '~/core/sheets/csv'
import { csvRowCount, csvRows, decodeCsvBytes, detectSeparator } from '~/core/sheets/csv-parse'
import { countSheetRows, storedZip, unpackXlsx } from './xlsx-unzip.server'

/** The Excel reader, loaded at the first .xlsx (in the import's worker). */
const excelReader = lazyRequire<{ default: typeof readXlsxFileType }>('read-excel-file/node')

/** Rows one import may hold (all sheets, headers not counted): a register, not a data warehouse. */
export const MAX_IMPORT_ROWS = 200_000

/** A sheet of raw cells: its first row, how many rows follow it, and those rows. */
export interface RawSheet {
  name: string
  /** The first row (column headings when the sheet is a table); empty when the sheet is. */
  header: RawCell[]
  /** Rows after the header, blank ones within the sheet counted. */
  dataRows: number
  /** The `dataRows` rows after the header, in order; read them once. */
  rows(): Iterable<RawCell[]>
}

export type ReadResult = { ok: true; format: 'xlsx' | 'csv'; sheets: RawSheet[] } | { ok: false; message: string }

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** The Danish refusal of a file with too many rows. @example tooManyRows(250000) */
export function tooManyRows(rows: number): string {
  return `Filen har ${formatNumberDa(rows)} rækker; der kan højst importeres ${formatNumberDa(MAX_IMPORT_ROWS)} ad gangen. Del den op i flere filer.`
}

const dataRows = (sheets: RawSheet[]) => sheets.reduce((n, s) => n + s.dataRows, 0)

const RELEASED: RawCell[] = []

/** A workbook sheet's rows, each let go as it is handed out: its raw and its checked rows are not held at once. */
function arraySheet(name: string, rows: RawCell[][]): RawSheet {
  return {
    name,
    header: rows[0] ?? [],
    dataRows: Math.max(0, rows.length - 1),
    *rows() {
      for (let i = 1; i < rows.length; i++) {
        const row = rows[i]!
        rows[i] = RELEASED
        yield row
      }
    },
  }
}

/**
 * A cell's text as a string of its own. The Excel reader's texts are slices of the sheet's XML,
 * and one slice keeps the whole XML alive (about 1.5 kB per row, twice the size of the rows
 * themselves); a string under 13 characters is never a slice. The JSON round trip copies any
 * text exactly, lone surrogates included.
 */
function ownCell(cell: RawCell): RawCell {
  return typeof cell === 'string' && cell.length >= 13 ? (JSON.parse(JSON.stringify(cell)) as string) : cell
}

/** The workbook's sheets, parsed from the checked entries (let go once they are zipped for the reader). */
async function parseWorkbook(files: Map<string, Uint8Array>) {
  const zip = storedZip(files)
  files.clear()
  return excelReader().default(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength))
}

async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const unpacked = unpackXlsx(bytes)
  if (!unpacked.ok) return unpacked
  const tagged = countSheetRows(unpacked.files)
  if (tagged > MAX_IMPORT_ROWS + 1000) return { ok: false, message: tooManyRows(tagged) }
  let sheets: Awaited<ReturnType<typeof readXlsxFileType>>
  try {
    sheets = await parseWorkbook(unpacked.files)
  } catch {
    return { ok: false, message: 'Excel-filen kunne ikke læses. Gem den igen som Excel-projektmappe (.xlsx) og prøv igen.' }
  }
  const read = sheets.map((s) => {
    const rows = s.data as RawCell[][]
    for (const row of rows) for (let i = 0; i < row.length; i++) row[i] = ownCell(row[i])
    return arraySheet(s.sheet, rows)
  })
  const rows = dataRows(read)
  return rows > MAX_IMPORT_ROWS ? { ok: false, message: tooManyRows(rows) } : { ok: true, format: 'xlsx', sheets: read }
}

/**
 * A CSV file's one sheet. Its rows are counted first (a pass that keeps no cells), then split from
 * the text again as they are read: only the text and the row at hand are held.
 */
function readCsv(filename: string, bytes: Uint8Array): ReadResult {
  const text = decodeCsvBytes(bytes)
  const separator = detectSeparator(text)
  const count = csvRowCount(text, separator)
  const data = Math.max(0, count - 1)
  if (data > MAX_IMPORT_ROWS) return { ok: false, message: tooManyRows(data) }
  // A cell the export neutralised against formulas (`'=…`) is read back as it was.
  const restored = (row: string[]) => row.map(restoreCsvText)
  const first = count > 0 ? csvRows(text, separator).next() : undefined
  const sheet: RawSheet = {
    name: filename || 'CSV',
    header: first && !first.done ? restored(first.value) : [],
    dataRows: data,
    *rows() {
      let index = 0
      for (const row of csvRows(text, separator)) {
        if (index >= count) return
        if (index++ > 0) yield restored(row)
      }
    },
  }
  return { ok: true, format: 'csv', sheets: [sheet] }
}

/**
 * Read an uploaded spreadsheet; a Danish message when it is neither .xlsx nor CSV, is a zip bomb,
 * or holds too many rows.
 * @example await readSpreadsheet('ejendomme.csv', bytes) // { ok: true, format: 'csv', sheets: [{ name: 'ejendomme.csv', header, dataRows, rows }] }
 */
export async function readSpreadsheet(filename: string, bytes: Uint8Array): Promise<ReadResult> {
  const lower = filename.toLowerCase()
  if (isZip(bytes)) return readXlsx(bytes)
  if (lower.endsWith('.xls')) return { ok: false, message: 'Det gamle Excel-format (.xls) kan ikke læses. Gem filen som .xlsx eller CSV.' }
  if (lower.endsWith('.xlsx')) return { ok: false, message: 'Filen hedder .xlsx, men er ikke en Excel-projektmappe.' }
  if (bytes.includes(0)) return { ok: false, message: 'Filen er hverken en Excel-projektmappe (.xlsx) eller en CSV-fil.' }
  return readCsv(filename, bytes)
}
