/** GET /ejendomme/eksport.csv: every property matching the grid's filters, in its order. */
import { PROPERTY_EXPORT } from '~/spreadsheets/property-format'
import { parseGridRequest } from '~/repos/grid-query.server'
import { streamProperties } from '~/repos/properties.server'
import { csvResponse } from '~/utils/csv'
import { getDb } from '~/utils/db.server'
import { csvCells } from '~/utils/export-columns'
import type { Route } from './+types/ejendomme.eksport'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  const db = await getDb()
  return csvResponse('ejendomme.csv', PROPERTY_EXPORT.map((c) => c.header), streamProperties(db, req), (p) => csvCells(PROPERTY_EXPORT, p))
}
