/**
 * GET /scenarier/:id/poster?aar=2024|full&raekke=savedOperating: the line items behind one figure
 * (JSON). Climate rows (raekke=climateCo2e …) answer in their unit, MWh or tonnes.
 */
import { CATEGORY_LABELS, type StatusFilter } from '~/core/savings'
import { Money, sum } from '~/core/money'
import { computeScenarioCached } from '~/features/scenarios/scenario-cache.server'
import { cellLineItems, type RowKey } from '~/features/scenarios/scenario-view'
import { CLIMATE_ROWS, climateCellItems, isClimateRow } from '~/features/scenarios/climate-view'
import { getDb } from '~/server/db.server'
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
  const view = url.searchParams.get('visning')
  const computed = await computeScenarioCached(
    await getDb(),
    id,
    ['realised', 'decided', 'all'].includes(view ?? '') ? (view as StatusFilter) : undefined,
  )
  invariantResponse(computed, 'Scenariet findes ikke.')
  if (isClimateRow(key)) {
    const climate = computed.result.climate
    invariantResponse(climate, 'Scenariet har ingen klimatal.')
    const items = climateCellItems(climate, year, key, computed.result.firstYear)
    return Response.json({ items, total: sum(items.map((i) => new Money(i.amount))).toString(), unit: CLIMATE_ROWS[key].unit })
  }
  const items = cellLineItems(computed.result, year, key as RowKey)
  return Response.json({ items, total: sum(items.map((i) => new Money(i.amount))).toString() })
}
