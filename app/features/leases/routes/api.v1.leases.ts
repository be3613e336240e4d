/**
 * GET /api/v1/leases: a page of leases (both directions) with their property's name.
 * Same query parameters as /api/v1/properties. Amounts in øre, dates ISO.
 */
import { listLeases } from '~/features/leases/leases.server'
import { parseGridRequest } from '~/server/grid-query.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/api.v1.leases'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  const { rows, total } = await listLeases(await getDb(), req)
  return Response.json({ rows, total, offset: req.offset, limit: req.limit })
}
