/**
 * Bids on a sale. The first bid on an offered sale moves it to "Bud modtaget" (with the step in
 * its history), so nobody has to record that step by hand as well.
 */
import { todayIso } from '~/core/dates'
import { formatOre } from '~/core/money'
import { fail, nowIso, ok, type ServiceResult } from '~/core/result'
import { checkStep, SALE_STEP_LABELS, type StepRequest } from '~/core/sale-path'
import { setPropertyStatusForSale } from '~/features/properties/properties.server'
import { recordAudit } from '~/server/audit.server'
import { updateAudited } from '~/server/audited.server'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import { futureBidWarning, needsConfirmation } from './sale-warnings'
import { GONE, snapshotOf, stepRow } from './sales.server'
import { getSale, insertBid, insertSaleStep } from './sales.repo.server'
import type { BidInput } from './schemas'
import type { SaleRow } from './types'

type Bid = Omit<BidInput, 'acceptWarnings'>

/** The step "Bud modtaget" that the first bid on an offered sale records. */
function bidStep(bid: Bid): StepRequest {
  return {
    status: 'bid_received',
    date: bid.receivedDate,
    note: `Bud fra ${bid.bidder}: ${formatOre(bid.amountOre)}`,
    councilReference: null,
    offeringDeadline: null,
    priceOre: null,
    takeoverDate: null,
    buyer: null,
    bid: { bidder: bid.bidder, amountOre: bid.amountOre },
  }
}

/** Move an offered sale to "Bud modtaget" in the caller's transaction (the bid is already stored). */
async function moveToBidReceived(trx: Db, sale: SaleRow, bid: Bid): Promise<ServiceResult> {
  const step = bidStep(bid)
  const check = checkStep(await snapshotOf(trx, sale), step)
  if (!check.ok) return fail('invalid', check.message, { receivedDate: check.fieldErrors.date ?? [check.message] })
  const now = nowIso()
  const summary = `Salg ${sale.propertyName}: ${SALE_STEP_LABELS.bid_received}`
  const saved = await updateAudited(trx, 'sale', sale.id, sale.version, { ...check.patch, updatedAt: now }, summary, GONE)
  if (!saved.ok) return saved
  await insertSaleStep(trx, stepRow(sale.id, sale.status, step, true, now))
  await setPropertyStatusForSale(trx, sale.propertyId, check.propertyStatus, now)
  return ok({ id: sale.id })
}

/**
 * Register one more bid while the property is offered or bids are being weighed; an offered sale
 * moves to "Bud modtaget". A bid dated after `today` is saved only with `acceptWarnings`.
 * @example await registerBid(db, 3, { bidder: 'Rårup Udvikling ApS', amountOre: 310_000_000, receivedDate: '2024-02-20', note: '', acceptWarnings: 0 })
 */
export async function registerBid(db: Db, saleId: number, input: BidInput, today: string = todayIso()): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const sale = await getSale(trx, saleId)
    if (!sale) return fail('not_found', GONE)
    if (sale.status !== 'offered' && sale.status !== 'bid_received') {
      return fail('blocked', 'Bud kan kun registreres, mens ejendommen er udbudt, eller der er modtaget bud.')
    }
    const warning = futureBidWarning(input.receivedDate, today)
    if (warning && input.acceptWarnings !== 1) return needsConfirmation(warning)
    const { acceptWarnings: _accepted, ...bid } = input
    await insertBid(trx, { saleId, ...bid, createdAt: nowIso() })
    // The bid is recorded under its sale's id: a bid is read with the sale it belongs to.
    await recordAudit(trx, 'create', 'bid', saleId, null, bid, `Bud på ${sale.propertyName}: ${bid.bidder}`)
    if (sale.status === 'offered') return moveToBidReceived(trx, sale, bid)
    return ok({ id: saleId })
  })
}
