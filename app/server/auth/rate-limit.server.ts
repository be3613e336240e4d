/**
 * Password-guessing limits per account and per client address, kept in the database so they hold
 * across restarts and servers. An attempt is counted BEFORE its password is checked, in one write
 * transaction, so a burst of parallel guesses gets no more checks than the limit: the counter
 * decides who may try, not the outcome of earlier checks still running.
 */
import type { Transaction } from 'kysely'
import type { Database } from '#db/schema'
import type { Db } from '~/server/db.server'

export const LIMITS = {
  account: { failures: 5, windowMinutes: 15, lockMinutes: 15 },
  address: { failures: 20, windowMinutes: 15, lockMinutes: 15 },
} as const

export type LimitKind = keyof typeof LIMITS

/** What an attempt is counted against; no address when the app cannot know it (dev server, tests). */
export interface AttemptKeys {
  account: string
  address: string | null
}

type Trx = Transaction<Database>

const minutes = (n: number) => n * 60_000

/** A counter's key. @example keyOf('account', 'HR@x.dk') // 'account:hr@x.dk' */
export const keyOf = (kind: LimitKind, value: string) => `${kind}:${value.toLowerCase()}`

/** The counters an attempt uses. @example countersOf({ account: 'a@x.dk', address: null }) // [{ kind: 'account', key: 'account:a@x.dk' }] */
export function countersOf(keys: AttemptKeys): { kind: LimitKind; key: string }[] {
  const counters = [{ kind: 'account' as const, key: keyOf('account', keys.account) }]
  return keys.address ? [...counters, { kind: 'address' as const, key: keyOf('address', keys.address) }] : counters
}

/** Lock longest in force on any of the rows, in whole minutes (rounded up), or 0. */
function lockMinutesLeft(until: number, now: number): number {
  return until > now ? Math.ceil((until - now) / 60_000) : 0
}

/**
 * Count one attempt against a key and say whether it may be checked. The upsert comes first so
 * that PostgreSQL queues parallel attempts on the row lock; SQLite's BEGIN IMMEDIATE already has.
 * Returns the minutes of a lock in force (0: go ahead).
 */
async function countOne(trx: Trx, kind: LimitKind, key: string, now: number): Promise<number> {
  const limit = LIMITS[kind]
  const nowIso = new Date(now).toISOString()
  await trx
    .insertInto('loginAttempt')
    .values({ key, failures: 1, windowStart: nowIso, lockedUntil: null })
    .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ failures: eb('loginAttempt.failures', '+', 1) })))
    .execute()
  const row = await trx.selectFrom('loginAttempt').selectAll().where('key', '=', key).executeTakeFirstOrThrow()
  const lockedUntil = row.lockedUntil ? Date.parse(row.lockedUntil) : 0
  if (lockedUntil > now) return lockMinutesLeft(lockedUntil, now)
  if (now - Date.parse(row.windowStart) > minutes(limit.windowMinutes)) {
    await trx.updateTable('loginAttempt').set({ failures: 1, windowStart: nowIso, lockedUntil: null }).where('key', '=', key).execute()
    return 0
  }
  // Attempts beyond the limit while the first ones are still being checked: refused unchecked.
  return row.failures > limit.failures ? limit.lockMinutes : 0
}

/**
 * Count an attempt against every key inside the caller's transaction; the minutes of the longest
 * lock in force, or 0 when the password may be checked.
 * @example const locked = await countAttempt(trx, { account: 'hr@hedensted.demo', address: '10.0.0.7' })
 */
export async function countAttempt(trx: Trx, keys: AttemptKeys, now = Date.now()): Promise<number> {
  let locked = 0
  for (const { kind, key } of countersOf(keys)) locked = Math.max(locked, await countOne(trx, kind, key, now))
  return locked
}

/**
 * After a wrong password: lock the keys that reached their limit. Returns the keys locked now
 * (for the audit trail).
 * @example const locked = await lockReachedLimits(trx, { account: 'hr@x.dk', address: '10.0.0.7' })
 */
export async function lockReachedLimits(trx: Trx, keys: AttemptKeys, now = Date.now()): Promise<{ kind: LimitKind; key: string }[]> {
  const locked: { kind: LimitKind; key: string }[] = []
  for (const counter of countersOf(keys)) {
    const limit = LIMITS[counter.kind]
    const row = await trx.selectFrom('loginAttempt').selectAll().where('key', '=', counter.key).executeTakeFirst()
    if (!row || row.failures < limit.failures || (row.lockedUntil && Date.parse(row.lockedUntil) > now)) continue
    const lockedUntil = new Date(now + minutes(limit.lockMinutes)).toISOString()
    await trx.updateTable('loginAttempt').set({ lockedUntil }).where('key', '=', counter.key).execute()
    locked.push(counter)
  }
  return locked
}

/** A right password: the account starts afresh, and the address gets its attempt back. @example await settleSuccess(trx, keys) */
export async function settleSuccess(trx: Trx, keys: AttemptKeys): Promise<void> {
  await trx.deleteFrom('loginAttempt').where('key', '=', keyOf('account', keys.account)).execute()
  if (keys.address) {
    await trx
      .updateTable('loginAttempt')
      .set((eb) => ({ failures: eb('failures', '-', 1) }))
      .where('key', '=', keyOf('address', keys.address))
      .where('failures', '>', 0)
      .where('lockedUntil', 'is', null)
      .execute()
  }
}

/**
 * Forget counters whose window and lock are over (housekeeping).
 * @example await purgeLoginAttempts(db)
 */
export async function purgeLoginAttempts(db: Db, now = Date.now()): Promise<number> {
  const longest = Math.max(...Object.values(LIMITS).map((l) => Math.max(l.windowMinutes, l.lockMinutes)))
  const cutoff = new Date(now - minutes(longest)).toISOString()
  const nowIso = new Date(now).toISOString()
  const result = await db
    .deleteFrom('loginAttempt')
    .where('windowStart', '<', cutoff)
    .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', nowIso)]))
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
