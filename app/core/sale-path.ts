/**
 * The public-offering path of a municipal sale (kommunestyrelseslovens § 68): which step may follow
 * which, what each step needs before it can be recorded, and what it changes on the sale and the
 * property. Pure: no I/O, so every rule is unit-tested (tests/unit/sales/).
 */
import type { PropertyStatus, SaleStatus } from '#db/schema'

export const SALE_STATUSES: readonly SaleStatus[] = ['designated', 'offered', 'bid_received', 'conditionally_sold', 'sold', 'withdrawn']

/**
 * Allowed moves. Forward along the path; back only where the real process goes back (an offering
 * cancelled, every bid rejected, a condition not met); withdrawn from anything not yet sold, and a
 * withdrawn property can be designated again by a new council decision. Sold is final.
 */
export const SALE_TRANSITIONS: Readonly<Record<SaleStatus, readonly SaleStatus[]>> = {
  designated: ['offered', 'withdrawn'],
  offered: ['bid_received', 'designated', 'withdrawn'],
  bid_received: ['conditionally_sold', 'sold', 'offered', 'withdrawn'],
  conditionally_sold: ['sold', 'bid_received', 'offered', 'withdrawn'],
  sold: [],
  withdrawn: ['designated'],
}

/** Danish verbs for the step buttons and history. */
export const SALE_STEP_LABELS: Readonly<Record<SaleStatus, string>> = {
  designated: 'Udpeget til salg',
  offered: 'Udbudt',
  bid_received: 'Bud modtaget',
  conditionally_sold: 'Betinget solgt',
  sold: 'Solgt',
  withdrawn: 'Trukket tilbage',
}

/** @example allowedNextSteps('designated') // ['offered', 'withdrawn'] */
export function allowedNextSteps(from: SaleStatus): readonly SaleStatus[] {
  return SALE_TRANSITIONS[from]
}

/** @example canMove('sold', 'withdrawn') // false */
export function canMove(from: SaleStatus, to: SaleStatus): boolean {
  return SALE_TRANSITIONS[from].includes(to)
}

/** The property's status while its sale is in a given state. A withdrawn sale returns it to use. */
export function propertyStatusForSale(status: SaleStatus): PropertyStatus {
  switch (status) {
    case 'designated':
      return 'designated'
    case 'offered':
    case 'bid_received':
    case 'conditionally_sold':
      return 'on_offer'
    case 'sold':
      return 'sold'
    case 'withdrawn':
      return 'in_use'
  }
}

/** The sale as the rules need to see it. Amounts in øre, dates ISO. */
export interface SaleSnapshot {
  status: SaleStatus
  /** Date of the latest recorded step (a new step may not come before it). */
  lastStepDate: string | null
  bidCount: number
  buyer: string
  realisedPriceOre: number | null
  takeoverDate: string | null
  designatedDate: string | null
}

/** What the user asks to record. Blank fields are null. */
export interface StepRequest {
  status: SaleStatus
  date: string
  note: string
  councilReference: string | null
  offeringDeadline: string | null
  priceOre: number | null
  takeoverDate: string | null
  buyer: string | null
  bid: { bidder: string | null; amountOre: number | null } | null
}

/** The fields a step writes on the sale row. */
export interface SalePatch {
  status: SaleStatus
  designatedDate?: string
  councilReference?: string
  offeringDeadline?: string | null
  realisedPriceOre?: number | null
  takeoverDate?: string | null
  buyer?: string
}

export type StepCheck =
  | { ok: true; patch: SalePatch; propertyStatus: PropertyStatus; addBid: boolean }
  | { ok: false; message: string; fieldErrors: Record<string, string[]> }

const NEEDS_DATA = 'Trinnet kan ikke registreres endnu: udfyld de markerede felter.'

function formatDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`
}

function moveError(sale: SaleSnapshot, to: SaleStatus): StepCheck {
  const next = allowedNextSteps(sale.status)
  const from = SALE_STEP_LABELS[sale.status].toLowerCase()
  const message =
    next.length === 0
      ? `Salget er ${from} og afsluttet; der kan ikke registreres flere trin.`
      : `Et salg, der er ${from}, kan ikke gå direkte til "${SALE_STEP_LABELS[to]}". Mulige næste trin: ${next.map((s) => SALE_STEP_LABELS[s]).join(', ')}.`
  return { ok: false, message, fieldErrors: { status: [message] } }
}

/** Field messages for the data a step needs; empty when all is there. */
function missingData(sale: SaleSnapshot, step: StepRequest): Record<string, string[]> {
  const errors: Record<string, string[]> = {}
  const add = (field: string, message: string) => (errors[field] ??= []).push(message)
  if (sale.lastStepDate && step.date < sale.lastStepDate) {
    add('date', `Datoen kan ikke ligge før forrige trin (${formatDate(sale.lastStepDate)})`)
  }
  // A bid is entered with the step "Bud modtaget"; other steps ignore the bid fields.
  const bidGiven = step.status === 'bid_received' && step.bid && (step.bid.bidder || step.bid.amountOre != null)
  if (bidGiven && !step.bid!.bidder) add('bidder', 'Angiv budgiveren')
  if (bidGiven && step.bid!.amountOre == null) add('bidAmountOre', 'Angiv buddets beløb')
  switch (step.status) {
    case 'designated':
      if (!step.councilReference) add('councilReference', 'Angiv byrådets beslutning, fx "Byrådet 03.07.2023, pkt. 12"')
      break
    case 'offered':
      if (!step.offeringDeadline) add('offeringDeadline', 'Et udbud kræver en budfrist')
      else if (step.offeringDeadline < step.date) add('offeringDeadline', 'Budfristen kan ikke ligge før udbudsdatoen')
      break
    case 'bid_received':
      if (sale.bidCount === 0 && !bidGiven) {
        add('bidder', 'Registrér buddet: budgiver og beløb')
        add('bidAmountOre', 'Angiv buddets beløb')
      }
      break
    case 'conditionally_sold':
      if (!step.buyer) add('buyer', 'Angiv køberen')
      if (step.priceOre == null) add('priceOre', 'Angiv den aftalte pris')
      break
    case 'sold':
      if (!step.buyer && !sale.buyer) add('buyer', 'Angiv køberen')
      if (step.priceOre == null) add('priceOre', 'Et salg kan ikke registreres som solgt uden den realiserede pris')
      if (!step.takeoverDate) add('takeoverDate', 'Et salg kan ikke registreres som solgt uden overtagelsesdagen')
      break
    case 'withdrawn':
      if (!step.note) add('note', 'Angiv hvorfor salget trækkes tilbage')
      break
  }
  return errors
}

/** What the step writes on the sale. Going back before a sale agreement clears buyer, price and takeover. */
function patchFor(sale: SaleSnapshot, step: StepRequest): SalePatch {
  const clearAgreement = { realisedPriceOre: null, takeoverDate: null, buyer: '' }
  switch (step.status) {
    case 'designated':
      return {
        status: 'designated',
        designatedDate: step.date,
        councilReference: step.councilReference ?? '',
        offeringDeadline: null,
        ...clearAgreement,
      }
    case 'offered':
      return { status: 'offered', offeringDeadline: step.offeringDeadline, ...clearAgreement }
    case 'bid_received':
      return sale.status === 'conditionally_sold' ? { status: 'bid_received', ...clearAgreement } : { status: 'bid_received' }
    case 'conditionally_sold':
      return { status: 'conditionally_sold', buyer: step.buyer ?? '', realisedPriceOre: step.priceOre, takeoverDate: step.takeoverDate }
    case 'sold':
      return { status: 'sold', buyer: step.buyer || sale.buyer, realisedPriceOre: step.priceOre, takeoverDate: step.takeoverDate }
    case 'withdrawn':
      return { status: 'withdrawn' }
  }
}

/**
 * Check a requested step against the path and its data, and say what it changes.
 * @example checkStep(sale, { status: 'sold', priceOre: null, … }) // { ok: false, fieldErrors: { priceOre: [...] } }
 */
export function checkStep(sale: SaleSnapshot, step: StepRequest): StepCheck {
  if (!canMove(sale.status, step.status)) return moveError(sale, step.status)
  const fieldErrors = missingData(sale, step)
  if (Object.keys(fieldErrors).length > 0) return { ok: false, message: NEEDS_DATA, fieldErrors }
  const addBid = step.status === 'bid_received' && Boolean(step.bid?.bidder && step.bid.amountOre != null)
  return { ok: true, patch: patchFor(sale, step), propertyStatus: propertyStatusForSale(step.status), addBid }
}

/** Whether a sale counts as realised (sold) or still expected; withdrawn sales count as neither. */
export function saleAmounts(sale: { status: SaleStatus; expectedPriceOre: number | null; realisedPriceOre: number | null }): {
  realisedOre: number
  expectedOre: number
} {
  if (sale.status === 'withdrawn') return { realisedOre: 0, expectedOre: 0 }
  if (sale.status === 'sold') return { realisedOre: sale.realisedPriceOre ?? 0, expectedOre: 0 }
  // An agreed price (betinget solgt) is a better estimate than the valuation.
  return { realisedOre: 0, expectedOre: sale.realisedPriceOre ?? sale.expectedPriceOre ?? 0 }
}
