/**
 * An uploaded file as sheets of raw cells: every sheet of an .xlsx (read-excel-file), or the one
 * table of a .csv. The file type is told by its content (an .xlsx is a zip), not only its name.
 */
import readXlsxFile from 'read-excel-file/node'
import type { RawCell } from '~/core/sheets/cells'
import { decodeCsvBytes, parseCsv } from '~/core/sheets/csv-parse'

export interface RawSheet {
  name: string
  rows: RawCell[][]
}

export type ReadResult = { ok: true; format: 'xlsx' | 'csv'; sheets: RawSheet[] } | { ok: false; message: string }

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/**
 * Read an uploaded spreadsheet; a Danish message when it is neither .xlsx nor CSV.
 * @example await readSpreadsheet('ejendomme.csv', bytes) // { ok: true, format: 'csv', sheets: [{ name: 'ejendomme.csv', rows }] }
 */
export async function readSpreadsheet(filename: string, bytes: Uint8Array): Promise<ReadResult> {
  const lower = filename.toLowerCase()
  if (isZip(bytes)) {
    try {
      const sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
      return { ok: true, format: 'xlsx', sheets: sheets.map((s) => ({ name: s.sheet, rows: s.data as RawCell[][] })) }
    } catch {
      return { ok: false, message: 'Excel-filen kunne ikke læses. Gem den igen som Excel-projektmappe (.xlsx) og prøv igen.' }
    }
  }
  if (lower.endsWith('.xls')) return { ok: false, message: 'Det gamle Excel-format (.xls) kan ikke læses. Gem filen som .xlsx eller CSV.' }
  if (lower.endsWith('.xlsx')) return { ok: false, message: 'Filen hedder .xlsx, men er ikke en Excel-projektmappe.' }
  if (bytes.includes(0)) return { ok: false, message: 'Filen er hverken en Excel-projektmappe (.xlsx) eller en CSV-fil.' }
  return { ok: true, format: 'csv', sheets: [{ name: filename || 'CSV', rows: parseCsv(decodeCsvBytes(bytes)) }] }
}
