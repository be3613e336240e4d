/**
 * Log-in and log-out as use cases: check the password under the limits, start or end the session
 * and write the audit row in one transaction.
 */
import { ok } from '~/core/result'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import { housekeepingIfDue } from './housekeeping.server'
import { authenticate } from './identity.server'
import { auditLogIn, auditLogOut } from './login-audit.server'
import { clearedCookie, createSession, destroySession, type SessionUser } from './sessions.server'

export type LogInOutcome =
  { ok: true; cookie: string; mustChangePassword: boolean } | { ok: false; reason: 'wrong' | 'locked' | 'unavailable'; message: string }

/**
 * Log a person in from `address`; the Set-Cookie value on success, a Danish reason otherwise.
 * @example const r = await logIn(db, request, 'hr@hedensted.demo', '…', '10.0.0.7')
 */
export async function logIn(db: Db, request: Request, email: string, password: string, address: string | null): Promise<LogInOutcome> {
  const auth = await authenticate(db, email, password, address)
  if (!auth.ok) return auth
  const user = auth.user
  const started = await inTransaction(db, async (trx) => {
    const cookie = await createSession(trx, request, user.id, address ?? '')
    await auditLogIn(trx, user, address)
    return ok(cookie)
  })
  if (!started.ok) return { ok: false, reason: 'unavailable', message: started.message }
  await housekeepingIfDue(db)
  return { ok: true, cookie: started.value, mustChangePassword: user.mustChangePassword === 1 }
}

/**
 * End the request's session (and record it when somebody was signed in); the Set-Cookie value
 * that clears the cookie.
 * @example const cookie = await logOut(db, request, context.get(userContext), '10.0.0.7')
 */
export async function logOut(db: Db, request: Request, user: SessionUser | null, address: string | null): Promise<string> {
  const ended = await inTransaction(db, async (trx) => {
    const cookie = await destroySession(trx, request)
    if (user) await auditLogOut(trx, user, address)
    return ok(cookie)
  })
  // The database being busy must not keep anyone signed in on this browser: clear the cookie anyway.
  return ended.ok ? ended.value : clearedCookie(request)
}
