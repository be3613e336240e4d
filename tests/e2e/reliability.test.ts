/**
 * Reliability of the production server on SQLite: kill -9 while saves are under way, restart,
 * and the file is intact with every save all-or-nothing (row and audit row together); and a short
 * mixed load of readers and writers with a CLI import writing the same file at the same time:
 * no 5xx, no lost update, and exactly one audit row per successful write.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { logInAs, readDatabase, request, startServer, type AppServer } from './server-process'

const ROOT = path.resolve(import.meta.dirname, '../..')
const ADMIN = { email: 'admin@hedensted.demo', password: 'demo-admin-kvadratmeter' }

interface UserRow {
  id: number
  name: string
  version: number
}

function userRow(server: AppServer, id: number): UserRow {
  return readDatabase(server.database, (db) => db.prepare('select id, name, version from app_user where id = ?').get(id) as UserRow)
}

function updateAudits(server: AppServer, id: number): { name: string }[] {
  return readDatabase(server.database, (db) =>
    (
      db
        .prepare("select after_json from audit_log where entity = 'user' and entity_id = ? and action = 'update' order by id")
        .all(String(id)) as {
        after_json: string
      }[]
    ).map((r) => JSON.parse(r.after_json) as { name: string }),
  )
}

/** Create test users through the page; their ids. */
async function createUsers(server: AppServer, cookie: string, prefix: string, count: number): Promise<number[]> {
  const ids: number[] = []
  for (let i = 0; i < count; i++) {
    const email = `${prefix}${i}@hedensted.demo`
    const res = await request(`${server.baseUrl}/brugere`, {
      form: { intent: 'create', email, name: `${prefix} ${i}`, role: 'hr' },
      headers: { Cookie: cookie },
    })
    expect(res.status).toBe(200)
    ids.push(readDatabase(server.database, (db) => (db.prepare('select id from app_user where email = ?').get(email) as { id: number }).id))
  }
  return ids
}

/** What one save of a user's name answered; `null` when the connection failed (server gone). */
async function saveName(server: AppServer, cookie: string, id: number, version: number, name: string): Promise<number | null> {
  try {
    const res = await request(`${server.baseUrl}/brugere`, {
      form: { intent: 'update', userId: String(id), version: String(version), name, role: 'hr', active: 'on' },
      headers: { Cookie: cookie },
    })
    return res.status
  } catch {
    return null
  }
}

interface WriterLog {
  saved: string[]
  statuses: number[]
}

/** Save a user's name again and again with the version last read, until `until()` says stop. */
async function writer(server: AppServer, cookie: string, id: number, tag: string, until: () => boolean): Promise<WriterLog> {
  const log: WriterLog = { saved: [], statuses: [] }
  for (let n = 0; !until(); n++) {
    const { version } = userRow(server, id)
    const name = `${tag} ${n}`
    const status = await saveName(server, cookie, id, version, name)
    if (status === null) break
    log.statuses.push(status)
    if (status === 302) log.saved.push(name)
  }
  return log
}

function integrity(server: AppServer): string {
  return readDatabase(server.database, (db) => (db.pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check)
}

function cli(database: string, ...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database },
    })
    let output = ''
    child.stdout.on('data', (d) => (output += String(d)))
    child.stderr.on('data', (d) => (output += String(d)))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

describe('kill -9 during saves', () => {
  it('restarts on an intact file where every save is all or nothing', async () => {
    const first = await startServer()
    const { cookie } = await logInAs(first.baseUrl, ADMIN.email, ADMIN.password)
    const ids = await createUsers(first, cookie!, 'krak', 4)
    let stop = false
    const writers = ids.map((id, i) => writer(first, cookie!, id, `krak-${i}`, () => stop))
    await new Promise((r) => setTimeout(r, 1500))
    await first.kill9()
    stop = true
    const logs = await Promise.all(writers)
    expect(logs.every((l) => l.saved.length > 0)).toBe(true)

    const second = await startServer({ dir: first.dir })
    try {
      expect(integrity(second)).toBe('ok')
      ids.forEach((id, i) => {
        const row = userRow(second, id)
        const audits = updateAudits(second, id)
        // Row and audit row were written together: as many updates as version bumps, the last one is the row.
        expect(audits.length, `bruger ${id}`).toBe(row.version - 1)
        expect(audits.at(-1)?.name, `bruger ${id}`).toBe(row.name)
        // Every save the client was told about is there; at most the one in flight is extra.
        expect(audits.length).toBeGreaterThanOrEqual(logs[i]!.saved.length)
        expect(audits.length).toBeLessThanOrEqual(logs[i]!.saved.length + 1)
      })
      expect((await logInAs(second.baseUrl, ADMIN.email, ADMIN.password)).status).toBe(302)
    } finally {
      await second.stop()
    }
  })
})

describe('a short mixed load with a CLI import writing at the same time', () => {
  it('answers no 5xx, loses no update, and writes one audit row per successful save', async () => {
    const server = await startServer()
    try {
      const { cookie } = await logInAs(server.baseUrl, ADMIN.email, ADMIN.password)
      const ids = await createUsers(server, cookie!, 'last', 4)
      const portfolio = path.join(server.dir, 'portefolje.json')
      expect((await cli(server.database, 'export', portfolio)).code).toBe(0)

      let stop = false
      const statuses: number[] = []
      const reader = async () => {
        const pages = ['/', '/ejendomme', '/ejendomme.data', '/api/v1/properties', '/revision', '/brugere']
        for (let n = 0; !stop; n++) {
          const res = await request(`${server.baseUrl}${pages[n % pages.length]}`, { headers: { Cookie: cookie! } })
          statuses.push(res.status)
        }
      }
      const readers = [reader(), reader(), reader()]
      const writers = ids.map((id, i) => writer(server, cookie!, id, `last-${i}`, () => stop))
      // A second writer on the first user: its stale versions must be refused, never overwrite.
      const rival = writer(server, cookie!, ids[0]!, 'rival', () => stop)
      const imports = (async () => {
        const runs = []
        for (let i = 0; i < 2; i++) runs.push(await cli(server.database, 'import', portfolio, '--replace'))
        return runs
      })()
      const cliRuns = await imports
      await new Promise((r) => setTimeout(r, 500))
      stop = true
      const [logs, rivalLog] = await Promise.all([Promise.all(writers), rival, Promise.all(readers)])

      expect(
        cliRuns.map((r) => r.code),
        cliRuns.map((r) => r.output).join('\n'),
      ).toEqual([0, 0])
      const all = [...statuses, ...logs.flatMap((l) => l.statuses), ...rivalLog.statuses]
      expect(all.filter((s) => s >= 500)).toEqual([])
      expect(statuses.length).toBeGreaterThan(20)
      ids.forEach((id, i) => {
        const saved = i === 0 ? logs[0]!.saved.length + rivalLog.saved.length : logs[i]!.saved.length
        const row = userRow(server, id)
        expect(saved, `bruger ${id}`).toBeGreaterThan(0)
        expect(row.version, `bruger ${id}`).toBe(1 + saved)
        expect(updateAudits(server, id), `bruger ${id}`).toHaveLength(saved)
        if (i > 0) expect(row.name).toBe(logs[i]!.saved.at(-1))
      })
      expect(rivalLog.statuses.every((s) => s === 302 || s === 409)).toBe(true)
      expect(integrity(server)).toBe('ok')
    } finally {
      await server.stop()
      fs.rmSync(server.dir, { recursive: true, force: true })
    }
  })
})
