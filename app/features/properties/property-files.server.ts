/** The property register as files (CSV and .xlsx), every property the grid's filters match, in its order, with its latest consumption year. */
import { exportCsvChunks } from '~/core/sheets/export-columns'
import type { Db } from '~/server/db.server'
import type { GridRequest } from '~/server/grid-query.server'
import { xlsxChunks } from '~/server/xlsx-stream.server'
import { withLatestConsumption } from './consumption.server'
import { streamProperties } from './properties.server'
import { PROPERTY_FILE_EXPORT, PROPERTY_SHEET } from './property-format'

/** Written in the file worker (app/features/files.server.ts). */
export const propertyFiles = {
  csv: (db: Db, req: GridRequest) => exportCsvChunks(PROPERTY_FILE_EXPORT, withLatestConsumption(db, streamProperties(db, req))),
  xlsx: (db: Db, req: GridRequest) =>
    xlsxChunks(PROPERTY_SHEET, PROPERTY_FILE_EXPORT, withLatestConsumption(db, streamProperties(db, req))),
}
