/**
 * Housekeeping: expired sessions and spent log-in counters are removed, hourly by the Node server
 * and at most every ten minutes on a log-in, so the tables do not grow without end.
 */
import type { Db } from '~/server/db.server'
import { purgeLoginAttempts } from './rate-limit.server'
import { purgeExpiredSessions } from './sessions.server'

const EVERY_MS = 10 * 60_000
let last = 0

/**
 * Remove expired sessions and old log-in counters; returns how many rows went.
 * @example const { sessions, attempts } = await runHousekeeping(db)
 */
export async function runHousekeeping(db: Db, now = Date.now()): Promise<{ sessions: number; attempts: number }> {
  last = now
  return db.transaction().execute(async (trx) => ({
    sessions: await purgeExpiredSessions(trx, now),
    attempts: await purgeLoginAttempts(trx, now),
  }))
}

/** Housekeeping on the way (after a log-in), unless it ran recently; never fails the caller. @example await housekeepingIfDue(db) */
export async function housekeepingIfDue(db: Db, now = Date.now()): Promise<void> {
  if (now - last < EVERY_MS) return
  await runHousekeeping(db, now).catch((error: unknown) => console.error('Oprydning mislykkedes:', error))
}
