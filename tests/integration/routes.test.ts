/**
 * Create, read, update and delete through the real route modules (loaders and actions), on both
 * databases: what a browser's form posts is what these send.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import * as propertiesApi from '~/features/properties/routes/api.v1.properties'
import * as leasesApi from '~/features/leases/routes/api.v1.leases'
import * as propertyPage from '~/features/properties/routes/ejendomme.$id'
import * as propertiesExport from '~/features/properties/routes/ejendomme.eksport'
import * as newProperty from '~/features/properties/routes/ejendomme.ny'
import * as leasePage from '~/features/leases/routes/lejemaal.$id'
import * as newLease from '~/features/leases/routes/lejemaal.ny'
import * as deadlines from '~/features/leases/routes/frister'
import { leaseForm, propertyForm } from '../factories/register'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'

type Args = { request: Request; params: Record<string, string>; context: unknown }
type Handler = (args: never) => Promise<unknown>

const post = (path: string, body: FormData) => new Request(`http://localhost${path}`, { method: 'POST', body })
const get = (path: string) => new Request(`http://localhost${path}`)

/** Call a loader or action; thrown responses (404, redirects) are returned like returned ones. */
async function call(fn: Handler, args: Partial<Args>): Promise<{ status: number; headers?: Headers; body: any }> {
  try {
    const res = await fn({ params: {}, context: {}, ...args } as never)
    return unwrap(res)
  } catch (thrown) {
    return unwrap(thrown)
  }
}

async function unwrap(value: unknown): Promise<{ status: number; headers?: Headers; body: any }> {
  if (value instanceof Response) {
    const type = value.headers.get('Content-Type') ?? ''
    return { status: value.status, headers: value.headers, body: type.includes('json') ? await value.json() : await value.text() }
  }
  if (value && typeof value === 'object' && 'type' in value && (value as { type: string }).type === 'DataWithResponseInit') {
    const d = value as unknown as { data: unknown; init: { status?: number } | null }
    return { status: d.init?.status ?? 200, body: d.data }
  }
  if (value instanceof Error) throw value
  return { status: 200, body: value }
}

describe.each(DIALECTS)('routes on %s', (dialect) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
  })
  afterAll(async () => h.close())

  it('creates, shows, edits and deletes a property through its pages', async () => {
    const created = await call(newProperty.action as Handler, { request: post('/ejendomme/ny', propertyForm()) })
    expect(created.status).toBe(302)
    const location = created.headers!.get('Location')!
    expect(location).toMatch(/^\/ejendomme\/\d+\?besked=oprettet$/)
    const id = location.split('/')[2]!.split('?')[0]!

    const shown = await call(propertyPage.loader as Handler, { request: get(`/ejendomme/${id}`), params: { id } })
    expect(shown.body.property).toMatchObject({
      name: 'Ny ejendom',
      annualOperatingCostOre: 123_456_789,
      grossAreaM2: 1200,
      latitude: 55.71,
      version: 1,
    })

    const edited = await call(propertyPage.action as Handler, {
      request: post(`/ejendomme/${id}`, propertyForm({ name: 'Omdøbt ejendom', version: '1' })),
      params: { id },
    })
    expect(edited.status).toBe(302)
    const after = await call(propertyPage.loader as Handler, { request: get(`/ejendomme/${id}`), params: { id } })
    expect(after.body.property).toMatchObject({ name: 'Omdøbt ejendom', version: 2 })

    const fd = new FormData()
    fd.set('intent', 'delete')
    const deleted = await call(propertyPage.action as Handler, { request: post(`/ejendomme/${id}`, fd), params: { id } })
    expect(deleted.status).toBe(302)
    const gone = await call(propertyPage.loader as Handler, { request: get(`/ejendomme/${id}`), params: { id } })
    expect(gone.status).toBe(404)
  })

  it('answers bad input with Danish messages beside each field and saves nothing', async () => {
    const before = await call(propertiesApi.loader as Handler, { request: get('/api/v1/properties') })
    const res = await call(newProperty.action as Handler, {
      request: post(
        '/ejendomme/ny',
        propertyForm({ name: '  ', annualOperatingCostOre: '-5', workplaces: 'mange', postcode: '87', latitude: '99' }),
      ),
    })
    expect(res.status).toBe(400)
    const errors = res.body.reply.error
    expect(errors.name).toEqual(['Navn skal udfyldes'])
    expect(errors.annualOperatingCostOre).toEqual(['Driftsudgift pr. år kan ikke være negativ'])
    expect(errors.workplaces).toEqual(['Arbejdspladser skal være et helt tal'])
    expect(errors.postcode).toEqual(['Postnummer skal være fire cifre'])
    expect(errors.latitude[0]).toMatch(/^Breddegrad skal være mellem/)
    expect(res.body.reply.initialValue.workplaces).toBe('mange')
    const after = await call(propertiesApi.loader as Handler, { request: get('/api/v1/properties') })
    expect(after.body.total).toBe(before.body.total)
  })

  it('refuses the second of two concurrent edits and keeps what the second person typed', async () => {
    const created = await call(newProperty.action as Handler, { request: post('/ejendomme/ny', propertyForm({ name: 'Fælles' })) })
    const id = created.headers!.get('Location')!.split('/')[2]!.split('?')[0]!
    const anne = await call(propertyPage.action as Handler, {
      request: post(`/ejendomme/${id}`, propertyForm({ name: 'Fælles, Annes udgave', version: '1' })),
      params: { id },
    })
    expect(anne.status).toBe(302)
    const bo = await call(propertyPage.action as Handler, {
      request: post(`/ejendomme/${id}`, propertyForm({ name: 'Fælles, Bos udgave', version: '1' })),
      params: { id },
    })
    expect(bo.status).toBe(409)
    expect(bo.body.reply.error[''][0]).toMatch(/En anden har gemt ændringer/)
    expect(bo.body.reply.initialValue.name).toBe('Fælles, Bos udgave')
    const shown = await call(propertyPage.loader as Handler, { request: get(`/ejendomme/${id}`), params: { id } })
    expect(shown.body.property.name).toBe('Fælles, Annes udgave')
  })

  it('creates and edits a lease, validating dates and notice periods', async () => {
    const p = await call(newProperty.action as Handler, {
      request: post('/ejendomme/ny', propertyForm({ name: 'Lejet kontor', ownership: 'leased' })),
    })
    const pid = Number(p.headers!.get('Location')!.split('/')[2]!.split('?')[0])

    const bad = await call(newLease.action as Handler, {
      request: post(
        '/lejemaal/ny',
        leaseForm(pid, { noticeDate: '31.02.2024', noticeMonths: '400', annualRentOre: 'tusind', counterparty: '', status: 'terminated' }),
      ),
    })
    expect(bad.status).toBe(400)
    expect(bad.body.reply.error.noticeDate).toEqual(['Opsigelsesdato er ikke en gyldig dato (dd.mm.åååå)'])
    expect(bad.body.reply.error.noticeMonths).toEqual(['Opsigelsesvarsel skal være mellem 0 og 120'])
    expect(bad.body.reply.error.annualRentOre).toEqual(['Årlig husleje skal være et beløb, fx 1.234.567,89'])
    expect(bad.body.reply.error.counterparty).toEqual(['Modpart skal udfyldes'])

    const ok = await call(newLease.action as Handler, {
      request: post('/lejemaal/ny', leaseForm(pid, { noticeDate: '10.02.2024', noticeMonths: '3', status: 'terminated' })),
    })
    expect(ok.status).toBe(302)
    const id = ok.headers!.get('Location')!.split('/')[2]!.split('?')[0]!
    const shown = await call(leasePage.loader as Handler, { request: get(`/lejemaal/${id}`), params: { id } })
    expect(shown.body.lease).toMatchObject({ endDate: '2024-05-31', annualRentOre: 48_000_000, propertyName: 'Lejet kontor' })

    const stale = await call(leasePage.action as Handler, {
      request: post(`/lejemaal/${id}`, leaseForm(pid, { version: '7', noticeDate: '01.02.2024', status: 'terminated' })),
      params: { id },
    })
    expect(stale.status).toBe(409)

    const blocked = new FormData()
    blocked.set('intent', 'delete')
    const refused = await call(propertyPage.action as Handler, { request: post(`/ejendomme/${pid}`, blocked), params: { id: String(pid) } })
    expect(refused.status).toBe(409)
    expect(refused.body).toMatchObject({ intent: 'delete', ok: false })
    expect(refused.body.message).toMatch(/Lejet kontor kan ikke slettes, fordi 1 lejemål hører til ejendommen/)

    const api = await call(leasesApi.loader as Handler, { request: get(`/api/v1/leases?search=${encodeURIComponent('lejet kontor')}`) })
    expect(api.body.total).toBe(1)
  })

  it('exports the filtered grid as CSV for Danish Excel', async () => {
    await call(newProperty.action as Handler, {
      request: post('/ejendomme/ny', propertyForm({ name: 'Eksport; "med" tegn', annualOperatingCostOre: '1.234.567,89' })),
    })
    const filter = encodeURIComponent(JSON.stringify({ name: { filterType: 'text', type: 'contains', filter: 'eksport' } }))
    const res = await propertiesExport.loader({ request: get(`/ejendomme/eksport.csv?filter=${filter}`), params: {}, context: {} } as never)
    const bytes = new Uint8Array(await (res as Response).arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    const lines = text.trim().split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^Id;Navn;Adresse;/)
    expect(lines[1]).toContain('"Eksport; ""med"" tegn"')
    expect(lines[1]).toContain(';1234567,89;')
  })

  it('lists critical dates: a notice deadline for a running lease', async () => {
    const p = await call(newProperty.action as Handler, {
      request: post('/ejendomme/ny', propertyForm({ name: 'Frist-lokale', ownership: 'leased' })),
    })
    const pid = Number(p.headers!.get('Location')!.split('/')[2]!.split('?')[0])
    await call(newLease.action as Handler, {
      request: post('/lejemaal/ny', leaseForm(pid, { counterparty: 'Fristudlejer', noticeMonths: '3' })),
    })
    const res = await call(deadlines.loader as Handler, { request: get('/frister?fra=10.02.2024&maaneder=3') })
    const row = res.body.deadlines.find((d: { title: string }) => d.title.startsWith('Fristudlejer'))
    // Notice given 10.02.2024 ends 31.05.2024; notice on 01.03.2024 (+3 months = 01.06) still does, a day later does not.
    expect(row).toMatchObject({ kind: 'notice_deadline', date: '2024-03-01', leadsTo: '2024-05-31' })
  })
})
