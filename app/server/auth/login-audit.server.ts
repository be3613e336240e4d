/**
 * Log-ins, log-outs, failed password checks and lock-outs in the audit trail. A session is the
 * record a log-in creates and a log-out deletes; a failed check and a lock-out are records of
 * their own. Failed checks are made by somebody unknown, recorded as `anonym`.
 */
import { recordAudit } from '~/server/audit.server'
import type { Db } from '~/server/db.server'
import { runAsActor, type Actor } from './actor.server'
import { LIMITS, type AttemptKeys, type LimitKind } from './rate-limit.server'

/** The audit trail's entity names for these events (registered in the field registry with Danish labels). */
export const LOGIN_EVENTS = { session: 'session', failure: 'login_failure', lockout: 'lockout' } as const

const ANONYMOUS: Actor = { userId: null, email: 'anonym', role: null }

interface Who {
  id: number
  email: string
  role: Actor['role']
}

const actorOf = (user: Who): Actor => ({ userId: user.id, email: user.email, role: user.role })

/**
 * A log-in: the session created, by the user, from the client's address.
 * @example await auditLogIn(trx, user, '10.0.0.7')
 */
export function auditLogIn(db: Db, user: Who, address: string | null): Promise<void> {
  return runAsActor(actorOf(user), () =>
    recordAudit(db, 'create', LOGIN_EVENTS.session, user.id, null, { address: address ?? '' }, user.email),
  )
}

/** A log-out: the session ended by the user. @example await auditLogOut(trx, user, '10.0.0.7') */
export function auditLogOut(db: Db, user: Who, address: string | null): Promise<void> {
  return runAsActor(actorOf(user), () =>
    recordAudit(db, 'delete', LOGIN_EVENTS.session, user.id, { address: address ?? '' }, null, user.email),
  )
}

/**
 * A wrong password for an account (log-in or the current password on /adgangskode).
 * @example await auditFailedCheck(trx, { account: 'hr@x.dk', address: '10.0.0.7' }, 'Forkert e-mail eller adgangskode.')
 */
export function auditFailedCheck(db: Db, keys: AttemptKeys, reason: string): Promise<void> {
  const after = { account: keys.account, address: keys.address ?? '' }
  return runAsActor(ANONYMOUS, () => recordAudit(db, 'create', LOGIN_EVENTS.failure, keys.account, null, after, reason))
}

/** Accounts or addresses locked by this failure. @example await auditLockouts(trx, keys, await lockReachedLimits(trx, keys)) */
export async function auditLockouts(db: Db, keys: AttemptKeys, locked: { kind: LimitKind; key: string }[]): Promise<void> {
  for (const { kind, key } of locked) {
    const limit = LIMITS[kind]
    const what = kind === 'account' ? `Kontoen ${keys.account}` : `Adressen ${keys.address ?? ''}`
    const summary = `${what} er spærret i ${limit.lockMinutes} minutter efter ${limit.failures} forkerte forsøg`
    const after = { account: keys.account, address: keys.address ?? '', lockMinutes: limit.lockMinutes }
    await runAsActor(ANONYMOUS, () => recordAudit(db, 'create', LOGIN_EVENTS.lockout, key, null, after, summary))
  }
}
