/**
 * Identity: the one module that decides who a person is. Today e-mail and password; the
 * municipality's single sign-on can replace `authenticate` without touching the rest. Every
 * password check, at log-in and when changing one's password, is counted before it is made.
 */
import type { AppUser } from '#db/schema'
import { ok } from '~/core/result'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import { auditFailedCheck, auditLockouts } from './login-audit.server'
import { verifyPassword } from './passwords.server'
import { countAttempt, lockReachedLimits, settleSuccess, type AttemptKeys } from './rate-limit.server'

export type AuthOutcome = { ok: true; user: AppUser } | { ok: false; reason: 'wrong' | 'locked' | 'unavailable'; message: string }

export const WRONG_LOGIN = 'Forkert e-mail eller adgangskode.'

/** Verified for unknown accounts too, so the answer takes the same time either way. */
const NO_SUCH_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='

/** E-mail as stored: trimmed, lower case, and short enough for a key. @example normaliseAccount(' HR@X.dk ') // 'hr@x.dk' */
export function normaliseAccount(email: string): string {
  return email.trim().toLowerCase().slice(0, 254)
}

/** The refusal while locked. @example lockedMessage(1) // 'For mange forkerte forsøg. Prøv igen om 1 minut.' */
export function lockedMessage(minutes: number): string {
  return `For mange forkerte forsøg. Prøv igen om ${minutes} ${minutes === 1 ? 'minut' : 'minutter'}.`
}

/** Why a guarded check said no: the password, a lock, or the database being unable to count the attempt. */
export type GuardedCheck = { ok: true } | { ok: false; reason: 'wrong' | 'locked' | 'unavailable'; message: string }

/**
 * Make one password check under the limits: counted first (refused unchecked when the account or
 * address is locked or its attempts are used up), then checked; a failure is recorded in the
 * audit trail and locks what reached its limit, a success gives the attempt back.
 * @example await guardedPasswordCheck(db, { account, address }, () => verifyPassword(pw, hash), 'Forkert adgangskode')
 */
export async function guardedPasswordCheck(
  db: Db,
  keys: AttemptKeys,
  check: () => Promise<boolean>,
  failure: string,
): Promise<GuardedCheck> {
  const gate = await inTransaction(db, async (trx) => ok(await countAttempt(trx, keys)))
  if (!gate.ok) return { ok: false, reason: 'unavailable', message: gate.message }
  if (gate.value > 0) return { ok: false, reason: 'locked', message: lockedMessage(gate.value) }
  if (await check()) {
    await inTransaction(db, async (trx) => ok(await settleSuccess(trx, keys)))
    return { ok: true }
  }
  await inTransaction(db, async (trx) => {
    await auditFailedCheck(trx, keys, failure)
    await auditLockouts(trx, keys, await lockReachedLimits(trx, keys))
    return ok(null)
  })
  return { ok: false, reason: 'wrong', message: failure }
}

/** The account row for a log-in, active or not. */
function findAccount(db: Db, account: string): Promise<AppUser | undefined> {
  return db.selectFrom('appUser').selectAll().where('email', '=', account).executeTakeFirst()
}

/**
 * Check an e-mail and password, counting the attempt per account and per address first.
 * @example await authenticate(db, 'hr@hedensted.demo', '…', '127.0.0.1')
 */
export async function authenticate(db: Db, email: string, password: string, address: string | null): Promise<AuthOutcome> {
  const account = normaliseAccount(email)
  let user: AppUser | undefined
  const outcome = await guardedPasswordCheck(
    db,
    { account, address },
    async () => {
      user = await findAccount(db, account)
      const valid = await verifyPassword(password, user?.passwordHash ?? NO_SUCH_HASH)
      return valid && user?.active === 1
    },
    WRONG_LOGIN,
  )
  if (!outcome.ok) return outcome
  return user ? { ok: true, user } : { ok: false, reason: 'wrong', message: WRONG_LOGIN }
}
