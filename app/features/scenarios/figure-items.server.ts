/**
 * The items behind one figure of the year table (the panel under it, /scenarier/:id/poster) and the
 * savings API's summary and lists (/api/v1/scenarios/:id/savings[/:list]): small answers cut from a
 * cached computation, so they can cross from the worker thread that computes (scenario-reads).
 */
import { Money, sum } from '~/core/money'
import { pageSlice } from '~/core/paging'
import type { StatusFilter } from '~/core/savings'
import { savingsListItems, savingsPage, savingsSummary, type ListYear, type SavingsListName } from '~/core/savings/document'
import type { Db } from '~/server/db.server'
import { CLIMATE_ROWS, climateCellItems, isClimateRow, type ClimateItemView } from './climate-view'
import { computeScenarioCached } from './scenario-cache.server'
import { cellLineItems, type LineItemView, type RowKey } from './scenario-view'

/** Line items per page of the panel under the year table. */
export const LINE_ITEMS_PER_PAGE = 100

export interface FigureItems {
  items: (LineItemView | ClimateItemView)[]
  /** The sum of every item, not only this page's. */
  total: string
  count: number
  page: number
  pageCount: number
  pageSize: number
  /** Climate rows: their unit. */
  unit?: 'MWh' | 't'
}

/** One page of the items and the total of all of them. */
function answer(all: (LineItemView | ClimateItemView)[], side: string | null, unit?: 'MWh' | 't'): FigureItems {
  const { items, info } = pageSlice(all, side, LINE_ITEMS_PER_PAGE)
  const total = sum(all.map((i) => new Money(i.amount))).toString()
  return { items, total, count: info.total, page: info.page, pageCount: info.pageCount, pageSize: info.pageSize, ...(unit ? { unit } : {}) }
}

/**
 * A page of the items behind one figure (`key`: a category, the net, or a climate row) of one
 * year or the full-year effect; null when the scenario is gone, 'no-climate' when a climate row is
 * asked of a scenario computed without climate.
 * @example await figureItems(db, 1, undefined, 2025, 'savedOperating', null)
 */
export async function figureItems(
  db: Db,
  id: number,
  view: StatusFilter | undefined,
  year: number | 'full',
  key: string,
  side: string | null,
): Promise<FigureItems | 'no-climate' | null> {
  const computed = await computeScenarioCached(db, id, view)
  if (!computed) return null
  if (!isClimateRow(key)) return answer(cellLineItems(computed.result, year, key as RowKey), side)
  const climate = computed.result.climate
  if (!climate) return 'no-climate'
  return answer(climateCellItems(climate, year, key, computed.result.firstYear), side, CLIMATE_ROWS[key].unit)
}

/** The savings API's figures without its lists (docs/api.md); null when the scenario is gone. */
export async function savingsSummaryOf(db: Db, id: number, view: StatusFilter | undefined): Promise<unknown> {
  const computed = await computeScenarioCached(db, id, view)
  return computed && savingsSummary(computed.scenario, computed.result)
}

/**
 * One page of one of the savings API's lists; null when the scenario is gone, 'refused' when the
 * list needs a year it was not given (or climate the scenario has not).
 */
export async function savingsListPage(
  db: Db,
  id: number,
  view: StatusFilter | undefined,
  list: SavingsListName,
  q: { year: ListYear | null; offset: number; limit: number },
): Promise<unknown> {
  const computed = await computeScenarioCached(db, id, view)
  if (!computed) return null
  const items = savingsListItems(computed.result, list, q.year)
  return items ? savingsPage(items, q.offset, q.limit) : 'refused'
}
