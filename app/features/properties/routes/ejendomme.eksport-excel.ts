/** GET /ejendomme/eksport.xlsx: the same rows as the CSV export, as an Excel workbook with number and date cells. */
import { PROPERTY_FILE_EXPORT, PROPERTY_SHEET } from '~/features/properties/property-format'
import { withLatestConsumption } from '~/features/properties/consumption.server'
import { parseGridRequest } from '~/server/grid-query.server'
import { streamProperties } from '~/features/properties/properties.server'
import { getDb } from '~/server/db.server'
import { xlsxStreamResponse } from '~/server/xlsx-stream.server'
import type { Route } from './+types/ejendomme.eksport-excel'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  const db = await getDb()
  return xlsxStreamResponse('ejendomme.xlsx', PROPERTY_SHEET, PROPERTY_FILE_EXPORT, withLatestConsumption(db, streamProperties(db, req)))
}
