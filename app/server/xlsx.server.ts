/**
 * Excel files written on the server with write-excel-file: numbers as number cells, money as kroner
 * with the format `#,##0.00 "kr."` (Danish Excel shows 1.234.567,89 kr.), dates as date cells shown
 * dd.mm.åååå, a bold frozen header row with the Danish column names.
 */
import type writeXlsxFileType from 'write-excel-file/node'
import type { Cell, Row, Sheet } from 'write-excel-file/node'
import { lazyRequire } from './lazy-require.server'
import { oreToKroner } from '~/core/money'
import type { ExportColumn } from '~/core/sheets/export-columns'

/** The workbook writer, loaded at the first workbook. */
const writeXlsx = lazyRequire<{ default: typeof writeXlsxFileType }>('write-excel-file/node')

export const MONEY_FORMAT = '#,##0.00 "kr."'
export const DATE_FORMAT = 'dd.mm.yyyy'
const DECIMAL_FORMAT = '0.0######'
const INTEGER_FORMAT = '#,##0'

/**
 * An ISO date as the Date write-excel-file turns into the same calendar day (UTC midnight).
 * @example excelDate('2024-05-31') // 2024-05-31T00:00:00.000Z
 */
export function excelDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`)
}

function cell<T>(column: ExportColumn<T>, row: T): Cell {
  const v = column.value(row)
  if (v == null || v === '') return null
  switch (column.kind) {
    // øre → kroner: the exact decimal rounded to a double is the closest number Excel can hold.
    case 'money':
      return { value: oreToKroner(Number(v)).toNumber(), type: Number, format: MONEY_FORMAT }
    case 'date':
      return { value: excelDate(String(v)), type: Date, format: DATE_FORMAT }
    case 'decimal':
      return { value: Number(v), type: Number, format: DECIMAL_FORMAT }
    case 'integer':
      return { value: Number(v), type: Number, format: INTEGER_FORMAT }
    case 'text':
      return { value: String(v), type: String }
  }
}

/**
 * A header row: bold, on a light background.
 * @example headerRow(['Navn', 'Adresse'])
 */
export function headerRow(headers: readonly string[]): Row {
  return headers.map((h) => ({ value: h, type: String, fontWeight: 'bold', backgroundColor: '#EEF2F6' }))
}

/**
 * A sheet from columns and rows, header frozen.
 * @example sheetOf('Ejendomme', PROPERTY_EXPORT, rows)
 */
export function sheetOf<T>(name: string, columns: readonly ExportColumn<T>[], rows: Iterable<T>): Sheet<Buffer> {
  const data: Row[] = [headerRow(columns.map((c) => c.header))]
  for (const row of rows) data.push(columns.map((c) => cell(c, row)))
  return {
    sheet: name,
    data,
    columns: columns.map((c) => ({ width: c.width ?? Math.max(10, Math.min(40, c.header.length + 2)) })),
    stickyRowsCount: 1,
  }
}

/**
 * The .xlsx bytes of one or more sheets.
 * @example const bytes = await xlsxBuffer([sheetOf('Ejendomme', PROPERTY_EXPORT, rows)])
 */
export async function xlsxBuffer(sheets: Sheet<Buffer>[]): Promise<Buffer> {
  return writeXlsx().default(sheets, { fontFamily: 'Calibri', fontSize: 11 }).toBuffer()
}

/**
 * A finished .xlsx file as a download response.
 * @example return xlsxDownload('importskabelon.xlsx', bytes)
 */
export function xlsxDownload(filename: string, bytes: Uint8Array): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  })
}
