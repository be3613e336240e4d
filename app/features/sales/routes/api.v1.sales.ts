/**
 * GET /api/v1/sales: a page of sales with their property, for the grid and for integrations.
 * Query: offset, limit (≤ 1000), sort (JSON), filter (JSON, AG Grid filter model), search.
 * Amounts are integer øre (fields ending in `Ore`), dates ISO.
 */
import { salesGridPage } from '~/features/sales/sale-page.server'
import { getDb } from '~/server/db.server'
import { parseGridRequest } from '~/server/grid-query.server'
import type { Route } from './+types/api.v1.sales'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  const { rows, total } = await salesGridPage(await getDb(), req)
  return Response.json({ rows, total, offset: req.offset, limit: req.limit })
}
