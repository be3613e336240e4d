/**
 * GET /scenarier/:id/poster?aar=2024|full&raekke=savedOperating[&side=N]: the line items behind
 * one figure (JSON), a page at a time with the total of them all (a national scenario's figure
 * sums tens of thousands). Climate rows (raekke=climateCo2e …) answer in their unit, MWh or tonnes.
 */
import { CATEGORY_LABELS } from '~/core/savings'
import { isClimateRow } from '~/features/scenarios/climate-view'
import { compute } from '~/features/compute.server'
import { statusParam } from '~/features/scenarios/scenario-view'
import { invariantResponse, parseId } from '~/server/http'
import type { Route } from './+types/scenarier.$id.poster'

export async function loader({ params, request }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Scenariet')
  const url = new URL(request.url)
  const key = url.searchParams.get('raekke') ?? ''
  invariantResponse(key in CATEGORY_LABELS || isClimateRow(key), 'Ukendt række.', 400)
  const yearText = url.searchParams.get('aar') ?? ''
  const year = yearText === 'full' ? 'full' : Number(yearText)
  invariantResponse(year === 'full' || Number.isInteger(year), 'Ukendt år.', 400)
  const view = statusParam(url.searchParams.get('visning'))
  const items = await compute.scenario.figureItems(id, view, year, key, url.searchParams.get('side'))
  invariantResponse(items, 'Scenariet findes ikke.')
  invariantResponse(items !== 'no-climate', 'Scenariet har ingen klimatal.')
  return Response.json(items)
}
