/** GET /salg/eksport.csv: every sale matching the grid's filters, in its order. */
import { SALE_EXPORT } from '~/spreadsheets/sale-format'
import { parseGridRequest } from '~/repos/grid-query.server'
import { streamSales } from '~/repos/sales.server'
import { csvResponse } from '~/utils/csv'
import { getDb } from '~/utils/db.server'
import { csvCells } from '~/utils/export-columns'
import type { Route } from './+types/salg.eksport'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  const db = await getDb()
  return csvResponse('salg.csv', SALE_EXPORT.map((c) => c.header), streamSales(db, req), (s) => csvCells(SALE_EXPORT, s))
}
