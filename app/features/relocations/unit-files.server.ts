/** The units as a CSV file: headcounts and where they sit (aggregates only; never names of people). */
import { exportCsvChunks } from '~/core/sheets/export-columns'
import type { Db } from '~/server/db.server'
import { unitExportColumns } from './fields'
import { streamUnitOverview, type UnitListFilter } from './unit-views.server'

/** Written in the file worker (app/features/files.server.ts). */
export const unitFiles = {
  csv: (db: Db, filter: UnitListFilter) => exportCsvChunks(unitExportColumns, streamUnitOverview(db, filter)),
}
