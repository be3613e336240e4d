/**
 * Log-in rate limiting per account and per address: after too many failures in a window the
 * key is locked for a while. Kept in the database so it holds across restarts and servers.
 */
import type { Kysely } from 'kysely'
import type { Database } from '#db/schema'

export const LIMITS = {
  account: { failures: 5, windowMinutes: 15, lockMinutes: 15 },
  address: { failures: 20, windowMinutes: 15, lockMinutes: 15 },
} as const

type Kind = keyof typeof LIMITS

const keyOf = (kind: Kind, value: string) => `${kind}:${value.toLowerCase()}`

/** Minutes left of a lock on any of the keys, or 0. */
export async function lockedMinutes(db: Kysely<Database>, keys: { account: string; address: string }, now = Date.now()): Promise<number> {
  const rows = await db
    .selectFrom('loginAttempt')
    .select(['lockedUntil'])
    .where('key', 'in', [keyOf('account', keys.account), keyOf('address', keys.address)])
    .execute()
  const until = Math.max(0, ...rows.map((r) => (r.lockedUntil ? Date.parse(r.lockedUntil) : 0)))
  return until > now ? Math.ceil((until - now) / 60_000) : 0
}

/** Count a failed attempt against both keys, locking a key that reaches its limit. */
export async function recordFailure(db: Kysely<Database>, keys: { account: string; address: string }, now = Date.now()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const kind of ['account', 'address'] as const) {
      const key = keyOf(kind, keys[kind])
      const limit = LIMITS[kind]
      const row = await trx.selectFrom('loginAttempt').selectAll().where('key', '=', key).executeTakeFirst()
      const fresh = !row || now - Date.parse(row.windowStart) > limit.windowMinutes * 60_000
      const failures = fresh ? 1 : row.failures + 1
      const lockedUntil =
        failures >= limit.failures ? new Date(now + limit.lockMinutes * 60_000).toISOString() : fresh ? null : row.lockedUntil
      const values = { failures, windowStart: fresh ? new Date(now).toISOString() : row.windowStart, lockedUntil }
      if (row) await trx.updateTable('loginAttempt').set(values).where('key', '=', key).execute()
      else
        await trx
          .insertInto('loginAttempt')
          .values({ key, ...values })
          .execute()
    }
  })
}

/** A successful log-in clears the account's count (not the address's). */
export async function clearFailures(db: Kysely<Database>, account: string): Promise<void> {
  await db.deleteFrom('loginAttempt').where('key', '=', keyOf('account', account)).execute()
}
