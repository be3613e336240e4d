/** Recording a sale step by step on SQLite and PostgreSQL: refusals, history, property status, totals, exports. */
import { readSheet } from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { seedDemoData } from '~/features/demo/seed'
import { getProperty } from '~/features/properties/properties.repo.server'
import { getSale, listBids, listSaleSteps } from '~/features/sales/sales.repo.server'
import * as salesApi from '~/features/sales/routes/api.v1.sales'
import * as salePage from '~/features/sales/routes/salg.$id'
import * as salesCsv from '~/features/sales/routes/salg.eksport'
import * as salesXlsx from '~/features/sales/routes/salg.eksport-excel'
import * as designatePage from '~/features/sales/routes/salg.ny'
import { createProperty } from '~/features/properties/properties.server'
import { saleEffect } from '~/features/sales/sale-effect.server'
import { designateForSale, recordSaleStep, salesTotals } from '~/features/sales/sales.server'
import { describeChanges } from '~/core/fields'
import { FIELD_REGISTRY } from '~/features/field-registry'
import { propertyInput } from '../factories/register'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { call, form, get, post } from './route-call'

const blankStep = {
  councilReference: '',
  offeringDeadline: null,
  priceOre: null,
  takeoverDate: null,
  buyer: '',
  bidder: '',
  bidAmountOre: null,
  note: '',
  acceptWarnings: 0 as const,
}

describe.each(DIALECTS)('sales on %s', (dialect) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    await seedDemoData(h.db)
    useAsAppDatabase(h)
  })
  afterAll(async () => h.close())

  it('totals the demo sales: 5,3 mio. kr. sold, 5,7 mio. kr. expected, 11 mio. kr. in all', async () => {
    expect(await salesTotals(h.db)).toEqual({
      realisedOre: 530_000_000,
      expectedOre: 570_000_000,
      totalOre: 1_100_000_000,
      soldCount: 3,
      openCount: 3,
      withdrawnCount: 0,
    })
    const steps = await listSaleSteps(h.db, 1)
    expect(steps.map((s) => s.status)).toEqual(['designated', 'offered', 'bid_received', 'conditionally_sold', 'sold'])
  })

  it('records a sale step by step, refusing steps that lack data and writing nothing then', async () => {
    const p = await createProperty(h.db, propertyInput({ name: 'Rårup gamle skole', annualOperatingCostOre: 37_200_000, status: 'in_use' }))
    const propertyId = p.ok ? p.value.id : 0
    const d = await designateForSale(h.db, {
      propertyId,
      date: '2024-01-10',
      councilReference: 'Byrådet 10.01.2024, pkt. 4',
      expectedPriceOre: 300_000_000,
      saleCostsOre: 5_000_000,
      note: '',
    })
    const saleId = d.ok ? d.value.id : 0
    expect((await getProperty(h.db, propertyId))?.status).toBe('designated')
    // The property's own history says its status changed with the sale, in Danish.
    const propertyRows = await h.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entity', '=', 'property')
      .where('entityId', '=', String(propertyId))
      .where('action', '=', 'update')
      .execute()
    expect(propertyRows).toHaveLength(1)
    expect(describeChanges(FIELD_REGISTRY.property!.fields, propertyRows[0]!.beforeJson, propertyRows[0]!.afterJson)).toContainEqual(
      expect.objectContaining({ label: 'Status', before: 'I brug', after: 'Udpeget til salg' }),
    )
    expect(
      await designateForSale(h.db, {
        propertyId,
        date: '2024-01-10',
        councilReference: 'x',
        expectedPriceOre: null,
        saleCostsOre: null,
        note: '',
      }),
    ).toMatchObject({ ok: false, reason: 'blocked' })

    const noDeadline = await recordSaleStep(h.db, saleId, 1, { ...blankStep, version: 1, status: 'offered', date: '2024-02-01' })
    expect(noDeadline).toMatchObject({ ok: false, fieldErrors: { offeringDeadline: ['Et udbud kræver en budfrist'] } })
    expect(await getSale(h.db, saleId)).toMatchObject({ status: 'designated', version: 1 })
    expect(await listSaleSteps(h.db, saleId)).toHaveLength(1)
    expect((await getProperty(h.db, propertyId))?.status).toBe('designated')

    expect(
      await recordSaleStep(h.db, saleId, 1, {
        ...blankStep,
        version: 1,
        status: 'offered',
        date: '2024-02-01',
        offeringDeadline: '2024-03-15',
      }),
    ).toMatchObject({ ok: true })
    expect((await getProperty(h.db, propertyId))?.status).toBe('on_offer')
    expect(await recordSaleStep(h.db, saleId, 1, { ...blankStep, version: 1, status: 'bid_received', date: '2024-03-15' })).toMatchObject({
      ok: false,
      reason: 'conflict',
    })
    expect(
      await recordSaleStep(h.db, saleId, 2, {
        ...blankStep,
        version: 2,
        status: 'bid_received',
        date: '2024-03-15',
        bidder: 'Rårup Udvikling ApS',
        bidAmountOre: 310_000_000,
      }),
    ).toMatchObject({ ok: true })
    expect(await listBids(h.db, saleId)).toMatchObject([
      { bidder: 'Rårup Udvikling ApS', amountOre: 310_000_000, receivedDate: '2024-03-15' },
    ])
    expect(
      await recordSaleStep(h.db, saleId, 3, {
        ...blankStep,
        version: 3,
        status: 'conditionally_sold',
        date: '2024-03-20',
        buyer: 'Rårup Udvikling ApS',
        priceOre: 310_000_000,
        takeoverDate: '2024-06-01',
      }),
    ).toMatchObject({ ok: true })

    const notYet = await recordSaleStep(h.db, saleId, 4, { ...blankStep, version: 4, status: 'sold', date: '2024-05-01' })
    expect(notYet.ok ? null : Object.keys(notYet.fieldErrors ?? {}).sort()).toEqual(['priceOre', 'takeoverDate'])
    expect((await getProperty(h.db, propertyId))?.status).toBe('on_offer')

    expect(
      await recordSaleStep(h.db, saleId, 4, {
        ...blankStep,
        version: 4,
        status: 'sold',
        date: '2024-05-01',
        priceOre: 305_000_000,
        takeoverDate: '2024-03-16',
      }),
    ).toMatchObject({ ok: true })
    expect(await getSale(h.db, saleId)).toMatchObject({
      status: 'sold',
      realisedPriceOre: 305_000_000,
      takeoverDate: '2024-03-16',
      buyer: 'Rårup Udvikling ApS',
      version: 5,
    })
    expect((await getProperty(h.db, propertyId))?.status).toBe('sold')
    expect((await listSaleSteps(h.db, saleId)).map((s) => [s.status, s.date])).toEqual([
      ['designated', '2024-01-10'],
      ['offered', '2024-02-01'],
      ['bid_received', '2024-03-15'],
      ['conditionally_sold', '2024-03-20'],
      ['sold', '2024-05-01'],
    ])
    expect(
      await recordSaleStep(h.db, saleId, 5, { ...blankStep, version: 5, status: 'withdrawn', date: '2024-06-01', note: 'fortrudt' }),
    ).toMatchObject({ ok: false })
    expect(await salesTotals(h.db)).toMatchObject({ realisedOre: 835_000_000, soldCount: 4 })

    // The audit trail reads in Danish: labels, status names, dates and amounts.
    const sold = await h.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entity', '=', 'sale')
      .where('entityId', '=', String(saleId))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    const changes = describeChanges(FIELD_REGISTRY.sale!.fields, sold.beforeJson, sold.afterJson)
    expect(changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Status', 'Betinget solgt', 'Solgt'],
      ['Aftalt/realiseret pris', '3.100.000,00\u00a0kr.', '3.050.000,00\u00a0kr.'],
      ['Overtagelsesdag', '01.06.2024', '16.03.2024'],
    ])

    // Worked example 3: takeover 16.03.2024, operating cost 372.000 kr. a year: 295.000 kr. saved in 2024.
    const effect = await saleEffect(h.db, (await getSale(h.db, saleId))!, '2024-06-01')
    expect(effect?.years[0]).toMatchObject({ year: 2024, savedOperating: '295000', capitalIncome: '3000000' })
    expect(effect?.fullYear.savedOperating).toBe('372000')
  })

  it('answers a step without its data with Danish messages beside the fields (route action)', async () => {
    const p = await createProperty(h.db, propertyInput({ name: 'Sale via siden' }))
    const propertyId = String(p.ok ? p.value.id : 0)
    const created = await call(designatePage.action, {
      request: post(
        '/salg/ny',
        form({
          propertyId,
          date: '03.07.2023',
          councilReference: 'Byrådet 03.07.2023, pkt. 12',
          expectedPriceOre: '1.900.000',
          saleCostsOre: '55.000',
          note: '',
        }),
      ),
    })
    expect(created.status).toBe(302)
    const id = created.headers!.get('Location')!.split('/')[2]!.split('?')[0]!
    const refused = await call(salePage.action, {
      request: post(`/salg/${id}`, form({ intent: 'step', version: '1', status: 'offered', date: '01.08.2023', offeringDeadline: '' })),
      params: { id },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.intent).toBe('step')
    expect(refused.body.reply.error.offeringDeadline).toEqual(['Et udbud kræver en budfrist'])
    const badDate = await call(salePage.action, {
      request: post(`/salg/${id}`, form({ intent: 'step', version: '1', status: 'offered', date: '31.02.2023' })),
      params: { id },
    })
    expect(badDate.body.reply.error.date).toEqual(['Dato er ikke en gyldig dato (dd.mm.åååå)'])
    const okStep = await call(salePage.action, {
      request: post(
        `/salg/${id}`,
        form({ intent: 'step', version: '1', status: 'offered', date: '01.08.2023', offeringDeadline: '01.10.2023' }),
      ),
      params: { id },
    })
    expect(okStep.status).toBe(302)
    const page = await call(salePage.loader, { request: get(`/salg/${id}`), params: { id } })
    expect(page.body.sale).toMatchObject({ status: 'offered', offeringDeadline: '2023-10-01', expectedPriceOre: 190_000_000 })
    expect(page.body.nextSteps).toEqual(['bid_received', 'designated', 'withdrawn'])
    const missing = await call(salePage.loader, { request: get('/salg/99999'), params: { id: '99999' } })
    expect(missing.status).toBe(404)
  })

  it('exports the sales grid as CSV and as Excel with Danish headers and number cells', async () => {
    const api = await call(salesApi.loader, { request: get('/api/v1/sales?search=glud') })
    expect(api.body).toMatchObject({ total: 1, rows: [{ propertyName: 'Glud tidligere børnehave', status: 'sold' }] })
    const csv = await call(salesCsv.loader, { request: get('/salg/eksport.csv?search=glud') })
    const lines = (csv.body as string).replace('\uFEFF', '').trim().split('\r\n')
    expect(lines[0]).toMatch(/^Id;Ejendom;Ejendoms-id;By;Status;Udpeget;/)
    expect(lines[1]).toContain(';Solgt;03.07.2023;')
    expect(lines[1]).toContain(';1850000,00;')
    const xlsx = await call(salesXlsx.loader, { request: get('/salg/eksport.xlsx?search=glud') })
    expect(xlsx.headers!.get('Content-Type')).toContain('spreadsheetml')
    const rows = await readSheet(Buffer.from(xlsx.body as Uint8Array))
    expect(rows[0]).toEqual(
      expect.arrayContaining(['Ejendom', 'Status', 'Forventet pris (kr.)', 'Aftalt/realiseret pris (kr.)', 'Overtagelsesdag']),
    )
    const row = Object.fromEntries((rows[0] as string[]).map((hdr, i) => [hdr, rows[1]![i]]))
    expect(row['Aftalt/realiseret pris (kr.)']).toBe(1_850_000)
    expect(row['Overtagelsesdag']).toEqual(new Date('2024-03-16T00:00:00Z'))
    expect(row['Status']).toBe('Solgt')
  })
})
