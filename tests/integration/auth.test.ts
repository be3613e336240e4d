/** Sessions, rate limiting and the audit trail on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { runAsActor } from '~/server/auth/actor.server'
import { authenticate } from '~/server/auth/identity.server'
import { LIMITS } from '~/server/auth/rate-limit.server'
import { createSession, destroySession, getSessionUser } from '~/server/auth/sessions.server'
import { recordHistory } from '~/features/users-audit/audit.repo.server'
import { getProperty } from '~/features/properties/properties.repo.server'
import { createProperty, editProperty } from '~/features/properties/properties.server'
import { changeOwnPassword, createUser, DEMO_USERS, seedDemoUsers } from '~/features/users-audit/users.server'
import { propertyInput } from '../factories/register'
import { DIALECTS, openTestDatabase } from '../setup/test-db'

process.env.SESSION_SECRET ??= 'test-secret-test-secret-test-secret-0123456789'

const req = (cookie?: string) => new Request('http://localhost/', { headers: cookie ? { Cookie: cookie } : {} })
const cookieValue = (setCookie: string) => setCookie.split(';')[0]!

describe.each(DIALECTS)('auth on %s', (dialect) => {
  let h: DatabaseHandle
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
    expect(locked).toMatchObject({ ok: false })
    expect(locked.ok ? '' : locked.message).toMatch(/For mange forkerte forsøg\. Prøv igen om 15 minutter\./)
  })

  it('limits attempts per address across accounts', async () => {
    for (let i = 0; i < LIMITS.address.failures; i++) await authenticate(h.db, `x${i}@hedensted.demo`, 'forkert', '10.9.9.9')
    const hr = DEMO_USERS.find((u) => u.role === 'hr')!
    expect((await authenticate(h.db, hr.email, hr.password, '10.9.9.9')).ok).toBe(false)
    expect((await authenticate(h.db, hr.email, hr.password, '10.9.9.10')).ok).toBe(true)
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

  it('changes a password, ending the other sessions', async () => {
    const hr = DEMO_USERS.find((u) => u.role === 'hr')!
    const user = await h.db.selectFrom('appUser').selectAll().where('email', '=', hr.email).executeTakeFirstOrThrow()
    const mine = cookieValue(await createSession(h.db, req(), user.id, 'a'))
    const other = cookieValue(await createSession(h.db, req(), user.id, 'b'))
    const me = (await getSessionUser(h.db, req(mine)))!
    expect(await changeOwnPassword(h.db, user.id, me.sessionId, 'forkert', 'ny-adgangskode-1234')).toMatchObject({
      ok: false,
      fieldErrors: { current: ['Den nuværende adgangskode er forkert'] },
    })
    expect(await changeOwnPassword(h.db, user.id, me.sessionId, hr.password, 'kort')).toMatchObject({
      ok: false,
      fieldErrors: { password: ['Adgangskoden skal have mindst 12 tegn'] },
    })
    expect((await changeOwnPassword(h.db, user.id, me.sessionId, hr.password, 'ny-adgangskode-1234')).ok).toBe(true)
    expect(await getSessionUser(h.db, req(mine))).not.toBeNull()
    expect(await getSessionUser(h.db, req(other))).toBeNull()
    expect((await authenticate(h.db, hr.email, 'ny-adgangskode-1234', 'c')).ok).toBe(true)
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
