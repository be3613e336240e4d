/** GET /salg/eksport.csv: every sale matching the grid's filters, in its order. */
import { SALE_EXPORT } from '~/features/sales/sale-format'
import { parseGridRequest } from '~/server/grid-query.server'
import { streamSales } from '~/features/sales/sales.repo.server'
import { csvResponse } from '~/core/sheets/csv'
import { getDb } from '~/server/db.server'
import { csvCells } from '~/core/sheets/export-columns'
import type { Route } from './+types/salg.eksport'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  const db = await getDb()
  return csvResponse(
    'salg.csv',
    SALE_EXPORT.map((c) => c.header),
    streamSales(db, req),
    (s) => csvCells(SALE_EXPORT, s),
  )
}
