/**
 * The list pages stay a page at any register size (/ejendomme and /lejemaal have no loader: their
 * grids read the JSON endpoints checked below): on a generated portfolio of a few thousand
 * rows (the page benchmark's generator), every list and detail page answers with loader data
 * under a cap, and every JSON endpoint returns no more rows than asked for. A page that puts a
 * whole table (or a `<select>` of every property) into the page again fails here, long before
 * it reaches a municipality with 100,000 properties.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { generatePortfolio } from '../../scripts/bench/generate'
import { MEASURES_PER_PAGE } from '~/features/scenarios/scenario-page.server'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { cookieFor, send } from './request'

const PROPERTIES = 3000
const KB = 1024

/** Caps on the loader data (the bulk of the HTML): a page of rows, never the register. */
const PAGE_CAPS: [string, number][] = [
  ['/enheder', 20 * KB],
  ['/frister?fra=01.01.2025&maaneder=120', 60 * KB],
  ['/kapacitet?maaneder=36', 150 * KB],
  ['/salg', 20 * KB],
  ['/lejemaal/ny', 20 * KB],
  ['/enheder/ny', 20 * KB],
  ['/salg/ny', 20 * KB],
]

describe.each(DIALECTS)('page size caps on %s', (dialect) => {
  let h: DatabaseHandle
  let cookie: string
  let counts: { properties: number; leases: number; units: number }
  let scenarioId = 0
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    // 250 measures: the scenario page shows them 100 at a time.
    const generated = await generatePortfolio(h.db, { seed: 2, properties: PROPERTIES, measures: 250 })
    counts = generated.counts
    scenarioId = generated.scenarioId
    cookie = await cookieFor(h.db, 'admin')
  }, 120_000)
  afterAll(async () => h.close())

  const size = (body: unknown) => Buffer.byteLength(typeof body === 'string' ? body : JSON.stringify(body))

  it.each(PAGE_CAPS)('%s stays under its cap', async (path, cap) => {
    const res = await send('GET', path, { cookie })
    expect(res.status).toBe(200)
    if (process.env.SHOW_SIZES) console.log(path, size(res.body))
    expect(size(res.body)).toBeLessThan(cap)
  })

  it('sends the goal-seek form no list of the register (its pickers search on the server)', async () => {
    const res = await send('GET', `/scenarier/${scenarioId}/find-vej`, { cookie })
    expect(res.status).toBe(200)
    expect(size(res.body)).toBeLessThan(10 * KB)
  })

  it('sends the scenario page a page of measures and no whole-register choices', async () => {
    const res = await send('GET', `/scenarier/${scenarioId}`, { cookie })
    expect(res.status).toBe(200)
    if (process.env.SHOW_SIZES)
      console.log(
        '/scenarier/:id',
        size(res.body),
        Object.entries(res.body as object)
          .map(([k, v]) => `${k}=${size(v ?? null)}`)
          .join(' '),
      )
    // About 40 KB: 50 measures and the year table; every property, lease and unit as choices was over 300 KB.
    expect(size(res.body)).toBeLessThan(80 * KB)
    expect((res.body as { measures: unknown[] }).measures).toHaveLength(MEASURES_PER_PAGE)
    expect((await send('GET', '/scenarier', { cookie })).status).toBe(200)
  })

  it('keeps detail pages free of whole-register pickers', async () => {
    const lease = await h.db.selectFrom('lease').select('id').orderBy('id').executeTakeFirstOrThrow()
    const unit = await h.db.selectFrom('unit').select('id').orderBy('id').executeTakeFirstOrThrow()
    for (const path of [`/lejemaal/${lease.id}`, `/enheder/${unit.id}`]) {
      const res = await send('GET', path, { cookie })
      expect(res.status).toBe(200)
      expect(size(res.body), path).toBeLessThan(20 * KB)
    }
  })

  it('pages the capacity list and the deadlines', async () => {
    const { capacity } = (await send('GET', '/kapacitet?maaneder=12&side=2', { cookie })).body as {
      capacity: { occupancy: unknown[]; page: number; pageCount: number; timeline: unknown[] }
    }
    expect(capacity.page).toBe(2)
    expect(capacity.pageCount).toBeGreaterThan(10)
    expect(capacity.occupancy).toHaveLength(20)
    expect(capacity.timeline.length).toBeLessThanOrEqual(20)
    const deadlines = (await send('GET', '/frister?fra=01.01.2025&maaneder=120', { cookie })).body as {
      deadlines: unknown[]
      total: number
    }
    expect(deadlines.total).toBeGreaterThan(50)
    expect(deadlines.deadlines).toHaveLength(50)
  })

  it.each(['/api/v1/properties', '/api/v1/leases', '/api/v1/sales', '/api/v1/units'])('%s answers the page asked for', async (path) => {
    const res = await send('GET', `${path}?limit=40&offset=10`, { cookie })
    expect(res.status).toBe(200)
    const body = res.body as { rows: unknown[]; total: number }
    expect(body.rows.length).toBeLessThanOrEqual(40)
    expect(size(body)).toBeLessThan(100 * KB)
    if (path === '/api/v1/units') expect(body.total).toBe(counts.units)
  })

  it('the pickers answer at most 20 choices, searched on the server', async () => {
    const all = (await send('GET', '/api/v1/choices?kind=property&q=&limit=1000', { cookie })).body as { choices: unknown[] }
    expect(all.choices).toHaveLength(20)
    expect(counts.properties).toBe(PROPERTIES)
    const units = (await send('GET', '/api/v1/choices?kind=unit&q=a', { cookie })).body as { choices: { label: string }[] }
    expect(units.choices.length).toBeLessThanOrEqual(20)
    expect(units.choices.every((c) => c.label.toLowerCase().includes('a'))).toBe(true)
    expect((await send('GET', '/api/v1/choices?kind=lease', { cookie })).status).toBe(400)
  })

  it('offers only the leases the municipality rents to a lease termination, searched on the server', async () => {
    const leases = (await send('GET', '/api/v1/choices?kind=tenant_lease&q=', { cookie })).body as {
      choices: { id: number; label: string }[]
    }
    expect(leases.choices).toHaveLength(20)
    const directions = await h.db
      .selectFrom('lease')
      .select('direction')
      .where(
        'id',
        'in',
        leases.choices.map((c) => c.id),
      )
      .execute()
    expect(directions.every((d) => d.direction === 'tenant')).toBe(true)
    const first = leases.choices[0]!
    const word = first.label.split(/[ (]/)[0]!
    const found = (await send('GET', `/api/v1/choices?kind=tenant_lease&q=${encodeURIComponent(word)}`, { cookie })).body as {
      choices: { id: number }[]
    }
    expect(found.choices.map((c) => c.id)).toContain(first.id)
  })
})
