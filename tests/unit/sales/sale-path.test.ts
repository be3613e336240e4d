/** The sale path's rules: which steps follow which, what each step needs, and what it writes. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { SaleStatus } from '#db/schema'
import {
  allowedNextSteps,
  canMove,
  checkStep,
  propertyStatusForSale,
  SALE_STATUSES,
  saleAmounts,
  type SaleSnapshot,
  type StepRequest,
} from '~/core/sale-path'

const sale = (over: Partial<SaleSnapshot> = {}): SaleSnapshot => ({
  status: 'designated',
  lastStepDate: '2023-07-03',
  bidCount: 0,
  buyer: '',
  realisedPriceOre: null,
  takeoverDate: null,
  designatedDate: '2023-07-03',
  ...over,
})

const step = (over: Partial<StepRequest> = {}): StepRequest => ({
  status: 'offered',
  date: '2023-09-01',
  note: '',
  councilReference: null,
  offeringDeadline: null,
  priceOre: null,
  takeoverDate: null,
  buyer: null,
  bid: null,
  ...over,
})

describe('transitions', () => {
  it('follows the public-offering path forward', () => {
    expect(canMove('designated', 'offered')).toBe(true)
    expect(canMove('offered', 'bid_received')).toBe(true)
    expect(canMove('bid_received', 'conditionally_sold')).toBe(true)
    expect(canMove('conditionally_sold', 'sold')).toBe(true)
    expect(canMove('bid_received', 'sold')).toBe(true)
  })

  it('refuses skipping the offering and never leaves sold', () => {
    expect(canMove('designated', 'sold')).toBe(false)
    expect(canMove('designated', 'bid_received')).toBe(false)
    expect(canMove('offered', 'sold')).toBe(false)
    expect(allowedNextSteps('sold')).toEqual([])
  })

  it('allows withdrawing from every state but sold, and re-designating a withdrawn sale', () => {
    for (const s of SALE_STATUSES) expect(canMove(s, 'withdrawn')).toBe(s !== 'sold' && s !== 'withdrawn')
    expect(allowedNextSteps('withdrawn')).toEqual(['designated'])
  })

  it('allows the sensible back-steps only', () => {
    expect(canMove('offered', 'designated')).toBe(true)
    expect(canMove('bid_received', 'offered')).toBe(true)
    expect(canMove('conditionally_sold', 'bid_received')).toBe(true)
    expect(canMove('sold', 'conditionally_sold')).toBe(false)
    expect(canMove('bid_received', 'designated')).toBe(false)
  })

  it('keeps the property status in step: every reachable state maps to a property status', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10), { maxLength: 30 }), (choices) => {
        let s: SaleStatus = 'designated'
        for (const c of choices) {
          const next = allowedNextSteps(s)
          if (!next.length) break
          s = next[c % next.length]!
        }
        expect(['designated', 'on_offer', 'sold', 'in_use']).toContain(propertyStatusForSale(s))
      }),
    )
    expect(propertyStatusForSale('conditionally_sold')).toBe('on_offer')
    expect(propertyStatusForSale('sold')).toBe('sold')
    expect(propertyStatusForSale('withdrawn')).toBe('in_use')
  })
})

describe('what a step needs', () => {
  it('refuses a move the path does not allow, naming the possible steps', () => {
    const r = checkStep(sale(), step({ status: 'sold', priceOre: 1, takeoverDate: '2024-01-01', buyer: 'A' }))
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.fieldErrors.status?.[0]).toMatch(/kan ikke gå direkte til "Solgt"/)
      expect(r.message).toContain('Udbudt')
    }
  })

  it('refuses an offering without a deadline, and a deadline before the offering', () => {
    const none = checkStep(sale(), step({ status: 'offered' }))
    expect(none.ok ? null : none.fieldErrors).toEqual({ offeringDeadline: ['Et udbud kræver en budfrist'] })
    const early = checkStep(sale(), step({ status: 'offered', offeringDeadline: '2023-08-01' }))
    expect(early.ok ? null : early.fieldErrors.offeringDeadline).toEqual(['Budfristen kan ikke ligge før udbudsdatoen'])
  })

  it('refuses "sold" without realised price and takeover date', () => {
    const r = checkStep(sale({ status: 'conditionally_sold', buyer: 'Køber ApS' }), step({ status: 'sold' }))
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.fieldErrors.priceOre?.[0]).toMatch(/uden den realiserede pris/)
      expect(r.fieldErrors.takeoverDate?.[0]).toMatch(/uden overtagelsesdagen/)
      expect(r.fieldErrors.buyer).toBeUndefined()
    }
  })

  it('refuses "bud modtaget" without a bid, and a half-filled bid', () => {
    const none = checkStep(sale({ status: 'offered' }), step({ status: 'bid_received' }))
    expect(none.ok ? null : Object.keys(none.fieldErrors).sort()).toEqual(['bidAmountOre', 'bidder'])
    const half = checkStep(sale({ status: 'offered' }), step({ status: 'bid_received', bid: { bidder: 'A', amountOre: null } }))
    expect(half.ok ? null : half.fieldErrors).toEqual({ bidAmountOre: ['Angiv buddets beløb'] })
    const already = checkStep(sale({ status: 'offered', bidCount: 2 }), step({ status: 'bid_received' }))
    expect(already).toMatchObject({ ok: true, addBid: false })
  })

  it('refuses a step dated before the previous one', () => {
    const r = checkStep(sale({ lastStepDate: '2023-10-01' }), step({ offeringDeadline: '2023-12-01' }))
    expect(r.ok ? null : r.fieldErrors.date).toEqual(['Datoen kan ikke ligge før forrige trin (01.10.2023)'])
  })

  it('refuses designating without the council decision and withdrawing without a reason', () => {
    const d = checkStep(sale({ status: 'withdrawn' }), step({ status: 'designated' }))
    expect(d.ok ? null : Object.keys(d.fieldErrors)).toEqual(['councilReference'])
    const w = checkStep(sale(), step({ status: 'withdrawn' }))
    expect(w.ok ? null : w.fieldErrors.note).toEqual(['Angiv hvorfor salget trækkes tilbage'])
  })
})

describe('what a step writes', () => {
  it('a sale writes price, takeover date and buyer; the property becomes sold', () => {
    const r = checkStep(
      sale({ status: 'conditionally_sold', buyer: 'Køber ApS' }),
      step({ status: 'sold', priceOre: 185_000_000, takeoverDate: '2024-03-16' }),
    )
    expect(r).toEqual({
      ok: true,
      addBid: false,
      propertyStatus: 'sold',
      patch: { status: 'sold', buyer: 'Køber ApS', realisedPriceOre: 185_000_000, takeoverDate: '2024-03-16' },
    })
  })

  it('going back from a conditional sale clears the agreement', () => {
    const r = checkStep(
      sale({ status: 'conditionally_sold', buyer: 'X', realisedPriceOre: 1, takeoverDate: '2025-01-01', bidCount: 1 }),
      step({ status: 'bid_received' }),
    )
    expect(r.ok && r.patch).toEqual({ status: 'bid_received', realisedPriceOre: null, takeoverDate: null, buyer: '' })
  })

  it('a bid given with "bud modtaget" is recorded', () => {
    const r = checkStep(sale({ status: 'offered' }), step({ status: 'bid_received', bid: { bidder: 'A', amountOre: 100 } }))
    expect(r).toMatchObject({ ok: true, addBid: true, propertyStatus: 'on_offer' })
  })
})

describe('totals', () => {
  it('counts sold prices as realised, agreed or expected prices as expected, withdrawn as nothing', () => {
    expect(saleAmounts({ status: 'sold', expectedPriceOre: 1, realisedPriceOre: 5 })).toEqual({ realisedOre: 5, expectedOre: 0 })
    expect(saleAmounts({ status: 'conditionally_sold', expectedPriceOre: 1, realisedPriceOre: 3 })).toEqual({
      realisedOre: 0,
      expectedOre: 3,
    })
    expect(saleAmounts({ status: 'offered', expectedPriceOre: 7, realisedPriceOre: null })).toEqual({ realisedOre: 0, expectedOre: 7 })
    expect(saleAmounts({ status: 'withdrawn', expectedPriceOre: 7, realisedPriceOre: null })).toEqual({ realisedOre: 0, expectedOre: 0 })
  })
})
