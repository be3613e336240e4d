/** Everything the page of one sale shows: the sale, its path, history, bids and budget effect. */
import type { Kysely } from 'kysely'
import type { Bid, Database, SaleStatus, SaleStep } from '#db/schema'
import { todayIso } from '~/core/dates'
import { getSale, listBids, listSaleSteps, type SaleRow } from '~/features/sales/sales.repo.server'
import { allowedNextSteps } from '~/core/sale-path'
import { saleEffect, type SaleEffect } from './sale-effect.server'

export interface SalePage {
  sale: SaleRow
  steps: SaleStep[]
  bids: Bid[]
  nextSteps: readonly SaleStatus[]
  effect: SaleEffect | null
  today: string
}

/**
 * Load one sale's page; null when it does not exist.
 * @example const page = await loadSalePage(db, 3)
 */
export async function loadSalePage(db: Kysely<Database>, saleId: number): Promise<SalePage | null> {
  const sale = await getSale(db, saleId)
  if (!sale) return null
  const today = todayIso()
  const [steps, bids, effect] = await Promise.all([listSaleSteps(db, saleId), listBids(db, saleId), saleEffect(db, sale, today)])
  return { sale, steps, bids, nextSteps: allowedNextSteps(sale.status), effect, today }
}
