/** GET /salg/eksport.csv: every sale matching the grid's filters, in its order. */
import { csvResponse } from '~/core/sheets/csv'
import { csvCells } from '~/core/sheets/export-columns'
import { SALE_EXPORT } from '~/features/sales/sale-format'
import { salesForExport } from '~/features/sales/sale-page.server'
import { getDb } from '~/server/db.server'
import { parseGridRequest } from '~/server/grid-query.server'
import type { Route } from './+types/salg.eksport'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  return csvResponse(
    'salg.csv',
    SALE_EXPORT.map((c) => c.header),
    salesForExport(await getDb(), req),
    (s) => csvCells(SALE_EXPORT, s),
  )
}
