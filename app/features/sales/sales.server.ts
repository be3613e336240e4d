/**
 * Use cases for sales: designate a property, record each step of the public offering, register bids,
 * edit the valuation. Each runs in one transaction and keeps the property's status in step.
 */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '#db/schema'
import { recordAudit } from '~/server/audit.server'
import { oreToKroner, sum } from '~/core/money'
import {
  countBids,
  getSale,
  insertBid,
  insertSale,
  insertSaleStep,
  lastStepDate,
  listSaleAmounts,
  setPropertyStatus,
  updateSale,
  type SaleRow,
} from '~/features/sales/sales.repo.server'
import { getProperty } from '~/features/properties/properties.repo.server'
import { checkStep, saleAmounts, type StepRequest } from '~/core/sale-path'
import type { BidInput, DesignateInput, SaleDetailsInput, StepInput } from '~/features/sales/schemas'
import { CONFLICT_MESSAGE, fail, nowIso, ok, type ServiceResult } from '~/core/result'

const GONE = 'Salget findes ikke længere.'

/**
 * Designate an owned property for sale: creates the sale, its first step and sets the property's status.
 * @example await designateForSale(db, { propertyId: 7, date: '2023-07-03', councilReference: 'Byrådet 03.07.2023, pkt. 12', … })
 */
export async function designateForSale(db: Kysely<Database>, input: DesignateInput): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const property = await getProperty(trx, input.propertyId)
    if (!property) return fail('invalid', 'Ejendommen findes ikke.', { propertyId: ['Vælg en ejendom fra listen'] })
    if (property.ownership !== 'owned') {
      return fail('invalid', `${property.name} er lejet; kun ejede ejendomme kan sælges.`, { propertyId: ['Vælg en ejet ejendom'] })
    }
    const existing = await trx.selectFrom('sale').select('id').where('propertyId', '=', property.id).executeTakeFirst()
    if (existing)
      return fail('blocked', `${property.name} har allerede et salg. Registrér næste trin på salgets side.`, {
        propertyId: ['Ejendommen har allerede et salg'],
      })
    const now = nowIso()
    const id = await insertSale(trx, {
      propertyId: property.id,
      status: 'designated',
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
    })
    await insertSaleStep(trx, {
      saleId: id,
      status: 'designated',
      fromStatus: null,
      date: input.date,
      note: input.note,
      councilReference: input.councilReference,
      offeringDeadline: null,
      priceOre: null,
      takeoverDate: null,
      buyer: null,
      createdAt: now,
    })
    await setPropertyStatus(trx, property.id, 'designated', now)
    await recordAudit(trx, 'create', 'sale', id, null, await getSale(trx, id), `Udpeget til salg: ${property.name}`)
    return ok({ id })
  })
}

/** The form's text fields as the rules' request: blank is null. */
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

/**
 * Record the next step of a sale made on `version`. Refused (with field messages) when the path does
 * not allow the move or the step lacks its data; nothing is written then.
 * @example await recordSaleStep(db, 3, 2, { status: 'sold', date: '2024-03-01', priceOre: 185_000_000, takeoverDate: '2024-03-16', … })
 */
export async function recordSaleStep(db: Kysely<Database>, saleId: number, version: number, input: StepInput): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const sale = await getSale(trx, saleId)
    if (!sale) return fail('not_found', GONE)
    if (sale.version !== version) return fail('conflict', CONFLICT_MESSAGE)
    const step = toStepRequest(input)
    const check = checkStep(
      {
        status: sale.status,
        lastStepDate: await lastStepDate(trx, saleId),
        bidCount: await countBids(trx, saleId),
        buyer: sale.buyer,
        realisedPriceOre: sale.realisedPriceOre,
        takeoverDate: sale.takeoverDate,
        designatedDate: sale.designatedDate,
      },
      step,
    )
    if (!check.ok) return fail('invalid', check.message, check.fieldErrors)
    const now = nowIso()
    if (!(await updateSale(trx, saleId, version, { ...check.patch, updatedAt: now }))) return fail('conflict', CONFLICT_MESSAGE)
    await insertSaleStep(trx, {
      saleId,
      status: step.status,
      fromStatus: sale.status,
      date: step.date,
      note: step.note,
      councilReference: step.councilReference,
      offeringDeadline: step.offeringDeadline,
      createdAt: now,
      // "Bud modtaget" keeps the bid it recorded; the other steps their price and buyer.
      ...(check.addBid && step.bid
        ? { priceOre: step.bid.amountOre, buyer: step.bid.bidder, takeoverDate: null }
        : { priceOre: step.priceOre, takeoverDate: step.takeoverDate, buyer: step.buyer }),
    })
    if (check.addBid && step.bid)
      await addBidRow(trx, saleId, { bidder: step.bid.bidder!, amountOre: step.bid.amountOre!, receivedDate: step.date, note: '' }, now)
    await setPropertyStatus(trx, sale.propertyId, check.propertyStatus, now)
    await recordAudit(trx, 'update', 'sale', saleId, sale, await getSale(trx, saleId), `Salg ${sale.propertyName}: ${step.status}`)
    return ok({ id: saleId })
  })
}

async function addBidRow(trx: Transaction<Database>, saleId: number, bid: BidInput, now: string) {
  await insertBid(trx, {
    saleId,
    bidder: bid.bidder,
    amountOre: bid.amountOre,
    receivedDate: bid.receivedDate,
    note: bid.note,
    createdAt: now,
  })
}

/** Register one more bid while the property is offered or bids are being weighed. */
export async function registerBid(db: Kysely<Database>, saleId: number, input: BidInput): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const sale = await getSale(trx, saleId)
    if (!sale) return fail('not_found', GONE)
    if (sale.status !== 'offered' && sale.status !== 'bid_received') {
      return fail('blocked', 'Bud kan kun registreres, mens ejendommen er udbudt, eller der er modtaget bud.')
    }
    await addBidRow(trx, saleId, input, nowIso())
    await recordAudit(trx, 'create', 'bid', saleId, null, input, `Bud på ${sale.propertyName}: ${input.bidder}`)
    return ok({ id: saleId })
  })
}

/** Save the valuation, sale costs and note made on `version`. */
export async function editSaleDetails(db: Kysely<Database>, saleId: number, input: SaleDetailsInput): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const before = await getSale(trx, saleId)
    if (!before) return fail('not_found', GONE)
    const saved = await updateSale(trx, saleId, input.version, {
      expectedPriceOre: input.expectedPriceOre,
      saleCostsOre: input.saleCostsOre,
      note: input.note,
      updatedAt: nowIso(),
    })
    if (!saved) return fail('conflict', CONFLICT_MESSAGE)
    await recordAudit(trx, 'update', 'sale', saleId, before, await getSale(trx, saleId), `Salg ${before.propertyName}: oplysninger`)
    return ok({ id: saleId })
  })
}

export interface SalesTotals {
  /** Prices of sold properties, øre. */
  realisedOre: number
  /** Agreed or expected prices of the sales still under way, øre. */
  expectedOre: number
  totalOre: number
  soldCount: number
  openCount: number
  withdrawnCount: number
}

/**
 * Realised so far, expected for the rest, and the total (withdrawn sales count in neither).
 * @example (await salesTotals(db)).realisedOre // 530_000_000 with the demo data
 */
export async function salesTotals(db: Kysely<Database> | Transaction<Database>): Promise<SalesTotals> {
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

// Added for properties (the property page) and leases (the deadlines page)
import { getSaleOfProperty as findSaleOfPropertyRow, listTakeoverDates } from '~/features/sales/sales.repo.server'
import type { Sale } from '#db/schema'

/** The sale of a property, if it has one. @example await findSaleOfProperty(db, 7) */
export function findSaleOfProperty(db: Kysely<Database>, propertyId: number): Promise<Sale | undefined> {
  return findSaleOfPropertyRow(db, propertyId)
}

/**
 * Sales (not withdrawn) whose takeover falls from `from` to `to` (ISO), with the property's id and name.
 * @example await listTakeovers(db, '2024-01-01', '2024-12-31')
 */
export async function listTakeovers(
  db: Kysely<Database>,
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
