/**
 * The map at register scale, through the middleware and the routes: /api/v1/map answers a box
 * and a zoom with clusters whose counts add up to the properties in the box, single points when
 * zoomed in, never more than MAX_FEATURES features; the filters and colourings count right; bad
 * input is refused in Danish; the box is read through an index. /kort carries one page of the
 * list, not the register.
 */
import { CompiledQuery, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { MAX_FEATURES, type Cluster } from '~/features/map/clustering'
import { inViewQuery } from '~/features/map/map.repo.server'
import type { MapData, MapPoint, MapView } from '~/features/map/types'
import { generatePortfolio } from '../../scripts/bench/generate'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { cookieFor, send } from './request'

const PROPERTIES = 3000
const DENMARK = '8,54.5,13,57.8'

/** A 60 × 50 grid of positions over Denmark, one property each; every 7th sold, every 5th labelled G. */
async function place(h: DatabaseHandle) {
  await h.db
    .updateTable('property')
    .set({
      latitude: sql`54.6 + (id % 60) * 0.05`,
      longitude: sql`8.1 + ((id / 60) % 50) * 0.09`,
      status: sql`case when id % 7 = 0 then 'sold' else 'in_use' end`,
      energyLabel: sql`case when id % 5 = 0 then 'G' else null end`,
    })
    .execute()
  // One property without coordinates: counted as unplaced, never drawn.
  await h.db.updateTable('property').set({ latitude: null, longitude: null }).where('id', '=', 1).execute()
  // Heat of 100 kWh per m² on property 2 (band '1'), none elsewhere.
  const p2 = await h.db.selectFrom('property').select('grossAreaM2').where('id', '=', 2).executeTakeFirstOrThrow()
  const now = new Date().toISOString()
  await h.db
    .insertInto('propertyConsumption')
    .values({
      propertyId: 2,
      year: 2024,
      heatKwh: p2.grossAreaM2 * 100,
      electricityKwh: null,
      waterLiters: null,
      createdAt: now,
      updatedAt: now,
    })
    .execute()
}

const countOf = (v: MapView) => v.features.reduce((n, f) => n + (f.kind === 'cluster' ? f.count : 1), 0)

describe.each(DIALECTS)('the map endpoint on %s', (dialect) => {
  let h: DatabaseHandle
  let cookie: string
  const get = async (query: string) => send('GET', `/api/v1/map?${query}`, { cookie })
  const view = async (query: string) => {
    const res = await get(query)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body as MapView
  }
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    await generatePortfolio(h.db, { seed: 3, properties: PROPERTIES, measures: 1 })
    await place(h)
    cookie = await cookieFor(h.db, 'udvalg')
  }, 120_000)
  afterAll(async () => h.close())

  it('clusters the whole country; the counts add up to every placed property', async () => {
    const v = await view(`bbox=${DENMARK}&zoom=7`)
    expect(v.total).toBe(PROPERTIES - 1)
    expect(countOf(v)).toBe(PROPERTIES - 1)
    const clusters = v.features.filter((f): f is Cluster => f.kind === 'cluster')
    expect(clusters.length).toBeGreaterThan(5)
    expect(v.features.length).toBeLessThan(200)
    expect(Object.values(v.legend).reduce((a, b) => a + b, 0)).toBe(PROPERTIES - 1)
    for (const c of clusters) {
      expect(Object.values(c.breakdown).reduce((a, b) => a + b, 0)).toBe(c.count)
      const [[s, w], [n, e]] = c.bounds
      expect(c.latitude).toBeGreaterThanOrEqual(s)
      expect(c.latitude).toBeLessThanOrEqual(n)
      expect(c.longitude).toBeGreaterThanOrEqual(w)
      expect(c.longitude).toBeLessThanOrEqual(e)
    }
    expect(Buffer.byteLength(JSON.stringify(v))).toBeLessThan(100_000)
  })

  it('splits clusters as the zoom grows and draws single points in a small box', async () => {
    const far = await view(`bbox=${DENMARK}&zoom=7`)
    const nearer = await view(`bbox=${DENMARK}&zoom=9`)
    expect(nearer.features.length).toBeGreaterThan(far.features.length)
    const v = await view('bbox=9.0,55.0,9.3,55.3&zoom=12')
    expect(v.total).toBeGreaterThan(0)
    expect(v.features.every((f) => f.kind === 'point')).toBe(true)
    expect(v.features).toHaveLength(v.total)
    for (const p of v.features as MapPoint[]) {
      expect(p.latitude).toBeGreaterThanOrEqual(55.0)
      expect(p.latitude).toBeLessThanOrEqual(55.3)
      expect(p.longitude).toBeGreaterThanOrEqual(9.0)
      expect(p.longitude).toBeLessThanOrEqual(9.3)
      expect(p.name).not.toBe('')
    }
  })

  it('never answers more than MAX_FEATURES features, whatever box and zoom are asked for', async () => {
    const points = await view(`bbox=${DENMARK}&zoom=16`)
    expect(points.features).toHaveLength(MAX_FEATURES)
    expect(points.truncated).toBe(true)
    expect(points.total).toBe(PROPERTIES - 1)
    const clusters = await view(`bbox=${DENMARK}&zoom=13`)
    expect(clusters.features.length).toBeLessThanOrEqual(MAX_FEATURES)
    expect(countOf(clusters)).toBe(PROPERTIES - 1)
    const world = await view('bbox=-180,-90,180,90&zoom=15')
    expect(world.features.length).toBeLessThanOrEqual(MAX_FEATURES)
  })

  it('filters by status and use, and counts the colourings', async () => {
    const sold = await h.db
      .selectFrom('property')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'sold')
      .where('latitude', 'is not', null)
      .executeTakeFirstOrThrow()
    const v = await view(`bbox=${DENMARK}&zoom=7&status=sold`)
    expect(v.total).toBe(Number(sold.n))
    expect(v.legend).toEqual({ sold: Number(sold.n) })
    expect((await view(`bbox=${DENMARK}&zoom=7&status=`)).total).toBe(0)
    const admin = await view(`bbox=${DENMARK}&zoom=7&anvendelse=administration`)
    const rest = await view(`bbox=${DENMARK}&zoom=7&anvendelse=school,daycare,care,culture,sports,technical,housing,other`)
    expect(admin.total + rest.total).toBe(PROPERTIES - 1)
    const labels = await view(`bbox=${DENMARK}&zoom=7&farve=energyLabel`)
    expect(labels.legend.G).toBe(Math.floor(PROPERTIES / 5))
    expect(labels.legend.none).toBe(PROPERTIES - 1 - Math.floor(PROPERTIES / 5))
    const kwh = await view(`bbox=${DENMARK}&zoom=7&farve=kwh`)
    expect(kwh.legend).toEqual({ '1': 1, none: PROPERTIES - 2 })
    // Property 2 sits at 54.7 N, 8.1 E.
    const two = (await view('bbox=8.05,54.65,8.15,54.75&zoom=12&farve=kwh')).features.find((f) => f.kind === 'point' && f.id === 2)
    expect(two && two.kind === 'point' && two.kwhPerM2).toBe('100')
  })

  it('refuses a missing or malformed box and unknown filters in Danish, and strangers', async () => {
    expect((await get('zoom=7')).status).toBe(400)
    const bad = await get('bbox=13,54,8,57&zoom=7')
    expect(bad.status).toBe(400)
    expect((bad.body as { error: string }).error).toContain('vest,syd,øst,nord')
    expect((await get(`bbox=${DENMARK}&status=solgt`)).status).toBe(400)
    expect((await get(`bbox=${DENMARK}&zoom=99`)).status).toBe(400)
    expect((await get(`bbox=${DENMARK}&farve=rød`)).status).toBe(400)
    expect([302, 401]).toContain((await send('GET', `/api/v1/map?bbox=${DENMARK}&zoom=7`)).status)
  })

  it('reads a box through an index', async () => {
    const query = inViewQuery(h.db, { bbox: { west: 9, south: 55, east: 9.3, north: 55.3 }, statuses: null, uses: null })
    const explain = (prefix: string) => CompiledQuery.raw(`${prefix} ${query.compile().sql}`, [...query.compile().parameters])
    const plan = await h.db.connection().execute(async (conn) => {
      if (dialect === 'sqlite')
        return (await conn.executeQuery<{ detail: string }>(explain('explain query plan'))).rows.map((r) => r.detail)
      await sql`set enable_seqscan = off`.execute(conn)
      try {
        return (await conn.executeQuery<{ 'QUERY PLAN': string }>(explain('explain'))).rows.map((r) => r['QUERY PLAN'])
      } finally {
        await sql`reset enable_seqscan`.execute(conn)
      }
    })
    expect(plan.join(' | ')).toMatch(/property_(map|latitude_grid|longitude_grid)_idx/)
  })

  it('sends /kort one page of the list for the box asked for, not the register', async () => {
    const res = await send('GET', '/kort', { cookie })
    expect(res.status).toBe(200)
    const data = res.body as MapData
    expect(data.list.rows).toHaveLength(50)
    expect(data.list.info.total).toBe(PROPERTIES - 1)
    expect(data.placed).toBe(PROPERTIES - 1)
    expect(data.unplaced).toBe(1)
    expect(data.extent!.south).toBeCloseTo(54.6, 5)
    expect(Buffer.byteLength(JSON.stringify(data))).toBeLessThan(40_000)
    const box = (await send('GET', '/kort?bbox=9.0,55.0,9.3,55.3&side=2', { cookie })).body as MapData
    const inBox = await view('bbox=9.0,55.0,9.3,55.3&zoom=12')
    expect(box.list.info.total).toBe(inBox.total)
    expect(box.list.info.page).toBe(Math.min(2, box.list.info.pageCount))
    expect(box.list.rows.every((p) => p.latitude >= 55 && p.latitude <= 55.3)).toBe(true)
    const sold = (await send('GET', '/kort?status=sold', { cookie })).body as MapData
    expect(sold.list.rows.every((p) => p.status === 'sold')).toBe(true)
  })
})
