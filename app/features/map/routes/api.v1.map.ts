/**
 * GET /api/v1/map?bbox=west,south,east,north&zoom=z&status=…&anvendelse=…&farve=…: what the map
 * draws in the visible box (a `MapView`: clusters with counts, single points when zoomed in, at
 * most 2.000 of them), so the page never carries the whole register.
 */
import { loadMapView } from '~/features/map/map.server'
import { parseMapQuery } from '~/features/map/schemas'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/api.v1.map'

export async function loader({ request }: Route.LoaderArgs) {
  const parsed = parseMapQuery(new URL(request.url).searchParams)
  if (!parsed.ok) return Response.json({ error: parsed.message }, { status: 400 })
  const { bbox } = parsed.query
  if (!bbox) return Response.json({ error: 'Angiv kortudsnittet: bbox=vest,syd,øst,nord.' }, { status: 400 })
  const view = await loadMapView(await getDb(), { ...parsed.query, bbox })
  return Response.json(view, { headers: { 'Cache-Control': 'no-store' } })
}
