/**
 * Two app servers behind one PostgreSQL, as a municipality that outgrows one machine runs them:
 * a session made on one is valid on the other, a save on one is seen at once on the other, a
 * scenario cached on one is recomputed after a change through the other, and log-in limits count
 * the attempts made on both. Nothing the servers share lives in a process.
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPostgres, type RunningPostgres } from '../setup/postgres'
import { logInAs, request, serverDir, startServer, type AppServer } from './server-process'

const ADMIN = { email: 'admin@hedensted.demo', password: 'demo-admin-kvadratmeter' }

describe('two servers on one PostgreSQL', () => {
  let cluster: RunningPostgres
  let a: AppServer
  let b: AppServer
  let databaseUrl = ''

  async function queryOne<T>(text: string): Promise<T> {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      return (await client.query(text)).rows[0] as T
    } finally {
      await client.end()
    }
  }

  beforeAll(async () => {
    cluster = await startPostgres()
    const admin = new pg.Client({ connectionString: cluster.url })
    await admin.connect()
    const name = `kk_multi_${process.pid}_${Date.now()}`
    await admin.query(`create database ${name}`)
    await admin.end()
    const url = new URL(cluster.url)
    url.pathname = `/${name}`
    databaseUrl = url.toString()
    // One folder: both servers read the same session secret, as the README asks of a deployment.
    const dir = serverDir()
    const env = { DATABASE_URL: url.toString(), SEED_DEMO_DATA: 'true' }
    // Started together on the empty database: the first start's seeding must happen once.
    ;[a, b] = await Promise.all([startServer({ dir, env }), startServer({ dir, env })])
  })

  afterAll(async () => {
    await a?.stop()
    await b?.stop()
    await cluster?.stop()
  })

  it('seeds the empty database once although both servers started at the same time', async () => {
    const { cookie } = await logInAs(a.baseUrl, ADMIN.email, ADMIN.password)
    const api = await request(`${b.baseUrl}/api/v1/properties?search=${encodeURIComponent('Juelsminde Rådhus')}`, {
      headers: { Cookie: cookie! },
    })
    expect(api.status).toBe(200)
    expect(JSON.parse(api.text).total).toBe(1)
  })

  it('accepts a session made on one server on the other', async () => {
    const { status, cookie } = await logInAs(a.baseUrl, ADMIN.email, ADMIN.password)
    expect(status).toBe(302)
    const onB = await request(`${b.baseUrl}/ejendomme`, { headers: { Cookie: cookie! } })
    expect(onB.status).toBe(200)
    expect(onB.text).toContain('Ejendomme')
  })

  it('shows a property saved through one server at once on the other', async () => {
    const { cookie } = await logInAs(b.baseUrl, ADMIN.email, ADMIN.password)
    const created = await request(`${a.baseUrl}/ejendomme/ny`, {
      headers: { Cookie: cookie! },
      form: {
        intent: 'save',
        name: 'Tværserver Hus',
        address: 'Serverstien 2',
        postcode: '8722',
        town: 'Hedensted',
        ownership: 'owned',
        use: 'other',
        status: 'in_use',
        grossAreaM2: '250',
        workplaces: '0',
        annualOperatingCostOre: '12.345,67',
        annualMaintenanceOre: '0',
        maintenanceBacklogOre: '0',
        note: '',
      },
    })
    expect(created.status).toBe(302)
    const id = /\/ejendomme\/(\d+)/.exec(String(created.headers.location))?.[1]
    expect(id).toBeTruthy()
    const onB = await request(`${b.baseUrl}/ejendomme/${id}`, { headers: { Cookie: cookie! } })
    expect(onB.status).toBe(200)
    expect(onB.text).toContain('Tværserver Hus')
    expect(onB.text).toContain('12.345,67')
  })

  it('recomputes a scenario cached on one server after a change made through the other', async () => {
    const { cookie } = await logInAs(a.baseUrl, ADMIN.email, ADMIN.password)
    const headers = { Cookie: cookie! }
    const plan = await queryOne<{ id: number }>('select id from scenario where is_baseline = 1 and archived_at is null')
    const measure = await queryOne<{ id: number }>(
      `select id from scenario_measure where scenario_id = ${plan.id} and enabled = 1 and kind = 'lease_termination' order by id limit 1`,
    )
    const effect = async (server: AppServer) =>
      (JSON.parse((await request(`${server.baseUrl}/api/v1/scenarios/${plan.id}/savings`, { headers })).text) as { fullYearEffect: string })
        .fullYearEffect
    const before = await effect(b)
    expect(await effect(b)).toBe(before)
    const list = await request(`${b.baseUrl}/scenarier`, { headers })
    expect(list.status).toBe(200)

    const toggled = await request(`${a.baseUrl}/scenarier/${plan.id}`, {
      headers,
      form: { intent: 'toggle', measureId: String(measure.id), enabled: '0' },
    })
    expect(toggled.status).toBeLessThan(400)
    const after = await effect(b)
    expect(after).not.toBe(before)
    expect(await effect(a)).toBe(after)
    const cached = await queryOne<{ summary_json: string }>(
      `select summary_json from scenario_summary_cache where scenario_id = ${plan.id}`,
    )
    expect(JSON.parse(cached.summary_json).fullYearEffect).toBe(before)
    await request(`${b.baseUrl}/scenarier`, { headers })
    const recomputed = await queryOne<{ summary_json: string }>(
      `select summary_json from scenario_summary_cache where scenario_id = ${plan.id}`,
    )
    expect(JSON.parse(recomputed.summary_json).fullYearEffect).toBe(after)
  })

  it('counts failed log-ins made on both servers toward one limit', async () => {
    const account = 'hr@hedensted.demo'
    // Five wrong passwords lock an account; alternate the servers so neither sees five alone.
    for (let i = 0; i < 5; i++) {
      const server = i % 2 === 0 ? a : b
      const res = await request(`${server.baseUrl}/login`, { form: { email: account, password: `forkert-${i}` } })
      expect(res.status).toBe(401)
    }
    for (const server of [a, b]) {
      const res = await request(`${server.baseUrl}/login`, { form: { email: account, password: 'demo-hr-kvadratmeter' } })
      expect(res.status).toBe(429)
      expect(res.text).toContain('For mange forkerte forsøg')
    }
  })
})
