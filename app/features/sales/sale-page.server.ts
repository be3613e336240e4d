/** What the sales pages read: the grid and its exports, the designate form's choices, and one sale's page. */
import { todayIso } from '~/core/dates'
import { allowedNextSteps } from '~/core/sale-path'
import type { Db } from '~/server/db.server'
import type { GridRequest } from '~/server/grid-query.server'
import { saleEffect } from './sale-effect.server'
import { getSale, listBids, listDesignatableProperties, listSaleSteps, listSalesPage, streamSales } from './sales.repo.server'
import type { SalePage, SaleRow } from './types'

/**
 * One sale's page; null when it does not exist.
 * @example const page = await getSalePage(db, 3)
 */
export async function getSalePage(db: Db, saleId: number): Promise<SalePage | null> {
  const sale = await getSale(db, saleId)
  if (!sale) return null
  const today = todayIso()
  const [steps, bids, effect] = await Promise.all([listSaleSteps(db, saleId), listBids(db, saleId), saleEffect(db, sale, today)])
  return { sale, steps, bids, nextSteps: allowedNextSteps(sale.status), effect, today }
}

/**
 * One page of the sales grid and the total matching its filters.
 * @example await salesGridPage(db, parseGridRequest(url.searchParams))
 */
export function salesGridPage(db: Db, req: GridRequest): Promise<{ rows: SaleRow[]; total: number }> {
  return listSalesPage(db, req)
}

/** Every sale the grid's filters match, in its order, in batches (CSV and Excel). @example salesForExport(db, req) */
export function salesForExport(db: Db, req: GridRequest): AsyncGenerator<SaleRow[]> {
  return streamSales(db, req)
}

/** Owned properties with no sale that are not sold: what can be designated. @example await designatableProperties(db) */
export function designatableProperties(db: Db): Promise<{ id: number; name: string; town: string }[]> {
  return listDesignatableProperties(db)
}
