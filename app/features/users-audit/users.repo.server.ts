/** Kysely queries for users. Every function takes the database or a transaction first. */
import type { AppUser } from '#db/schema'
import type { Db } from '~/server/db.server'
import type { UserListRow } from './types'

/**
 * Every user, by e-mail, for the admin's list.
 * @example const users = await listUsers(db)
 */
export function listUsers(db: Db): Promise<UserListRow[]> {
  return db
    .selectFrom('appUser')
    .select(['id', 'email', 'name', 'role', 'active', 'mustChangePassword', 'version', 'createdAt'])
    .orderBy('email')
    .execute()
}

/** How many users there are. @example if ((await countUsers(db)) === 0) … */
export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('appUser')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** One user by id. @example const user = await getUser(db, 7) */
export function getUser(db: Db, id: number): Promise<AppUser | undefined> {
  return db.selectFrom('appUser').selectAll().where('id', '=', id).executeTakeFirst()
}

/** One user by (lower-case) e-mail. @example await findUserByEmail(db, 'hr@hedensted.demo') */
export function findUserByEmail(db: Db, email: string): Promise<AppUser | undefined> {
  return db.selectFrom('appUser').selectAll().where('email', '=', email).executeTakeFirst()
}

/** Active administrators other than `exceptId`. @example await countOtherActiveAdmins(trx, 1) // 0: the last one */
export async function countOtherActiveAdmins(db: Db, exceptId: number): Promise<number> {
  const row = await db
    .selectFrom('appUser')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .where('id', '<>', exceptId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
