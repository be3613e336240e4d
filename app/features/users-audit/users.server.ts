/** Users and roles (admin), password changes, and the demo accounts. */
import type { Role } from '#db/schema'
import { fail, nowIso, ok, type ServiceResult } from '~/core/result'
import { roleLabels } from '~/core/roles'
import { insertAudited, updateAudited } from '~/server/audited.server'
import { guardedPasswordCheck } from '~/server/auth/identity.server'
import { hashPassword, oneTimePassword, passwordProblem, verifyPassword } from '~/server/auth/passwords.server'
import { destroyUserSessions } from '~/server/auth/sessions.server'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import type { NewUserInput, UserUpdateInput } from './schemas'
import type { UserListRow } from './types'
import { countOtherActiveAdmins, countUsers, findUserByEmail, getUser, listUsers } from './users.repo.server'

export { countUsers }
/** A record's history for the history tabs of other features (lives in audit.server.ts). */
export { recordHistory } from './audit.server'

/** Documented in the README; only created together with the demo portfolio. */
export const DEMO_USERS: { email: string; name: string; role: Role; password: string }[] = [
  { email: 'admin@hedensted.demo', name: 'Anne Admin', role: 'admin', password: 'demo-admin-kvadratmeter' },
  { email: 'udvalg@hedensted.demo', name: 'Ulla Udvalg', role: 'udvalg', password: 'demo-udvalg-kvadratmeter' },
  { email: 'ejendom@hedensted.demo', name: 'Erik Ejendom', role: 'ejendom', password: 'demo-ejendom-kvadratmeter' },
  { email: 'hr@hedensted.demo', name: 'Helle HR', role: 'hr', password: 'demo-hr-kvadratmeter' },
]

const NOT_FOUND = 'Brugeren findes ikke.'
export const LAST_ADMIN =
  'Der skal være mindst én aktiv administrator. Giv en anden bruger rollen Administrator, før du fjerner rollen eller adgangen her.'

/** What the admin's user page shows. @example const { users } = await getUsersPage(db) */
export async function getUsersPage(db: Db): Promise<{ users: UserListRow[] }> {
  return { users: await listUsers(db) }
}

/**
 * Create a user with a one-time password they must change at first log-in (or a given password,
 * for the demo accounts).
 * @example const r = await createUser(db, { email: 'a@b.dk', name: 'A', role: 'hr' }) // r.value.password
 */
export async function createUser(db: Db, input: NewUserInput, password?: string): Promise<ServiceResult<{ id: number; password: string }>> {
  const email = input.email.trim().toLowerCase()
  const initial = password ?? oneTimePassword()
  const hash = await hashPassword(initial)
  return inTransaction(db, async (trx) => {
    if (await findUserByEmail(trx, email)) {
      return fail('invalid', 'E-mailen er i brug.', { email: ['Der findes allerede en bruger med den e-mail'] })
    }
    const now = nowIso()
    const values = { email, name: input.name, role: input.role, passwordHash: hash, active: 1 as const, createdAt: now, updatedAt: now }
    const id = await insertAudited(trx, 'appUser', { ...values, mustChangePassword: password ? 0 : 1 }, email)
    return ok({ id, password: initial })
  })
}

/** Why a change of one's own role or access needs a second click, or null. */
function selfChangeQuestion(before: { role: Role; active: number }, input: UserUpdateInput): string | null {
  if (input.active === 0 && before.active === 1) {
    return 'Du er ved at fjerne din egen adgang og bliver logget ud. Er du sikker? Tryk "Ja, gem ændringen" for at fortsætte.'
  }
  if (input.role !== before.role) {
    return `Du er ved at ændre din egen rolle fra ${roleLabels[before.role]} til ${roleLabels[input.role]}, og du kan miste adgangen til denne side. Er du sikker? Tryk "Ja, gem ændringen" for at fortsætte.`
  }
  return null
}

/**
 * Change a user's name, role or active flag (admin `actorId`). The last active administrator
 * cannot be demoted or deactivated; changing one's own role or access needs `bekraeft: 'ja'`.
 * Deactivating ends the user's sessions.
 * @example await updateUser(db, me.id, { userId: 7, version: 3, name: 'A', role: 'hr', active: 1 })
 */
export async function updateUser(db: Db, actorId: number, input: UserUpdateInput): Promise<ServiceResult<{ id: number }>> {
  // Serializable on PostgreSQL: two admins demoting each other at once must not both succeed.
  return inTransaction(
    db,
    async (trx) => {
      const before = await getUser(trx, input.userId)
      if (!before) return fail('not_found', NOT_FOUND)
      const losesAdmin = before.role === 'admin' && before.active === 1 && (input.role !== 'admin' || input.active === 0)
      if (losesAdmin && (await countOtherActiveAdmins(trx, before.id)) === 0) return fail('blocked', LAST_ADMIN)
      const question = before.id === actorId ? selfChangeQuestion(before, input) : null
      if (question && input.bekraeft !== 'ja') return fail('blocked', question, { bekraeft: [question] })
      const changes = { name: input.name, role: input.role, active: input.active, updatedAt: nowIso() }
      const saved = await updateAudited(trx, 'appUser', before.id, input.version, changes, before.email, NOT_FOUND)
      if (!saved.ok) return saved
      if (!input.active) await destroyUserSessions(trx, before.id)
      return ok({ id: before.id })
    },
    { serializable: true },
  )
}

/**
 * Give a user a new one-time password (admin); their sessions end.
 * @example const r = await resetPassword(db, 7) // r.value.password, shown once
 */
export async function resetPassword(db: Db, id: number): Promise<ServiceResult<{ id: number; password: string }>> {
  const password = oneTimePassword()
  const hash = await hashPassword(password)
  return inTransaction(db, async (trx) => {
    const user = await getUser(trx, id)
    if (!user) return fail('not_found', NOT_FOUND)
    const changes = { passwordHash: hash, mustChangePassword: 1 as const, updatedAt: nowIso() }
    const saved = await updateAudited(trx, 'appUser', id, null, changes, `${user.email}: ny engangsadgangskode`, NOT_FOUND)
    if (!saved.ok) return saved
    await destroyUserSessions(trx, id)
    return ok({ id, password })
  })
}

/** Who changes their password: the signed-in user, their session (kept) and their address (rate limit). */
export interface PasswordChanger {
  userId: number
  sessionId: string
  address: string | null
}

const WRONG_CURRENT = 'Den nuværende adgangskode er forkert'

/**
 * A user changes their own password; the current one is checked under the log-in limits, the new
 * one must be strong enough, and their other sessions end.
 * @example await changeOwnPassword(db, { userId: 7, sessionId, address: '10.0.0.7' }, 'gammel …', 'ny …')
 */
export async function changeOwnPassword(db: Db, who: PasswordChanger, current: string, next: string): Promise<ServiceResult> {
  const user = await getUser(db, who.userId)
  if (!user) return fail('not_found', NOT_FOUND)
  const keys = { account: user.email, address: who.address }
  const check = await guardedPasswordCheck(db, keys, () => verifyPassword(current, user.passwordHash), `${WRONG_CURRENT}.`)
  if (!check.ok) return fail('invalid', check.message, check.reason === 'wrong' ? { current: [WRONG_CURRENT] } : undefined)
  const problem = passwordProblem(next, [user.email, user.name])
  if (problem) return fail('invalid', problem, { password: [problem] })
  if (next === current)
    return fail('invalid', 'Vælg en ny adgangskode.', { password: ['Den nye adgangskode skal være en anden end den nuværende'] })
  const hash = await hashPassword(next)
  return inTransaction(db, async (trx) => {
    const changes = { passwordHash: hash, mustChangePassword: 0 as const, updatedAt: nowIso() }
    const saved = await updateAudited(trx, 'appUser', user.id, null, changes, `${user.email}: adgangskode skiftet`, NOT_FOUND)
    if (!saved.ok) return saved
    await destroyUserSessions(trx, user.id, who.sessionId)
    return ok({ id: user.id })
  })
}

/** The demo's four accounts (one per role), created only together with the demo portfolio. @example await seedDemoUsers(db) */
export async function seedDemoUsers(db: Db): Promise<void> {
  for (const u of DEMO_USERS) {
    if (!(await findUserByEmail(db, u.email))) await createUser(db, u, u.password)
  }
}

/**
 * The demo accounts for a database whose demo portfolio was created just now and that has no
 * users: never in a database holding anything else, whose data the README's passwords would open.
 * @example await seedDemoUsersWithDemo(db, await seedDemo(db))
 */
export async function seedDemoUsersWithDemo(db: Db, demoJustSeeded: boolean): Promise<boolean> {
  if (!demoJustSeeded || (await countUsers(db)) > 0) return false
  await seedDemoUsers(db)
  return true
}

/**
 * Without users, the first start creates an administrator and prints a one-time password once
 * (the log is the only place it appears).
 * @example await ensureFirstAdmin(db)
 */
export async function ensureFirstAdmin(db: Db, log: (line: string) => void = console.log): Promise<void> {
  if ((await countUsers(db)) > 0) return
  const r = await createUser(db, { email: 'admin@kommune.local', name: 'Administrator', role: 'admin' })
  if (r.ok)
    log(`Første administrator oprettet: admin@kommune.local med engangsadgangskoden ${r.value.password} (skal skiftes ved første log-ind).`)
}
