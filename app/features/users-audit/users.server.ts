/** Users and roles (admin), password changes, and the demo accounts. */
import type { Kysely } from 'kysely'
import type { AppUser, Database, Role } from '#db/schema'
import { recordAudit } from '~/server/audit.server'
import { hashPassword, oneTimePassword, passwordProblem, verifyPassword } from '~/server/auth/passwords.server'
import { destroyUserSessions } from '~/server/auth/sessions.server'
import { CONFLICT_MESSAGE, fail, nowIso, ok, type ServiceResult } from '~/core/result'

/** Documented in the README; only created with the demo data. */
export const DEMO_USERS: { email: string; name: string; role: Role; password: string }[] = [
  { email: 'admin@hedensted.demo', name: 'Anne Admin', role: 'admin', password: 'demo-admin-kvadratmeter' },
  { email: 'udvalg@hedensted.demo', name: 'Ulla Udvalg', role: 'udvalg', password: 'demo-udvalg-kvadratmeter' },
  { email: 'ejendom@hedensted.demo', name: 'Erik Ejendom', role: 'ejendom', password: 'demo-ejendom-kvadratmeter' },
  { email: 'hr@hedensted.demo', name: 'Helle HR', role: 'hr', password: 'demo-hr-kvadratmeter' },
]

const publicFields = (u: AppUser) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  active: u.active,
  mustChangePassword: u.mustChangePassword,
})

export function listUsers(db: Kysely<Database>) {
  return db
    .selectFrom('appUser')
    .select(['id', 'email', 'name', 'role', 'active', 'mustChangePassword', 'version', 'createdAt'])
    .orderBy('email')
    .execute()
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('appUser')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * Create a user with a one-time password they must change at first log-in.
 * @example const r = await createUser(db, { email: 'a@b.dk', name: 'A', role: 'hr' }) // r.value.password
 */
export async function createUser(
  db: Kysely<Database>,
  input: { email: string; name: string; role: Role },
  password?: string,
): Promise<ServiceResult<{ id: number; password: string }>> {
  const email = input.email.trim().toLowerCase()
  const initial = password ?? oneTimePassword()
  const hash = await hashPassword(initial)
  return db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('appUser').select('id').where('email', '=', email).executeTakeFirst()) {
      return fail('invalid', 'E-mailen er i brug.', { email: ['Der findes allerede en bruger med den e-mail'] })
    }
    const now = nowIso()
    const row = await trx
      .insertInto('appUser')
      .values({
        email,
        name: input.name,
        role: input.role,
        passwordHash: hash,
        active: 1,
        mustChangePassword: password ? 0 : 1,
        createdAt: now,
        updatedAt: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    await recordAudit(trx, 'create', 'user', row.id, null, publicFields(row), email)
    return ok({ id: row.id, password: initial })
  })
}

/** Change a user's name, role or active flag (admin). Deactivating ends their sessions. */
export async function updateUser(
  db: Kysely<Database>,
  id: number,
  version: number,
  input: { name: string; role: Role; active: 0 | 1 },
): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('appUser').selectAll().where('id', '=', id).executeTakeFirst()
    if (!before) return fail('not_found', 'Brugeren findes ikke.')
    const r = await trx
      .updateTable('appUser')
      .set({ ...input, updatedAt: nowIso(), version: before.version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst()
    if (Number(r.numUpdatedRows) !== 1) return fail('conflict', CONFLICT_MESSAGE)
    if (!input.active) await destroyUserSessions(trx as unknown as Kysely<Database>, id)
    const after = await trx.selectFrom('appUser').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    await recordAudit(trx, 'update', 'user', id, publicFields(before), publicFields(after), after.email)
    return ok({ id })
  })
}

/** Give a user a new one-time password (admin). */
export async function resetPassword(db: Kysely<Database>, id: number): Promise<ServiceResult<{ id: number; password: string }>> {
  const password = oneTimePassword()
  const hash = await hashPassword(password)
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('appUser').selectAll().where('id', '=', id).executeTakeFirst()
    if (!before) return fail('not_found', 'Brugeren findes ikke.')
    await trx
      .updateTable('appUser')
      .set({ passwordHash: hash, mustChangePassword: 1, updatedAt: nowIso(), version: before.version + 1 })
      .where('id', '=', id)
      .execute()
    await destroyUserSessions(trx as unknown as Kysely<Database>, id)
    await recordAudit(trx, 'update', 'user', id, { passwordReset: false }, { passwordReset: true }, before.email)
    return ok({ id, password })
  })
}

/** A user changes their own password; their other sessions end. */
export async function changeOwnPassword(
  db: Kysely<Database>,
  userId: number,
  sessionId: string,
  current: string,
  next: string,
): Promise<ServiceResult> {
  const user = await db.selectFrom('appUser').selectAll().where('id', '=', userId).executeTakeFirst()
  if (!user) return fail('not_found', 'Brugeren findes ikke.')
  if (!(await verifyPassword(current, user.passwordHash)))
    return fail('invalid', 'Den nuværende adgangskode er forkert.', { current: ['Den nuværende adgangskode er forkert'] })
  const problem = passwordProblem(next)
  if (problem) return fail('invalid', problem, { password: [problem] })
  if (next === current)
    return fail('invalid', 'Vælg en ny adgangskode.', { password: ['Den nye adgangskode skal være en anden end den nuværende'] })
  const hash = await hashPassword(next)
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('appUser')
      .set({ passwordHash: hash, mustChangePassword: 0, updatedAt: nowIso(), version: user.version + 1 })
      .where('id', '=', userId)
      .execute()
    await destroyUserSessions(trx as unknown as Kysely<Database>, userId, sessionId)
    await recordAudit(trx, 'update', 'user', userId, { passwordChanged: false }, { passwordChanged: true }, user.email)
    return ok({ id: userId })
  })
}

/** The demo's four accounts (one per role), created with the demo data. */
export async function seedDemoUsers(db: Kysely<Database>): Promise<void> {
  for (const u of DEMO_USERS) {
    const exists = await db.selectFrom('appUser').select('id').where('email', '=', u.email).executeTakeFirst()
    if (!exists) await createUser(db, u, u.password)
  }
}

/**
 * Without demo data and without users, the first start creates an administrator and prints a
 * one-time password once (the log is the only place it appears).
 */
export async function ensureFirstAdmin(db: Kysely<Database>, log: (line: string) => void = console.log): Promise<void> {
  if ((await countUsers(db)) > 0) return
  const r = await createUser(db, { email: 'admin@kommune.local', name: 'Administrator', role: 'admin' })
  if (r.ok)
    log(`Første administrator oprettet: admin@kommune.local med engangsadgangskoden ${r.value.password} (skal skiftes ved første log-ind).`)
}

// Added for properties and leases (the record history on their pages)
import type { AuditEntry } from '#db/schema'
import { recordHistory } from '~/features/users-audit/audit.repo.server'

/** The audit history of one record, newest first. @example await auditHistory(db, 'property', 7) */
export function auditHistory(db: Kysely<Database>, entity: string, id: number | string): Promise<AuditEntry[]> {
  return recordHistory(db, entity, id)
}
