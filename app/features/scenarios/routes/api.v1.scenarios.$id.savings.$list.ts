/**
 * GET /api/v1/scenarios/:id/savings/:list?offset=&limit=[&year=][&status=]: one page of a list of
 * a scenario's savings (measures, conflicts, double-rent, line-items, full-year-line-items,
 * climate-warnings, climate-line-items), as `{ items, total, offset, limit }` (docs/api.md).
 * Line items are of one year: `line-items` needs `year=2025`, `climate-line-items` a year or `full`.
 */
import { z } from 'zod'
import { isSavingsList } from '~/core/savings/document'
import { invariantResponse, parseId } from '~/server/http'
import { compute } from '~/features/compute.server'
import { statusParam } from '../scenario-view'
import type { Route } from './+types/api.v1.scenarios.$id.savings.$list'

const query = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
  year: z.union([z.literal('full'), z.coerce.number().int().min(1900).max(2200)]).optional(),
})

export async function loader({ params, request }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Scenariet')
  const list = params.list
  invariantResponse(
    isSavingsList(list),
    'Ukendt liste. Brug measures, conflicts, double-rent, line-items, full-year-line-items, climate-warnings eller climate-line-items.',
    404,
  )
  const search = new URL(request.url).searchParams
  const parsed = query.safeParse(Object.fromEntries([...search].filter(([k]) => k === 'offset' || k === 'limit' || k === 'year')))
  invariantResponse(parsed.success, 'offset skal være et helt tal fra 0, limit fra 1 til 1000 og year et år eller full.', 400)
  const { year, offset, limit } = parsed.data
  const page = await compute.scenario.savingsList(id, statusParam(search.get('status')), list, { year: year ?? null, offset, limit })
  invariantResponse(page, 'Scenariet findes ikke.')
  const needsYear = list === 'line-items' || list === 'climate-line-items'
  invariantResponse(
    page !== 'refused',
    needsYear ? 'Angiv året: year=ÅÅÅÅ (climate-line-items også year=full).' : 'Scenariet har ingen klimatal.',
    400,
  )
  return Response.json(page)
}
