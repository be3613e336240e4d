/** Sessions, rate limiting, log-in events and the audit trail on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { runAsActor } from '~/server/auth/actor.server'
import { runHousekeeping } from '~/server/auth/housekeeping.server'
import { authenticate, guardedPasswordCheck, normaliseAccount } from '~/server/auth/identity.server'
import { logIn, logOut } from '~/server/auth/log-in.server'
import { verifyPassword } from '~/server/auth/passwords.server'
import { LIMITS } from '~/server/auth/rate-limit.server'
import { createSession, destroySession, getSessionUser } from '~/server/auth/sessions.server'
import { recordHistory } from '~/features/users-audit/audit.server'
import { getProperty } from '~/features/properties/properties.repo.server'
import { createProperty, editProperty } from '~/features/properties/properties.server'
import { changeOwnPassword, createUser, DEMO_USERS, seedDemoUsers } from '~/features/users-audit/users.server'
import { propertyInput } from '../factories/register'
import { DIALECTS, openTestDatabase } from '../setup/test-db'

process.env.SESSION_SECRET ??= 'test-secret-test-secret-test-secret-0123456789'

const req = (cookie?: string) => new Request('http://localhost/', { headers: cookie ? { Cookie: cookie } : {} })
const cookieValue = (setCookie: string) => setCookie.split(';')[0]!
const STRONG = 'ny-lang-sætning-om-kvadratmeter-1234'

describe.each(DIALECTS)('auth on %s', (dialect) => {
  let h: DatabaseHandle
  const audits = (entity: string, entityId?: string) => {
    let q = h.db.selectFrom('auditLog').selectAll().where('entity', '=', entity)
    if (entityId) q = q.where('entityId', '=', entityId)
    return q.orderBy('id').execute()
  }
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    await seedDemoUsers(h.db)
  })
  afterAll(async () => h.close())

  it('logs in with the right password only, and never stores the password', async () => {
    const admin = DEMO_USERS[0]!
    expect((await authenticate(h.db, admin.email, admin.password, '10.0.0.1')).ok).toBe(true)
    expect(await authenticate(h.db, admin.email, 'forkert', '10.0.0.1')).toEqual({
      ok: false,
      reason: 'wrong',
      message: 'Forkert e-mail eller adgangskode.',
    })
    expect(await authenticate(h.db, 'ukendt@hedensted.demo', 'x', '10.0.0.1')).toMatchObject({ ok: false })
    const stored = await h.db.selectFrom('appUser').select('passwordHash').where('email', '=', admin.email).executeTakeFirstOrThrow()
    expect(stored.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/)
    expect(stored.passwordHash).not.toContain(admin.password)
  })

  it('locks an account after repeated failures, even with the right password, and says for how long', async () => {
    const created = await createUser(h.db, { email: 'laas@hedensted.demo', name: 'Lås', role: 'hr' }, 'rigtig-adgangskode-123')
    expect(created.ok).toBe(true)
    for (let i = 0; i < LIMITS.account.failures; i++) await authenticate(h.db, 'laas@hedensted.demo', 'forkert', `10.1.0.${i}`)
    const locked = await authenticate(h.db, 'laas@hedensted.demo', 'rigtig-adgangskode-123', '10.1.0.99')
    expect(locked).toMatchObject({ ok: false, reason: 'locked' })
    expect(locked.ok ? '' : locked.message).toMatch(/For mange forkerte forsøg\. Prøv igen om 15 minutter\./)
  })

  it('counts each attempt before checking it, so a burst of parallel guesses gets no more checks than the limit', async () => {
    // No module mock: the unit and integration files share one module graph, so the check that
    // log-in runs is handed in directly and counted here.
    const email = `burst-${dialect}@hedensted.demo`
    await createUser(h.db, { email, name: 'Burst', role: 'hr' }, 'den-rigtige-adgangskode-42')
    const { passwordHash } = await h.db.selectFrom('appUser').select('passwordHash').where('email', '=', email).executeTakeFirstOrThrow()
    let checks = 0
    const guesses = Array.from({ length: 100 }, (_, i) => (i === 60 ? 'den-rigtige-adgangskode-42' : `gæt-${i}`))
    const results = await Promise.all(
      guesses.map((g, i) =>
        guardedPasswordCheck(
          h.db,
          { account: normaliseAccount(email), address: `10.2.${Math.floor(i / 50)}.${i % 50}` },
          () => {
            checks++
            return verifyPassword(g, passwordHash)
          },
          'Forkert e-mail eller adgangskode.',
        ),
      ),
    )
    expect(checks).toBeGreaterThan(0)
    expect(checks).toBeLessThanOrEqual(LIMITS.account.failures)
    expect(results.filter((r) => r.ok).length + results.filter((r) => !r.ok && r.reason === 'wrong').length).toBe(checks)
    expect(results.filter((r) => !r.ok && r.reason === 'locked').length).toBeGreaterThanOrEqual(100 - LIMITS.account.failures)
    // And through log-in itself: the account is now locked, even for the right password.
    expect(await authenticate(h.db, email, 'den-rigtige-adgangskode-42', '10.2.9.9')).toMatchObject({ ok: false, reason: 'locked' })
  })

  it('limits attempts per address across accounts, and a success gives the address its attempt back', async () => {
    for (let i = 0; i < LIMITS.address.failures; i++) await authenticate(h.db, `x${i}@hedensted.demo`, 'forkert', '10.9.9.9')
    const hr = DEMO_USERS.find((u) => u.role === 'hr')!
    expect((await authenticate(h.db, hr.email, hr.password, '10.9.9.9')).ok).toBe(false)
    expect((await authenticate(h.db, hr.email, hr.password, '10.9.9.10')).ok).toBe(true)
    for (let i = 0; i < 3; i++) expect((await authenticate(h.db, hr.email, hr.password, '10.9.9.11')).ok).toBe(true)
    const counter = await h.db.selectFrom('loginAttempt').selectAll().where('key', '=', 'address:10.9.9.11').executeTakeFirst()
    expect(counter?.failures ?? 0).toBe(0)
  })

  it('records log-ins, log-outs, failed log-ins and lock-outs in the audit trail', async () => {
    const email = `spor-${dialect}@hedensted.demo`
    const created = await createUser(h.db, { email, name: 'Spor', role: 'udvalg' }, 'spor-adgangskode-lang-nok')
    const id = created.ok ? String(created.value.id) : ''
    const okLogin = await logIn(h.db, req(), email, 'spor-adgangskode-lang-nok', '10.3.0.1')
    expect(okLogin.ok).toBe(true)
    const cookie = cookieValue(okLogin.ok ? okLogin.cookie : '')
    const me = await getSessionUser(h.db, req(cookie))
    await logOut(h.db, req(cookie), me, '10.3.0.1')
    expect(await getSessionUser(h.db, req(cookie))).toBeNull()
    expect((await audits('session', id)).map((a) => [a.action, a.userEmail, JSON.parse(a.afterJson ?? a.beforeJson!).address])).toEqual([
      ['create', email, '10.3.0.1'],
      ['delete', email, '10.3.0.1'],
    ])
    for (let i = 0; i < LIMITS.account.failures; i++) await logIn(h.db, req(), email, 'forkert', '10.3.0.2')
    const failures = await audits('login_failure', email)
    expect(failures).toHaveLength(LIMITS.account.failures)
    expect(failures.every((f) => f.userEmail === 'anonym' && f.summary === 'Forkert e-mail eller adgangskode.')).toBe(true)
    const lockouts = await audits('lockout', `account:${email}`)
    expect(lockouts).toHaveLength(1)
    expect(lockouts[0]!.summary).toContain('spærret i 15 minutter')
  })

  it('ends sessions on log-out, after idle time and after the absolute limit', async () => {
    const user = await h.db.selectFrom('appUser').selectAll().where('email', '=', 'udvalg@hedensted.demo').executeTakeFirstOrThrow()
    const cookie = cookieValue(await createSession(h.db, req(), user.id, '10.0.0.1'))
    expect((await getSessionUser(h.db, req(cookie)))?.email).toBe('udvalg@hedensted.demo')
    expect(await getSessionUser(h.db, req(cookie), Date.now() + 61 * 60_000)).toBeNull()
    expect(await getSessionUser(h.db, req(cookie))).toBeNull()

    const second = cookieValue(await createSession(h.db, req(), user.id, '10.0.0.1'))
    await h.db
      .updateTable('userSession')
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where('userId', '=', user.id)
      .execute()
    expect(await getSessionUser(h.db, req(second))).toBeNull()

    const third = cookieValue(await createSession(h.db, req(), user.id, '10.0.0.1'))
    await destroySession(h.db, req(third))
    expect(await getSessionUser(h.db, req(third))).toBeNull()
    expect(await getSessionUser(h.db, req('kk_session=forfalsket'))).toBeNull()
  })

  it('purges expired sessions and spent log-in counters', async () => {
    const user = await h.db.selectFrom('appUser').selectAll().where('email', '=', 'ejendom@hedensted.demo').executeTakeFirstOrThrow()
    const live = cookieValue(await createSession(h.db, req(), user.id, 'a'))
    await createSession(h.db, req(), user.id, 'b')
    const old = new Date(Date.now() - 48 * 3600_000).toISOString()
    await h.db.updateTable('userSession').set({ lastSeenAt: old, expiresAt: old }).where('address', '=', 'b').execute()
    await h.db.insertInto('loginAttempt').values({ key: 'account:gammel@x.dk', failures: 3, windowStart: old, lockedUntil: null }).execute()
    await h.db
      .insertInto('loginAttempt')
      .values({ key: 'account:frisk@x.dk', failures: 3, windowStart: new Date().toISOString(), lockedUntil: null })
      .execute()
    const purged = await runHousekeeping(h.db)
    expect(purged.sessions).toBeGreaterThanOrEqual(1)
    expect(await h.db.selectFrom('userSession').select('id').where('address', '=', 'b').execute()).toEqual([])
    expect(await getSessionUser(h.db, req(live))).not.toBeNull()
    const keys = (await h.db.selectFrom('loginAttempt').select('key').execute()).map((r) => r.key)
    expect(keys).not.toContain('account:gammel@x.dk')
    expect(keys).toContain('account:frisk@x.dk')
  })

  it('changes a password, ending the other sessions; weak passwords are refused in Danish', async () => {
    const hr = DEMO_USERS.find((u) => u.role === 'hr')!
    const user = await h.db.selectFrom('appUser').selectAll().where('email', '=', hr.email).executeTakeFirstOrThrow()
    const mine = cookieValue(await createSession(h.db, req(), user.id, 'a'))
    const other = cookieValue(await createSession(h.db, req(), user.id, 'b'))
    const me = (await getSessionUser(h.db, req(mine)))!
    const who = { userId: user.id, sessionId: me.sessionId, address: '10.4.0.1' }
    expect(await changeOwnPassword(h.db, who, 'forkert', STRONG)).toMatchObject({
      ok: false,
      fieldErrors: { current: ['Den nuværende adgangskode er forkert'] },
    })
    expect(await changeOwnPassword(h.db, who, hr.password, 'kort')).toMatchObject({
      ok: false,
      fieldErrors: { password: ['Adgangskoden skal have mindst 12 tegn'] },
    })
    for (const weak of ['aaaaaaaaaaaa', 'passwordpassword', 'hedensted2024', 'Velkommen1234']) {
      const r = await changeOwnPassword(h.db, who, hr.password, weak)
      expect(r, weak).toMatchObject({ ok: false, reason: 'invalid' })
      expect(r.ok ? '' : r.fieldErrors?.password?.[0], weak).toMatch(/^Adgangskoden er for let at gætte\./)
    }
    expect((await changeOwnPassword(h.db, who, hr.password, STRONG)).ok).toBe(true)
    expect(await getSessionUser(h.db, req(mine))).not.toBeNull()
    expect(await getSessionUser(h.db, req(other))).toBeNull()
    expect((await authenticate(h.db, hr.email, STRONG, 'c')).ok).toBe(true)
    const rows = await audits('user', String(user.id))
    expect(rows.at(-1)!.summary).toBe(`${hr.email}: adgangskode skiftet`)
    expect(rows.at(-1)!.afterJson).not.toContain('scrypt')
  })

  it('rate-limits the current-password check like the log-in', async () => {
    const email = `skift-${dialect}@hedensted.demo`
    const created = await createUser(h.db, { email, name: 'Skift', role: 'hr' }, 'skift-adgangskode-lang-nok')
    const userId = created.ok ? created.value.id : 0
    const cookie = cookieValue(await createSession(h.db, req(), userId, 'a'))
    const who = { userId, sessionId: (await getSessionUser(h.db, req(cookie)))!.sessionId, address: '10.5.0.1' }
    for (let i = 0; i < LIMITS.account.failures; i++) {
      expect(await changeOwnPassword(h.db, who, `forkert-${i}`, STRONG)).toMatchObject({ ok: false, reason: 'invalid' })
    }
    const locked = await changeOwnPassword(h.db, who, 'skift-adgangskode-lang-nok', STRONG)
    expect(locked).toMatchObject({ ok: false, message: 'For mange forkerte forsøg. Prøv igen om 15 minutter.' })
    expect((await authenticate(h.db, email, 'skift-adgangskode-lang-nok', '10.5.0.2')).ok).toBe(false)
    expect(await audits('login_failure', email)).toHaveLength(LIMITS.account.failures)
  })

  it('writes who changed what, before and after, in the same transaction as the change', async () => {
    const actor = { userId: 1, email: 'ejendom@hedensted.demo', role: 'ejendom' as const }
    const created = await runAsActor(actor, () => createProperty(h.db, propertyInput({ name: 'Revisionshuset' })))
    const id = created.ok ? created.value.id : 0
    await runAsActor(actor, () => editProperty(h.db, id, 1, propertyInput({ name: 'Revisionshuset', workplaces: 77 })))
    const history = await recordHistory(h.db, 'property', id)
    expect(history.map((e) => [e.action, e.userEmail])).toEqual([
      ['update', 'ejendom@hedensted.demo'],
      ['create', 'ejendom@hedensted.demo'],
    ])
    expect(JSON.parse(history[0]!.beforeJson!).workplaces).toBe(50)
    expect(JSON.parse(history[0]!.afterJson!).workplaces).toBe(77)

    // A change that is rolled back leaves neither the change nor its audit row.
    const before = await recordHistory(h.db, 'property', id)
    await expect(
      h.db.transaction().execute(async (trx) => {
        const { recordAudit } = await import('~/server/audit.server')
        await trx.updateTable('property').set({ name: 'Rullet tilbage' }).where('id', '=', id).execute()
        await recordAudit(trx, 'update', 'property', id, { name: 'Revisionshuset' }, { name: 'Rullet tilbage' })
        throw new Error('fejl midt i')
      }),
    ).rejects.toThrow('fejl midt i')
    expect((await getProperty(h.db, id))?.name).toBe('Revisionshuset')
    expect(await recordHistory(h.db, 'property', id)).toHaveLength(before.length)
    // A refused (stale) edit writes no audit row either.
    await editProperty(h.db, id, 1, propertyInput({ name: 'For sent' }))
    expect(await recordHistory(h.db, 'property', id)).toHaveLength(before.length)
  })
})
