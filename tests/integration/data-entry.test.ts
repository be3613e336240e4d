/**
 * Fewer surprises in data entry, on SQLite and PostgreSQL: a notice date sets "Opsagt" and says
 * so; a bid moves an offered sale to "Bud modtaget"; dates that look wrong (a bid in the future, a
 * step before its bids, a unit in a building whose lease has ended) are saved only when confirmed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { createLease, getLease } from '~/features/leases/leases.server'
import * as leasePage from '~/features/leases/routes/lejemaal.$id'
import * as newLeasePage from '~/features/leases/routes/lejemaal.ny'
import { getProperty } from '~/features/properties/properties.repo.server'
import { createProperty } from '~/features/properties/properties.server'
import { createUnit, editUnit } from '~/features/relocations/units.server'
import { MARK_DONE_ACCEPT_LABEL } from '~/features/relocations/schemas'
import { DONE_WARNINGS_MESSAGE } from '~/features/relocations/relocations.server'
import { registerBid } from '~/features/sales/bids.server'
import { getSale, listBids, listSaleSteps } from '~/features/sales/sales.repo.server'
import { designateForSale, recordSaleStep } from '~/features/sales/sales.server'
import type { StepInput } from '~/features/sales/schemas'
import { leaseForm, leaseInput, propertyInput, unitInput } from '../factories/register'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { call, post } from './route-call'

const TODAY = '2024-05-01'

const step = (over: Partial<StepInput>): StepInput => ({
  version: 1,
  status: 'offered',
  date: '2024-02-01',
  councilReference: '',
  offeringDeadline: null,
  priceOre: null,
  takeoverDate: null,
  buyer: '',
  bidder: '',
  bidAmountOre: null,
  note: '',
  acceptWarnings: 0,
  ...over,
})

const bid = (over: Partial<Parameters<typeof registerBid>[2]> = {}) => ({
  bidder: 'Rårup Udvikling ApS',
  amountOre: 310_000_000,
  receivedDate: '2024-03-15',
  note: '',
  acceptWarnings: 0 as const,
  ...over,
})

const unit = unitInput

describe.each(DIALECTS)('data entry on %s', (dialect) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
  })
  afterAll(async () => h.close())

  const newProperty = async (name: string, ownership: 'owned' | 'leased' = 'owned') => {
    const p = await createProperty(h.db, propertyInput({ name, ownership }))
    if (!p.ok) throw new Error(p.message)
    return p.value.id
  }

  /** An owned property designated and offered for sale; returns the sale's id. */
  const offeredSale = async (name: string) => {
    const propertyId = await newProperty(name)
    const d = await designateForSale(h.db, {
      propertyId,
      date: '2024-01-10',
      councilReference: 'Byrådet 10.01.2024, pkt. 4',
      expectedPriceOre: 300_000_000,
      saleCostsOre: null,
      note: '',
    })
    if (!d.ok) throw new Error(d.message)
    const offered = await recordSaleStep(h.db, d.value.id, 1, step({ offeringDeadline: '2024-03-01' }), TODAY)
    expect(offered.ok).toBe(true)
    return { saleId: d.value.id, propertyId }
  }

  it('sets "Opsagt" when a lease gets a notice date, and says so', async () => {
    const propertyId = await newProperty('Lejet kontor', 'leased')
    const created = await createLease(h.db, leaseInput(propertyId))
    const id = String(created.ok ? created.value.id : 0)
    const answer = await call(leasePage.action, {
      request: post(`/lejemaal/${id}`, leaseForm(propertyId, { version: '1', noticeDate: '10.02.2024', status: 'active' })),
      params: { id },
    })
    expect(answer.status).toBe(302)
    expect(answer.headers!.get('Location')).toBe(`/lejemaal/${id}?besked=opsagt`)
    expect(await getLease(h.db, Number(id))).toMatchObject({ status: 'terminated', noticeDate: '2024-02-10', endDate: '2024-05-31' })

    const fresh = await call(newLeasePage.action, {
      request: post('/lejemaal/ny', leaseForm(propertyId, { noticeDate: '10.02.2024', status: 'active' })),
    })
    expect(fresh.headers!.get('Location')).toMatch(/\?besked=oprettet-opsagt$/)
    const plain = await call(newLeasePage.action, { request: post('/lejemaal/ny', leaseForm(propertyId)) })
    expect(plain.headers!.get('Location')).toMatch(/\?besked=oprettet$/)
  })

  it('moves an offered sale to "Bud modtaget" with its first bid, with the step in the history', async () => {
    const { saleId, propertyId } = await offeredSale('Gammel skole')
    expect((await registerBid(h.db, saleId, bid(), TODAY)).ok).toBe(true)
    expect(await getSale(h.db, saleId)).toMatchObject({ status: 'bid_received', version: 3 })
    expect((await getProperty(h.db, propertyId))?.status).toBe('on_offer')
    const steps = await listSaleSteps(h.db, saleId)
    expect(steps.map((s) => [s.status, s.date, s.buyer, s.priceOre])).toEqual([
      ['designated', '2024-01-10', null, null],
      ['offered', '2024-02-01', null, null],
      ['bid_received', '2024-03-15', 'Rårup Udvikling ApS', 310_000_000],
    ])
    // A second bid is stored; the sale stays where it is.
    expect((await registerBid(h.db, saleId, bid({ bidder: 'Hansen Byg', amountOre: 295_000_000 }), TODAY)).ok).toBe(true)
    expect(await getSale(h.db, saleId)).toMatchObject({ status: 'bid_received', version: 3 })
    expect((await listBids(h.db, saleId)).map((b) => b.amountOre)).toEqual([310_000_000, 295_000_000])
  })

  it('asks before saving a bid dated in the future, and writes nothing until confirmed', async () => {
    const { saleId } = await offeredSale('Tidligere børnehave')
    const future = await registerBid(h.db, saleId, bid({ receivedDate: '2024-06-03' }), TODAY)
    expect(future).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'Buddet er dateret 03.06.2024, som ligger efter i dag (01.05.2024). Sæt kryds i "Gem alligevel", hvis datoen er rigtig.',
      fieldErrors: { acceptWarnings: ['Buddet er dateret 03.06.2024, som ligger efter i dag (01.05.2024).'] },
    })
    expect(await listBids(h.db, saleId)).toEqual([])
    expect((await getSale(h.db, saleId))?.status).toBe('offered')
    expect((await registerBid(h.db, saleId, bid({ receivedDate: '2024-06-03', acceptWarnings: 1 }), TODAY)).ok).toBe(true)
    expect((await getSale(h.db, saleId))?.status).toBe('bid_received')
  })

  it('asks before saving a step dated before the latest bid', async () => {
    const { saleId } = await offeredSale('Gamle rådhus')
    await registerBid(h.db, saleId, bid({ receivedDate: '2024-03-15' }), TODAY)
    await registerBid(h.db, saleId, bid({ bidder: 'Hansen Byg', receivedDate: '2024-03-20' }), TODAY)
    const version = (await getSale(h.db, saleId))!.version
    const agreement = step({
      version,
      status: 'conditionally_sold',
      date: '2024-03-18',
      buyer: 'Rårup Udvikling ApS',
      priceOre: 310_000_000,
    })
    const early = await recordSaleStep(h.db, saleId, version, agreement, TODAY)
    expect(early).toMatchObject({
      ok: false,
      fieldErrors: { acceptWarnings: ['Trinnet er dateret 18.03.2024, før det seneste bud (20.03.2024).'] },
    })
    expect((await getSale(h.db, saleId))?.status).toBe('bid_received')
    expect((await recordSaleStep(h.db, saleId, version, { ...agreement, acceptWarnings: 1 }, TODAY)).ok).toBe(true)
    expect((await getSale(h.db, saleId))?.status).toBe('conditionally_sold')
  })

  it('asks before placing a unit in a building whose lease has ended by that day', async () => {
    const rented = await newProperty('Lejede lokaler, Vestergade', 'leased')
    await createLease(h.db, leaseInput(rented, { noticeDate: '2024-05-10', noticeMonths: 3, status: 'terminated' }))
    const warning = 'Lejemålet på ejendommen ophørte 31.08.2024, før enheden placeres der 01.09.2024.'
    const placed = await createUnit(h.db, unit(rented))
    expect(placed).toMatchObject({ ok: false, reason: 'invalid', fieldErrors: { acceptWarnings: [warning] } })
    expect(placed.ok ? '' : placed.message).toContain('Sæt kryds i "Gem trods advarsler"')
    // The last day of the lease is still fine.
    const before = await createUnit(h.db, unit(rented, { name: 'Hold 2', locatedFrom: '2024-08-31' }))
    expect(before.ok).toBe(true)
    expect((await createUnit(h.db, unit(rented, { acceptWarnings: 1 }))).ok).toBe(true)

    // Moved there by a correction of the unit's property: asked as well.
    const owned = await newProperty('Eget hus')
    const elsewhere = await createUnit(h.db, unit(owned, { name: 'Hold 3' }))
    const id = elsewhere.ok ? elsewhere.value.id : 0
    expect(await editUnit(h.db, id, 1, unit(rented, { name: 'Hold 3' }))).toMatchObject({
      ok: false,
      fieldErrors: { acceptWarnings: [warning] },
    })
    expect((await editUnit(h.db, id, 1, unit(rented, { name: 'Hold 3', acceptWarnings: 1 }))).ok).toBe(true)
  })

  it('names the mark-done box in the refusal exactly as it is labelled', () => {
    expect(DONE_WARNINGS_MESSAGE).toContain(`"${MARK_DONE_ACCEPT_LABEL}"`)
    expect(MARK_DONE_ACCEPT_LABEL).toBe('Markér trods advarsler')
  })
})
