/**
 * The demo sales' history: the steps each went through and the bids it received, derived from its
 * current status and dates (ILLUSTRATIVE, like all demo data). Called by seed.ts in its transaction.
 */
import type { NewBid, NewSaleStep, SaleStatus } from '#db/schema'
import { addDays } from '~/core/dates'
import type { Db } from '~/server/db.server'
import { insertDemoBid, insertDemoSaleStep, setDemoSalePrice } from './demo.repo.server'
import type { DemoSale } from './seed-data'

const ORDER: SaleStatus[] = ['designated', 'offered', 'bid_received', 'conditionally_sold', 'sold']
const ore = (kroner: number) => Math.round(kroner * 100)

/**
 * Steps and bids for one demo sale (without saleId).
 * @example demoSaleHistory(sale, '2023-07-03', 'Byrådet 03.07.2023, pkt. 12', DEMO_NOTE).steps.length
 */
export function demoSaleHistory(s: DemoSale, designatedDate: string, councilReference: string, note: string) {
  const reached = ORDER.indexOf(s.status)
  const deadline = s.offeringDeadline ?? addDays(designatedDate, 90)
  const price = s.realised ?? s.expected
  const dates: Record<SaleStatus, string> = {
    designated: designatedDate,
    offered: addDays(deadline, -42),
    bid_received: deadline,
    conditionally_sold: addDays(deadline, 14),
    sold: s.takeoverDate ? addDays(s.takeoverDate, -30) : addDays(deadline, 60),
    withdrawn: deadline,
  }
  const steps: Omit<NewSaleStep, 'saleId' | 'createdAt'>[] = []
  ORDER.forEach((status, i) => {
    if (i > reached) return
    steps.push({
      status,
      fromStatus: i === 0 ? null : ORDER[i - 1]!,
      date: dates[status],
      note,
      councilReference: status === 'designated' ? councilReference : null,
      offeringDeadline: status === 'offered' ? deadline : null,
      priceOre: status === 'bid_received' || status === 'conditionally_sold' || status === 'sold' ? ore(price) : null,
      takeoverDate: status === 'conditionally_sold' || status === 'sold' ? s.takeoverDate : null,
      buyer:
        status === 'bid_received' ? s.buyer || 'Privat budgiver' : status === 'conditionally_sold' || status === 'sold' ? s.buyer : null,
    })
  })
  const bids: Omit<NewBid, 'saleId' | 'createdAt'>[] =
    reached >= 2
      ? [
          { bidder: s.buyer || 'Privat budgiver', amountOre: ore(price), receivedDate: deadline, note },
          { bidder: 'Anden budgiver', amountOre: ore(Math.round(price * 0.9)), receivedDate: deadline, note },
        ]
      : []
  return { steps, bids }
}

/**
 * Insert the history of the demo sale with id `saleId`.
 * @example await insertDemoSaleHistory(trx, saleId, sale, '2023-07-03', 'Byrådet 03.07.2023, pkt. 12', DEMO_NOTE, now)
 */
export async function insertDemoSaleHistory(
  trx: Db,
  saleId: number,
  s: DemoSale,
  designatedDate: string,
  councilReference: string,
  note: string,
  now: string,
) {
  const { steps, bids } = demoSaleHistory(s, designatedDate, councilReference, note)
  for (const step of steps) await insertDemoSaleStep(trx, { ...step, saleId, createdAt: now })
  for (const bid of bids) await insertDemoBid(trx, { ...bid, saleId, createdAt: now })
  // A conditional sale has an agreed price (the sale path requires it); the demo's is the valuation.
  if (s.status === 'conditionally_sold' && s.realised === null) await setDemoSalePrice(trx, saleId, ore(s.expected))
}
