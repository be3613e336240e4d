/** GET /salg/eksport.xlsx: the sales grid's rows as an Excel workbook with number and date cells. */
import { SALE_EXPORT, SALE_SHEET } from '~/features/sales/sale-format'
import { salesForExport } from '~/features/sales/sale-page.server'
import { getDb } from '~/server/db.server'
import { parseGridRequest } from '~/server/grid-query.server'
import { xlsxStreamResponse } from '~/server/xlsx-stream.server'
import type { Route } from './+types/salg.eksport-excel'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  return xlsxStreamResponse('salg.xlsx', SALE_SHEET, SALE_EXPORT, salesForExport(await getDb(), req))
}
