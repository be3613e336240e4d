/**
 * GET /api/v1/properties: a page of properties for the grid and for integrations.
 * Query: offset, limit (≤ 1000), sort (JSON), filter (JSON, AG Grid filter model), search.
 * Amounts are integer øre (fields ending in `Ore`), dates ISO.
 */
import { listProperties } from '~/features/properties/properties.server'
import { parseGridRequest } from '~/server/grid-query.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/api.v1.properties'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  const { rows, total } = await listProperties(await getDb(), req)
  return Response.json({ rows, total, offset: req.offset, limit: req.limit })
}
