/**
 * One description of an exported table serves both files: CSV for Danish Excel (text cells in
 * Danish notation) and .xlsx (real number and date cells with Danish formats). The import reads the
 * same Danish headers back (app/spreadsheets/).
 */
import { csvAmount, csvChunks, csvDate, csvNumber } from './csv'

/** How a column's value is written: øre as kroner, ISO dates as dates, numbers as numbers. */
export type ExportKind = 'text' | 'integer' | 'decimal' | 'money' | 'date'

export interface ExportColumn<T> {
  header: string
  kind: ExportKind
  /** The stored value: text, a number (øre for money), or ISO date text. */
  value: (row: T) => string | number | null | undefined
  /** Column width in characters (xlsx). */
  width?: number
}

/** A row as CSV cells in Danish notation. @example csvCells(cols, row) // ['Hedensted Rådhus', '4850000,00', '31.05.2024'] */
export function csvCells<T>(columns: readonly ExportColumn<T>[], row: T): (string | number | null)[] {
  return columns.map((c) => {
    const v = c.value(row)
    if (v == null || v === '') return ''
    switch (c.kind) {
      case 'money':
        return csvAmount(Number(v))
      case 'date':
        return csvDate(String(v))
      case 'decimal':
        return csvNumber(Number(v))
      case 'integer':
        return Number(v)
      case 'text':
        return String(v)
    }
  })
}

/**
 * A CSV file's bytes of these columns: their headers, then each row's cells in Danish notation.
 * @example exportCsvChunks(LEASE_EXPORT, streamLeases(db, req))
 */
export function exportCsvChunks<T>(
  columns: readonly ExportColumn<T>[],
  batches: AsyncIterable<T[]>,
): AsyncGenerator<Uint8Array, undefined> {
  return csvChunks(
    columns.map((c) => c.header),
    batches,
    (row) => csvCells(columns, row),
  )
}
