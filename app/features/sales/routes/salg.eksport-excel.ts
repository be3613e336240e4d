/** GET /salg/eksport.xlsx: the sales grid's rows as an Excel workbook with number and date cells. */
import { downloadResponse } from '~/core/sheets/csv'
import { XLSX_TYPE } from '~/server/xlsx-stream.server'
import { files } from '~/features/files.server'
import { parseGridRequest } from '~/server/grid-query.server'
import type { Route } from './+types/salg.eksport-excel'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  return downloadResponse('salg.xlsx', XLSX_TYPE, await files.sales.xlsx(req))
}
