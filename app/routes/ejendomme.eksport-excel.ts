/** GET /ejendomme/eksport.xlsx: the same rows as the CSV export, as an Excel workbook with number and date cells. */
import { PROPERTY_EXPORT, PROPERTY_SHEET } from '~/spreadsheets/property-format'
import { parseGridRequest } from '~/repos/grid-query.server'
import { streamProperties } from '~/repos/properties.server'
import { getDb } from '~/utils/db.server'
import { xlsxResponse } from '~/utils/xlsx.server'
import type { Route } from './+types/ejendomme.eksport-excel'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  return xlsxResponse('ejendomme.xlsx', PROPERTY_SHEET, PROPERTY_EXPORT, streamProperties(await getDb(), req))
}
