/**
 * GET /scenarier/:id/poster?aar=2024|full&raekke=savedOperating[&side=N]: the line items behind
 * one figure (JSON), a page of LINE_ITEMS_PER_PAGE at a time with the total of them all (a
 * national scenario's figure sums tens of thousands). Climate rows (raekke=climateCo2e …) answer
 * in their unit, MWh or tonnes.
 */
import { CATEGORY_LABELS } from '~/core/savings'
import { Money, sum } from '~/core/money'
import { pageSlice } from '~/core/paging'
import { computeScenarioCached } from '~/features/scenarios/scenario-cache.server'
import { cellLineItems, statusParam, type RowKey } from '~/features/scenarios/scenario-view'
import { CLIMATE_ROWS, climateCellItems, isClimateRow } from '~/features/scenarios/climate-view'
import { getDb } from '~/server/db.server'
import { invariantResponse, parseId } from '~/server/http'
import type { Route } from './+types/scenarier.$id.poster'

/** Line items per page of the panel under the year table. */
const LINE_ITEMS_PER_PAGE = 100

/** One page of the items and the total of all of them. */
function answer<T extends { amount: string }>(all: T[], side: string | null, extra: object = {}) {
  const { items, info } = pageSlice(all, side, LINE_ITEMS_PER_PAGE)
  const total = sum(all.map((i) => new Money(i.amount))).toString()
  return Response.json({ items, total, count: info.total, page: info.page, pageCount: info.pageCount, pageSize: info.pageSize, ...extra })
}

export async function loader({ params, request }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Scenariet')
  const url = new URL(request.url)
  const key = url.searchParams.get('raekke') ?? ''
  invariantResponse(key in CATEGORY_LABELS || isClimateRow(key), 'Ukendt række.', 400)
  const yearText = url.searchParams.get('aar') ?? ''
  const year = yearText === 'full' ? 'full' : Number(yearText)
  invariantResponse(year === 'full' || Number.isInteger(year), 'Ukendt år.', 400)
  const view = url.searchParams.get('visning')
  const side = url.searchParams.get('side')
  const computed = await computeScenarioCached(await getDb(), id, statusParam(view))
  invariantResponse(computed, 'Scenariet findes ikke.')
  if (isClimateRow(key)) {
    const climate = computed.result.climate
    invariantResponse(climate, 'Scenariet har ingen klimatal.')
    return answer(climateCellItems(climate, year, key, computed.result.firstYear), side, { unit: CLIMATE_ROWS[key].unit })
  }
  return answer(cellLineItems(computed.result, year, key as RowKey), side)
}
