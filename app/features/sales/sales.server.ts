/**
 * Use cases for sales: designate a property, record each step of the public offering, register bids,
 * edit the valuation. Each runs in one transaction and keeps the property's status in step.
 */
import type { Sale } from '#db/schema'
import { todayIso } from '~/core/dates'
import { oreToKroner, sum } from '~/core/money'
import { CONFLICT_MESSAGE, fail, nowIso, ok, type ServiceResult } from '~/core/result'
import { checkStep, SALE_STEP_LABELS, saleAmounts, type SaleSnapshot, type StepRequest } from '~/core/sale-path'
import { getPropertyForSale, setPropertyStatusForSale } from '~/features/properties/properties.server'
import { insertAudited, updateAudited } from '~/server/audited.server'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import {
  countBids,
  getSale,
  getSaleOfProperty as findSaleOfProperty,
  insertBid,
  insertSaleStep,
  lastStepDate,
  latestBidDate,
  listSaleAmounts,
  listTakeoverDates,
} from './sales.repo.server'
import { needsConfirmation, stepDateWarning } from './sale-warnings'
import type { DesignateInput, SaleDetailsInput, StepInput } from './schemas'
import type { SaleRow, SalesTotals } from './types'

export const GONE = 'Salget findes ikke længere.'

/** The sale a designation starts, and its first step. */
function designation(propertyId: number, input: DesignateInput, now: string) {
  const sale = {
    propertyId,
    status: 'designated' as const,
    designatedDate: input.date,
    councilReference: input.councilReference,
    offeringDeadline: null,
    expectedPriceOre: input.expectedPriceOre,
    realisedPriceOre: null,
    saleCostsOre: input.saleCostsOre ?? 0,
    takeoverDate: null,
    buyer: '',
    note: input.note,
    createdAt: now,
    updatedAt: now,
  }
  const step = {
    status: 'designated' as const,
    fromStatus: null,
    date: input.date,
    note: input.note,
    councilReference: input.councilReference,
    offeringDeadline: null,
    priceOre: null,
    takeoverDate: null,
    buyer: null,
    createdAt: now,
  }
  return { sale, step }
}

/**
 * Designate an owned property for sale: creates the sale, its first step and sets the property's status.
 * @example await designateForSale(db, { propertyId: 7, date: '2023-07-03', councilReference: 'Byrådet 03.07.2023, pkt. 12', … })
 */
export async function designateForSale(db: Db, input: DesignateInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const property = await getPropertyForSale(trx, input.propertyId)
    if (!property) return fail('invalid', 'Ejendommen findes ikke.', { propertyId: ['Vælg en ejendom fra listen'] })
    if (property.ownership !== 'owned') {
      return fail('invalid', `${property.name} er lejet; kun ejede ejendomme kan sælges.`, { propertyId: ['Vælg en ejet ejendom'] })
    }
    if (await findSaleOfProperty(trx, property.id))
      return fail('blocked', `${property.name} har allerede et salg. Registrér næste trin på salgets side.`, {
        propertyId: ['Ejendommen har allerede et salg'],
      })
    const now = nowIso()
    const { sale, step } = designation(property.id, input, now)
    const id = await insertAudited(trx, 'sale', sale, `Udpeget til salg: ${property.name}`)
    await insertSaleStep(trx, { ...step, saleId: id })
    await setPropertyStatusForSale(trx, property.id, 'designated', now)
    return ok({ id })
  })
}

/**
 * The form's text fields as the rules' request: blank is null.
 * @example toStepRequest({ status: 'offered', buyer: ' ', … }).buyer // null
 */
export function toStepRequest(input: StepInput): StepRequest {
  const blank = (v: string) => (v.trim() === '' ? null : v.trim())
  return {
    status: input.status,
    date: input.date,
    note: input.note,
    councilReference: blank(input.councilReference),
    offeringDeadline: input.offeringDeadline,
    priceOre: input.priceOre,
    takeoverDate: input.takeoverDate,
    buyer: blank(input.buyer),
    bid: { bidder: blank(input.bidder), amountOre: input.bidAmountOre },
  }
}

/** The step as recorded: "Bud modtaget" keeps the bid it recorded; the other steps their price and buyer. */
export function stepRow(saleId: number, from: Sale['status'], step: StepRequest, withBid: boolean, now: string) {
  const recorded =
    withBid && step.bid
      ? { priceOre: step.bid.amountOre, buyer: step.bid.bidder, takeoverDate: null }
      : { priceOre: step.priceOre, takeoverDate: step.takeoverDate, buyer: step.buyer }
  return {
    saleId,
    status: step.status,
    fromStatus: from,
    date: step.date,
    note: step.note,
    councilReference: step.councilReference,
    offeringDeadline: step.offeringDeadline,
    createdAt: now,
    ...recorded,
  }
}

/** What the sale path rules read of a sale. */
export async function snapshotOf(db: Db, sale: SaleRow): Promise<SaleSnapshot> {
  return {
    status: sale.status,
    lastStepDate: await lastStepDate(db, sale.id),
    bidCount: await countBids(db, sale.id),
    buyer: sale.buyer,
    realisedPriceOre: sale.realisedPriceOre,
    takeoverDate: sale.takeoverDate,
    designatedDate: sale.designatedDate,
  }
}

/**
 * Record the next step of a sale made on `version`. Refused (with field messages) when the path does
 * not allow the move or the step lacks its data; nothing is written then. A bid dated after `today`
 * or a step dated before the latest bid is saved only with `acceptWarnings`.
 * @example await recordSaleStep(db, 3, 2, { status: 'sold', date: '2024-03-01', priceOre: 185_000_000, takeoverDate: '2024-03-16', … })
 */
export async function recordSaleStep(
  db: Db,
  saleId: number,
  version: number,
  input: StepInput,
  today: string = todayIso(),
): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const sale = await getSale(trx, saleId)
    if (!sale) return fail('not_found', GONE)
    if (sale.version !== version) return fail('conflict', CONFLICT_MESSAGE)
    const step = toStepRequest(input)
    const check = checkStep(await snapshotOf(trx, sale), step)
    if (!check.ok) return fail('invalid', check.message, check.fieldErrors)
    const warning = stepDateWarning(step, await latestBidDate(trx, saleId), today)
    if (warning && input.acceptWarnings !== 1) return needsConfirmation(warning)
    const now = nowIso()
    const summary = `Salg ${sale.propertyName}: ${SALE_STEP_LABELS[step.status]}`
    const saved = await updateAudited(trx, 'sale', saleId, version, { ...check.patch, updatedAt: now }, summary, GONE)
    if (!saved.ok) return saved
    await insertSaleStep(trx, stepRow(saleId, sale.status, step, check.addBid, now))
    if (check.addBid && step.bid)
      await insertBid(trx, {
        saleId,
        bidder: step.bid.bidder!,
        amountOre: step.bid.amountOre!,
        receivedDate: step.date,
        note: '',
        createdAt: now,
      })
    await setPropertyStatusForSale(trx, sale.propertyId, check.propertyStatus, now)
    return ok({ id: saleId })
  })
}

/** Save the valuation, sale costs and note made on `version`. @example await editSaleDetails(db, 3, { version: 2, saleCostsOre: 5_000_000, … }) */
export async function editSaleDetails(db: Db, saleId: number, input: SaleDetailsInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const before = await getSale(trx, saleId)
    if (!before) return fail('not_found', GONE)
    const { version, ...details } = input
    const summary = `Salg ${before.propertyName}: oplysninger`
    const saved = await updateAudited(trx, 'sale', saleId, version, { ...details, updatedAt: nowIso() }, summary, GONE)
    return saved.ok ? ok({ id: saleId }) : saved
  })
}

/**
 * Realised so far, expected for the rest, and the total (withdrawn sales count in neither).
 * @example (await salesTotals(db)).realisedOre // 530_000_000 with the demo data
 */
export async function salesTotals(db: Db): Promise<SalesTotals> {
  const rows = await listSaleAmounts(db)
  const amounts = rows.map(saleAmounts)
  const realised = sum(amounts.map((a) => oreToKroner(a.realisedOre)))
  const expected = sum(amounts.map((a) => oreToKroner(a.expectedOre)))
  const toOre = (k: ReturnType<typeof sum>) => k.times(100).toNumber()
  return {
    realisedOre: toOre(realised),
    expectedOre: toOre(expected),
    totalOre: toOre(realised.plus(expected)),
    soldCount: rows.filter((r) => r.status === 'sold').length,
    openCount: rows.filter((r) => r.status !== 'sold' && r.status !== 'withdrawn').length,
    withdrawnCount: rows.filter((r) => r.status === 'withdrawn').length,
  }
}

export type { SaleRow }

// Added for leases (the deadlines page)
/**
 * Sales (not withdrawn) whose takeover falls from `from` to `to` (ISO), with the property's id and name.
 * @example await listTakeovers(db, '2024-01-01', '2024-12-31')
 */
export async function listTakeovers(
  db: Db,
  from: string,
  to: string,
): Promise<{ propertyId: number; propertyName: string; takeoverDate: string; priceOre: number | null }[]> {
  const rows = await listTakeoverDates(db, from, to)
  return rows.map((s) => ({
    propertyId: s.id,
    propertyName: s.name,
    takeoverDate: s.takeoverDate!,
    priceOre: s.realisedPriceOre ?? s.expectedPriceOre,
  }))
}

/** The sale of a property, if it has one (the property page shows it). @example await getSaleOfProperty(db, 7) */
export function getSaleOfProperty(db: Db, propertyId: number): Promise<Sale | undefined> {
  return findSaleOfProperty(db, propertyId)
}
