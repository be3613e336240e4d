/**
 * GET /api/v1/units: a page of units for the grid on /enheder, with the parent's name, the desks
 * needed and where each unit sits now. Same query parameters as /api/v1/properties.
 */
import { listUnitGrid } from '~/features/relocations/unit-views.server'
import { parseGridRequest } from '~/server/grid-query.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/api.v1.units'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  const { rows, total } = await listUnitGrid(await getDb(), req)
  return Response.json({ rows, total, offset: req.offset, limit: req.limit })
}
