/** GET /lejemaal/eksport.xlsx: the same rows as the CSV export, as an Excel workbook with number and date cells. */
import { downloadResponse } from '~/core/sheets/csv'
import { XLSX_TYPE } from '~/server/xlsx-stream.server'
import { files } from '~/features/files.server'
import { parseGridRequest } from '~/server/grid-query.server'
import type { Route } from './+types/lejemaal.eksport-excel'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  return downloadResponse('lejemaal.xlsx', XLSX_TYPE, await files.leases.xlsx(req))
}
