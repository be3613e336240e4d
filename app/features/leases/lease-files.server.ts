/** The lease register as files (CSV and .xlsx): every lease the grid's filters match, in its order. */
import { exportCsvChunks } from '~/core/sheets/export-columns'
import type { Db } from '~/server/db.server'
import type { GridRequest } from '~/server/grid-query.server'
import { xlsxChunks } from '~/server/xlsx-stream.server'
import { LEASE_EXPORT, LEASE_SHEET } from './lease-format'
import { streamLeases } from './leases.server'

/** Written in the file worker (app/features/files.server.ts). */
export const leaseFiles = {
  csv: (db: Db, req: GridRequest) => exportCsvChunks(LEASE_EXPORT, streamLeases(db, req)),
  xlsx: (db: Db, req: GridRequest) => xlsxChunks(LEASE_SHEET, LEASE_EXPORT, streamLeases(db, req)),
}
