/** What the sales pages read: the grid and its exports, the designate form's choices, and one sale's page. */
import { todayIso } from '~/core/dates'
import { allowedNextSteps } from '~/core/sale-path'
import type { Db } from '~/server/db.server'
import type { GridRequest } from '~/server/grid-query.server'
import { saleEffect } from './sale-effect.server'
import {
  anyDesignatableProperty,
  designatableName,
  findDesignatableProperties,
  getSale,
  listBids,
  listSaleSteps,
  listSalesPage,
  streamSales,
} from './sales.repo.server'
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

/**
 * The designate form: whether any property can still be designated, and the name of the one the
 * address asks for ('' when it cannot be designated). The picker searches the rest on the server.
 * @example await designatePage(db, '12') // { anyEligible: true, preselected: '12', preselectedLabel: 'Rask Mølle gamle skole' }
 */
export async function designatePage(db: Db, requested: string) {
  const id = Number(requested)
  const name = Number.isInteger(id) && id > 0 ? await designatableName(db, id) : undefined
  return { anyEligible: await anyDesignatableProperty(db), preselected: name ? String(id) : '', preselectedLabel: name ?? '' }
}

/**
 * Properties that can be designated for sale (owned, not sold, no sale yet) matching every word,
 * for the picker (`/api/v1/choices?kind=sale_eligible_property`).
 * @example await designatableChoices(db, ['skole'], 20) // [{ id: 12, label: 'Rask Mølle gamle skole', detail: 'Skolegade 1, Rask Mølle' }]
 */
export async function designatableChoices(db: Db, words: readonly string[], limit: number) {
  return (await findDesignatableProperties(db, words, limit)).map((p) => ({
    id: p.id,
    label: p.name,
    detail: [p.address, p.town].filter(Boolean).join(', '),
  }))
}
