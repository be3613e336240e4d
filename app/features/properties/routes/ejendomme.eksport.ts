/** GET /ejendomme/eksport.csv: every property matching the grid's filters, in its order, with its latest consumption year. */
import { PROPERTY_FILE_EXPORT } from '~/features/properties/property-format'
import { withLatestConsumption } from '~/features/properties/consumption.server'
import { parseGridRequest } from '~/server/grid-query.server'
import { streamProperties } from '~/features/properties/properties.server'
import { csvResponse } from '~/core/sheets/csv'
import { getDb } from '~/server/db.server'
import { csvCells } from '~/core/sheets/export-columns'
import type { Route } from './+types/ejendomme.eksport'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  const db = await getDb()
  return csvResponse(
    'ejendomme.csv',
    PROPERTY_FILE_EXPORT.map((c) => c.header),
    withLatestConsumption(db, streamProperties(db, req)),
    (p) => csvCells(PROPERTY_FILE_EXPORT, p),
  )
}
