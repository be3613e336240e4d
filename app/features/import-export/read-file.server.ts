/**
 * An uploaded file as sheets of raw cells: every sheet of an .xlsx (read-excel-file, after the
 * zip has been checked for bombs), or the one table of a .csv. The file type is told by its
 * content (an .xlsx is a zip), not only its name. Files with more than MAX_IMPORT_ROWS rows are
 * refused before their cells are read.
 */
import type readXlsxFileType from 'read-excel-file/node'
import { lazyRequire } from '~/server/lazy-require.server'
import { formatNumberDa } from '~/core/money'
import type { RawCell } from '~/core/sheets/cells'
import { restoreCsvText } from '~/core/sheets/csv'
import { decodeCsvBytes, parseCsv } from '~/core/sheets/csv-parse'
import { countSheetRows, storedZip, unpackXlsx } from './xlsx-unzip.server'

/** The Excel reader, loaded at the first .xlsx (in the import's worker). */
const excelReader = lazyRequire<{ default: typeof readXlsxFileType }>('read-excel-file/node')

/** Rows one import may hold (all sheets, headers not counted): a register, not a data warehouse. */
export const MAX_IMPORT_ROWS = 200_000

export interface RawSheet {
  name: string
  rows: RawCell[][]
}

export type ReadResult = { ok: true; format: 'xlsx' | 'csv'; sheets: RawSheet[] } | { ok: false; message: string }

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** The Danish refusal of a file with too many rows. @example tooManyRows(250000) */
export function tooManyRows(rows: number): string {
  return `Filen har ${formatNumberDa(rows)} rækker; der kan højst importeres ${formatNumberDa(MAX_IMPORT_ROWS)} ad gangen. Del den op i flere filer.`
}

const dataRows = (sheets: { rows: unknown[] }[]) => sheets.reduce((n, s) => n + Math.max(0, s.rows.length - 1), 0)

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
  const read = sheets.map((s) => ({ name: s.sheet, rows: s.data as RawCell[][] }))
  for (const sheet of read) for (const row of sheet.rows) for (let i = 0; i < row.length; i++) row[i] = ownCell(row[i])
  const rows = dataRows(read)
  return rows > MAX_IMPORT_ROWS ? { ok: false, message: tooManyRows(rows) } : { ok: true, format: 'xlsx', sheets: read }
}

function readCsv(filename: string, bytes: Uint8Array): ReadResult {
  // A cell the export neutralised against formulas (`'=…`) is read back as it was.
  const rows = parseCsv(decodeCsvBytes(bytes)).map((row) => row.map(restoreCsvText))
  const sheet = { name: filename || 'CSV', rows }
  return dataRows([sheet]) > MAX_IMPORT_ROWS
    ? { ok: false, message: tooManyRows(dataRows([sheet])) }
    : { ok: true, format: 'csv', sheets: [sheet] }
}

/**
 * Read an uploaded spreadsheet; a Danish message when it is neither .xlsx nor CSV, is a zip bomb,
 * or holds too many rows.
 * @example await readSpreadsheet('ejendomme.csv', bytes) // { ok: true, format: 'csv', sheets: [{ name: 'ejendomme.csv', rows }] }
 */
export async function readSpreadsheet(filename: string, bytes: Uint8Array): Promise<ReadResult> {
  const lower = filename.toLowerCase()
  if (isZip(bytes)) return readXlsx(bytes)
  if (lower.endsWith('.xls')) return { ok: false, message: 'Det gamle Excel-format (.xls) kan ikke læses. Gem filen som .xlsx eller CSV.' }
  if (lower.endsWith('.xlsx')) return { ok: false, message: 'Filen hedder .xlsx, men er ikke en Excel-projektmappe.' }
  if (bytes.includes(0)) return { ok: false, message: 'Filen er hverken en Excel-projektmappe (.xlsx) eller en CSV-fil.' }
  return readCsv(filename, bytes)
}
