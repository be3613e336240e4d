/** The sales as files (CSV and .xlsx): every sale the grid's filters match, in its order. */
import { exportCsvChunks } from '~/core/sheets/export-columns'
import type { Db } from '~/server/db.server'
import type { GridRequest } from '~/server/grid-query.server'
import { xlsxChunks } from '~/server/xlsx-stream.server'
import { SALE_EXPORT, SALE_SHEET } from './sale-format'
import { salesForExport } from './sale-page.server'

/** Written in the file worker (app/features/files.server.ts). */
export const saleFiles = {
  csv: (db: Db, req: GridRequest) => exportCsvChunks(SALE_EXPORT, salesForExport(db, req)),
  xlsx: (db: Db, req: GridRequest) => xlsxChunks(SALE_SHEET, SALE_EXPORT, salesForExport(db, req)),
}
