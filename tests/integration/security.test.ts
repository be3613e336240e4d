/**
 * Security and reliability fixes through the real route modules and services: the log-in's
 * redirect target, the last administrator, confirming a change of one's own role, demo accounts
 * only with the demo portfolio; and on SQLite: write transactions that wait for another process
 * (BEGIN IMMEDIATE), and busy, full and read-only databases answered in Danish with the form kept.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { sql } from 'kysely'
import { RouterContextProvider } from 'react-router'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DatabaseLocationError, openDatabase, type DatabaseHandle } from '#db/connection'
import { migrateToLatest } from '#db/migrator'
import { ok } from '~/core/result'
import * as usersPage from '~/features/users-audit/routes/brugere'
import * as loginPage from '~/features/users-audit/routes/login'
import { createUser, DEMO_USERS, LAST_ADMIN, seedDemoUsersWithDemo, updateUser } from '~/features/users-audit/users.server'
import { userContext } from '~/server/auth/middleware.server'
import type { SessionUser } from '~/server/auth/sessions.server'
import { DATABASE_TROUBLE, inTransaction } from '~/server/transaction.server'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { call, form, post } from './route-call'

process.env.SESSION_SECRET ??= 'test-secret-test-secret-test-secret-0123456789'

function contextAs(user: SessionUser): RouterContextProvider {
  const context = new RouterContextProvider()
  context.set(userContext, user)
  return context
}

async function adminNamed(db: DatabaseHandle['db'], email: string): Promise<SessionUser> {
  const r = await createUser(db, { email, name: email.split('@')[0]!, role: 'admin' }, 'en-lang-adgangskode-til-test')
  if (!r.ok) throw new Error(r.message)
  return { id: r.value.id, email, name: 'Admin', role: 'admin', mustChangePassword: false, sessionId: 'test' }
}

describe.each(DIALECTS)('security on %s', (dialect) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
  })
  afterAll(async () => h.close())

  it('sends a log-in only to a path on this site, and never answers 500 on an odd target', async () => {
    await createUser(h.db, { email: 'til@hedensted.demo', name: 'Til', role: 'hr' }, 'til-adgangskode-lang-nok')
    const login = (til: string) =>
      call(loginPage.action, {
        request: post('/login', form({ email: 'til@hedensted.demo', password: 'til-adgangskode-lang-nok', til })),
      })
    const cases: [string, string][] = [
      ['/\t/evil.example', '/'],
      ['//evil.example', '/'],
      ['/\\evil.example', '/'],
      ['https://evil.example/', '/'],
      ['/.//evil.example', '/evil.example'],
      ['/a\r\nSet-Cookie: x=1', '/aSet-Cookie:%20x=1'],
      ['/\u3002evil.example', '/%E3%80%82evil.example'],
      ['/ejendomme?side=2#top', '/ejendomme?side=2#top'],
    ]
    for (const [til, location] of cases) {
      const res = await login(til)
      expect(res.status, JSON.stringify(til)).toBe(302)
      expect(res.headers!.get('Location'), JSON.stringify(til)).toBe(location)
    }
  })

  it('answers a wrong log-in with 401 and the e-mail kept, never the password', async () => {
    const res = await call(loginPage.action, {
      request: post('/login', form({ email: 'til@hedensted.demo', password: 'forkert-kode' })),
    })
    expect(res.status).toBe(401)
    expect(res.body).toMatchObject({ intent: 'login', ok: false, message: 'Forkert e-mail eller adgangskode.' })
    expect(res.body.reply.initialValue).toMatchObject({ email: 'til@hedensted.demo' })
    expect(JSON.stringify(res.body)).not.toContain('forkert-kode')
  })

  it('refuses to deactivate or demote the last active administrator', async () => {
    const only = await adminNamed(h.db, `eneste-${dialect}@hedensted.demo`)
    const other = await adminNamed(h.db, `anden-${dialect}@hedensted.demo`)
    await h.db.updateTable('appUser').set({ active: 0 }).where('role', '=', 'admin').where('id', '<>', only.id).execute()
    const base = { userId: only.id, version: 1, name: 'Eneste', bekraeft: 'ja' as const }
    expect(await updateUser(h.db, only.id, { ...base, role: 'hr', active: 1 })).toMatchObject({ ok: false, message: LAST_ADMIN })
    expect(await updateUser(h.db, only.id, { ...base, role: 'admin', active: 0 })).toMatchObject({ ok: false, message: LAST_ADMIN })
    // Through the page, by another admin whose access was just removed: refused, nothing written.
    const res = await call(usersPage.action, {
      request: post('/brugere', form({ intent: 'update', userId: String(only.id), version: '1', name: 'Eneste', role: 'hr' })),
      context: contextAs(other),
    } as never)
    expect(res.status).toBe(409)
    expect(res.body).toMatchObject({ intent: 'update', ok: false })
    const stored = await h.db.selectFrom('appUser').selectAll().where('id', '=', only.id).executeTakeFirstOrThrow()
    expect([stored.role, stored.active, stored.version]).toEqual(['admin', 1, 1])
    // With two active admins, one may be demoted.
    await h.db.updateTable('appUser').set({ active: 1 }).where('id', '=', other.id).execute()
    expect((await updateUser(h.db, other.id, { ...base, role: 'hr', active: 1 })).ok).toBe(true)
  })

  it('asks before an admin changes their own role or access, keeping what they chose', async () => {
    const me = await adminNamed(h.db, `selv-${dialect}@hedensted.demo`)
    await adminNamed(h.db, `reserve-${dialect}@hedensted.demo`)
    const fields = { intent: 'update', userId: String(me.id), version: '1', name: 'Selv', role: 'udvalg', active: 'on' }
    const asked = await call(usersPage.action, { request: post('/brugere', form(fields)), context: contextAs(me) } as never)
    expect(asked.status).toBe(409)
    expect(asked.body.reply.error.bekraeft[0]).toContain('fra Administrator til Kapacitetsudvalget')
    expect(asked.body.reply.initialValue).toMatchObject({ role: 'udvalg', name: 'Selv' })
    expect((await h.db.selectFrom('appUser').select('role').where('id', '=', me.id).executeTakeFirstOrThrow()).role).toBe('admin')
    const confirmed = await call(usersPage.action, {
      request: post('/brugere', form({ ...fields, bekraeft: 'ja' })),
      context: contextAs(me),
    } as never)
    expect(confirmed.status).toBe(302)
    expect(confirmed.headers!.get('Location')).toBe('/?besked=gemt')
    expect((await h.db.selectFrom('appUser').select('role').where('id', '=', me.id).executeTakeFirstOrThrow()).role).toBe('udvalg')
  })

  it('shows a new one-time password once, on the answer to the admin who created the user', async () => {
    const admin = await adminNamed(h.db, `opretter-${dialect}@hedensted.demo`)
    const res = await call(usersPage.action, {
      request: post('/brugere', form({ intent: 'create', email: `Ny-${dialect}@Hedensted.demo `, name: 'Ny', role: 'hr' })),
      context: contextAs(admin),
    } as never)
    expect(res.body).toMatchObject({ intent: 'create', ok: true, message: `Brugeren ny-${dialect}@hedensted.demo er oprettet.` })
    expect(res.body.oneTimePassword).toMatch(/^[a-zA-Z2-9]{16}$/)
  })

  it('creates the demo accounts only together with a freshly seeded demo portfolio', async () => {
    const fresh = await openTestDatabase(dialect)
    try {
      expect(await seedDemoUsersWithDemo(fresh.db, false)).toBe(false)
      expect(await fresh.db.selectFrom('appUser').select('email').execute()).toEqual([])
      await createUser(fresh.db, { email: 'drift@kommune.dk', name: 'Drift', role: 'admin' })
      expect(await seedDemoUsersWithDemo(fresh.db, true)).toBe(false)
      expect((await fresh.db.selectFrom('appUser').select('email').execute()).map((u) => u.email)).toEqual(['drift@kommune.dk'])
    } finally {
      await fresh.close()
    }
    const demo = await openTestDatabase(dialect)
    try {
      expect(await seedDemoUsersWithDemo(demo.db, true)).toBe(true)
      expect(await demo.db.selectFrom('appUser').select('email').orderBy('email').execute()).toHaveLength(DEMO_USERS.length)
    } finally {
      await demo.close()
    }
  })
})

describe('SQLite under another writer, a full disk and a read-only file', () => {
  let dir: string
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-sec-'))
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  async function database(name: string, busyTimeoutMs = 5000) {
    const file = path.join(dir, name)
    const handle = openDatabase(file, { busyTimeoutMs })
    await migrateToLatest(handle.db)
    return { file, handle }
  }

  it('creates the database file and its journal readable by this user only', async () => {
    const { file, handle } = await database('modes.sqlite')
    await createUser(handle.db, { email: 'mode@x.dk', name: 'Mode', role: 'hr' }, 'en-lang-adgangskode-til-test')
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect((fs.statSync(f).mode & 0o777).toString(8), f).toBe('600')
    await handle.close()
  })

  it('refuses a database in a folder that does not exist, naming it, unless asked to create it', async () => {
    const missing = path.join(dir, 'findes-ikke', 'db.sqlite')
    expect(() => openDatabase(missing)).toThrow(DatabaseLocationError)
    expect(() => openDatabase(missing)).toThrow(/mappen .*findes-ikke findes ikke .*--init/)
    expect(fs.existsSync(path.dirname(missing))).toBe(false)
    const created = openDatabase(missing, { createDirectory: true })
    expect(created.created).toBe(true)
    await created.close()
  })

  it('lets a save that reads first wait for another process to finish writing (BEGIN IMMEDIATE)', async () => {
    const { file, handle } = await database('wait.sqlite')
    const other = new Database(file)
    other.pragma('busy_timeout = 5000')
    other.exec('begin immediate')
    other.prepare("insert into login_attempt (key, failures, window_start) values ('other', 1, 'x')").run()
    let ticks = 0
    const ticker = setInterval(() => ticks++, 10)
    setTimeout(() => other.exec('commit'), 400)
    const result = await inTransaction(handle.db, async (trx) => {
      const seen = await trx.selectFrom('loginAttempt').select('key').execute()
      await trx.insertInto('loginAttempt').values({ key: 'mine', failures: 1, windowStart: 'x', lockedUntil: null }).execute()
      return ok(seen.map((r) => r.key))
    })
    clearInterval(ticker)
    expect(result).toEqual({ ok: true, value: ['other'] })
    // The wait did not stop the event loop (other requests are served meanwhile).
    expect(ticks).toBeGreaterThan(10)
    other.close()
    await handle.close()
  })

  it('answers a save still blocked after the busy timeout with "prøv igen" and the form kept', async () => {
    const { file, handle } = await database('busy.sqlite', 200)
    const admin = await adminNamed(handle.db, 'travl@x.dk')
    await adminNamed(handle.db, 'reserve@x.dk')
    useAsAppDatabase(handle)
    const other = new Database(file)
    other.exec('begin immediate')
    const res = await call(usersPage.action, {
      request: post(
        '/brugere',
        form({ intent: 'update', userId: String(admin.id), version: '1', name: 'Nyt navn', role: 'admin', active: 'on' }),
      ),
      context: contextAs(admin),
    } as never)
    other.exec('rollback')
    other.close()
    expect(res.status).toBe(409)
    expect(res.body).toMatchObject({ intent: 'update', ok: false, message: DATABASE_TROUBLE.busy })
    expect(res.body.message).toContain('prøv igen')
    expect(res.body.reply.initialValue).toMatchObject({ name: 'Nyt navn' })
    await handle.close()
  })

  it('answers a full disk and a read-only database in Danish instead of failing', async () => {
    const { handle } = await database('full.sqlite')
    const pages = await sql<{ pageCount: number }>`pragma page_count`.execute(handle.db)
    await sql.raw(`pragma max_page_count = ${pages.rows[0]!.pageCount}`).execute(handle.db)
    const big = 'x'.repeat(200_000)
    const full = await inTransaction(handle.db, async (trx) => {
      await trx.insertInto('loginAttempt').values({ key: big, failures: 1, windowStart: 'x', lockedUntil: null }).execute()
      return ok(null)
    })
    expect(full).toEqual({ ok: false, reason: 'blocked', message: DATABASE_TROUBLE.full })
    await handle.close()

    const { handle: readOnly } = await database('readonly.sqlite')
    await sql`pragma query_only = on`.execute(readOnly.db)
    const refused = await inTransaction(readOnly.db, async (trx) => {
      await trx.insertInto('loginAttempt').values({ key: 'k', failures: 1, windowStart: 'x', lockedUntil: null }).execute()
      return ok(null)
    })
    expect(refused).toEqual({ ok: false, reason: 'blocked', message: DATABASE_TROUBLE.readonly })
    await readOnly.close()
  })
})
