/**
 * The grid endpoints (JSON API, CSV and Excel exports) on SQLite and PostgreSQL: a bad parameter
 * is answered 400 with the reason in Danish, never 500 and never by dropping the filters (an
 * export once returned every row for `offset=-1`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import * as leasesApi from '~/features/leases/routes/api.v1.leases'
import * as leasesCsv from '~/features/leases/routes/lejemaal.eksport'
import * as propertiesApi from '~/features/properties/routes/api.v1.properties'
import * as propertiesCsv from '~/features/properties/routes/ejendomme.eksport'
import * as propertiesXlsx from '~/features/properties/routes/ejendomme.eksport-excel'
import * as salesApi from '~/features/sales/routes/api.v1.sales'
import { createProperty } from '~/features/properties/properties.server'
import { propertyInput } from '../factories/register'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { call, get } from './route-call'

const q = (p: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(p).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString()

const BAD: [string, Record<string, unknown>][] = [
  ['offset=-1', { offset: '-1' }],
  ['limit=5000', { limit: '5000' }],
  ['sort ASC', { sort: [{ colId: 'name', sort: 'ASC' }] }],
  ['sort by constructor', { sort: [{ colId: 'constructor', sort: 'asc' }] }],
  ['filter on __proto__', { filter: '{"__proto__":{"filterType":"text","type":"contains","filter":"x"}}' }],
  ['filter on hasOwnProperty', { filter: { hasOwnProperty: { filterType: 'text', type: 'contains', filter: 'x' } } }],
  ['text filter on a number', { filter: { grossAreaM2: { filterType: 'text', type: 'contains', filter: 'x' } } }],
  ['impossible date', { filter: { endDate: { filterType: 'date', type: 'equals', dateFrom: '9999-99-99' } } }],
  ['empty set filter', { filter: { status: { filterType: 'set', values: [] } } }],
]

describe.each(DIALECTS)('grid endpoints on %s', (dialect) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    for (let i = 1; i <= 12; i++) await createProperty(h.db, propertyInput({ name: `Gitterejendom ${i}`, grossAreaM2: i * 100 }))
  })
  afterAll(async () => h.close())

  it.each(BAD)('answers 400 with a Danish reason for %s, on the API and the exports', async (_name, params) => {
    const endpoints = [
      [propertiesApi.loader, '/api/v1/properties'],
      [propertiesCsv.loader, '/ejendomme/eksport.csv'],
      [propertiesXlsx.loader, '/ejendomme/eksport.xlsx'],
    ] as const
    for (const [loader, path] of endpoints) {
      const res = await call(loader, { request: get(`${path}?${q(params)}`) })
      expect(res.status, `${path} ${q(params)}`).toBe(400)
      expect(res.body.error).toMatch(/^Ugyldig forespørgsel til tabellen: /)
    }
  })

  it('refuses the built-in names on every grid, and text on a number column', async () => {
    for (const [loader, path, numberColumn] of [
      [leasesApi.loader, '/api/v1/leases', 'annualRentOre'],
      [leasesCsv.loader, '/lejemaal/eksport.csv', 'noticeMonths'],
      [salesApi.loader, '/api/v1/sales', 'expectedPriceOre'],
    ] as const) {
      for (const colId of ['constructor', '__proto__', 'toString']) {
        const res = await call(loader, { request: get(`${path}?${q({ sort: [{ colId, sort: 'asc' }] })}`) })
        expect(res.status).toBe(400)
      }
      const text = { [numberColumn]: { filterType: 'text', type: 'contains', filter: '1' } }
      expect((await call(loader, { request: get(`${path}?${q({ filter: text })}`) })).status).toBe(400)
    }
  })

  it('counts the whole register afresh after each change (the unfiltered count is kept per data generation)', async () => {
    const total = async (path: string) =>
      (
        await call(path === 'p' ? propertiesApi.loader : leasesApi.loader, {
          request: get(path === 'p' ? '/api/v1/properties' : '/api/v1/leases'),
        })
      ).body.total as number
    const before = await total('p')
    expect(await total('p')).toBe(before)
    const created = await createProperty(h.db, propertyInput({ name: 'Tælles med' }))
    if (!created.ok) throw new Error(created.message)
    expect(await total('p')).toBe(before + 1)
    await h.db.deleteFrom('property').where('id', '=', created.value.id).execute()
    expect(await total('p')).toBe(before)
    expect(await total('l')).toBe(
      Number(
        (
          await h.db
            .selectFrom('lease')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    )
  })

  it('exports exactly the filtered rows, in order', async () => {
    const filter = {
      name: { filterType: 'text', type: 'startsWith', filter: 'gitterejendom 1' },
      grossAreaM2: { filterType: 'number', type: 'greaterThan', filter: 150 },
    }
    const res = await call(propertiesCsv.loader, {
      request: get(`/ejendomme/eksport.csv?${q({ filter, sort: [{ colId: 'grossAreaM2', sort: 'desc' }] })}`),
    })
    expect(res.status).toBe(200)
    const names = (res.body as string)
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(';')[1])
    expect(names).toEqual(['Gitterejendom 12', 'Gitterejendom 11', 'Gitterejendom 10'])
    const page = await call(propertiesApi.loader, { request: get(`/api/v1/properties?${q({ filter, limit: '2' })}`) })
    expect(page.body).toMatchObject({ total: 3, limit: 2, offset: 0 })
  })

  it('pages in the order of the whole sorted list, ties broken by id, at every offset', async () => {
    // Twelve properties, areas 100-1200 plus four more at 500 m²: ties the id must order.
    for (let i = 1; i <= 4; i++) await createProperty(h.db, propertyInput({ name: `Lige areal ${i}`, grossAreaM2: 500 }))
    const sort = [{ colId: 'grossAreaM2', sort: 'desc' }]
    const whole = await h.db
      .selectFrom('property')
      .select(['id', 'grossAreaM2'])
      .orderBy('grossAreaM2', 'desc')
      .orderBy('id', 'asc')
      .execute()
    const paged: number[] = []
    for (let offset = 0; offset < whole.length; offset += 3) {
      const res = await call(propertiesApi.loader, {
        request: get(`/api/v1/properties?${q({ sort, offset: String(offset), limit: '3' })}`),
      })
      expect(res.body.total).toBe(whole.length)
      paged.push(...(res.body.rows as { id: number }[]).map((r) => r.id))
    }
    expect(paged).toEqual(whole.map((r) => r.id))
    const beyond = await call(propertiesApi.loader, { request: get(`/api/v1/properties?${q({ sort, offset: '500', limit: '3' })}`) })
    expect(beyond.body.rows).toEqual([])
  })
})
