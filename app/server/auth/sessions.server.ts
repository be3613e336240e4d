/**
 * Sessions: a random token in a signed, httpOnly, SameSite=Lax cookie (Secure over HTTPS); the
 * database keeps only its SHA-256 with idle and absolute expiry, so a stolen database cannot be
 * replayed and log-out really ends the session.
 */
import { createHash, randomBytes } from 'node:crypto'
import { createCookie } from 'react-router'
import type { Kysely, Transaction } from 'kysely'
import type { AppUser, Database } from '#db/schema'
import { getEnv, sessionSecret } from '~/server/env.server'
import { isHttps } from '~/server/headers.server'

const COOKIE_NAME = 'kk_session'

// Secure over HTTPS; the Node server sets the URL's scheme from the socket or a trusted proxy only.
function cookieFor(request: Request) {
  return createCookie(COOKIE_NAME, { httpOnly: true, sameSite: 'lax', path: '/', secure: isHttps(request), secrets: [sessionSecret()] })
}

/**
 * A housekeeping write on the way (touching last-seen, removing an expired session): in its own
 * transaction so it waits for the file without blocking, and dropped if the database is busy.
 */
function bestEffort(db: Kysely<Database>, write: (trx: Transaction<Database>) => Promise<unknown>): Promise<unknown> {
  return db
    .transaction()
    .execute(write)
    .catch(() => undefined)
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex')
const minutes = (n: number) => n * 60_000

export interface SessionUser {
  id: number
  email: string
  name: string
  role: AppUser['role']
  mustChangePassword: boolean
  sessionId: string
}

/** Start a session (inside the log-in's transaction); returns the Set-Cookie header value. @example await createSession(trx, request, 7, '10.0.0.7') */
export async function createSession(db: Kysely<Database>, request: Request, userId: number, address: string): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  const now = Date.now()
  const { SESSION_ABSOLUTE_HOURS } = getEnv()
  await db
    .insertInto('userSession')
    .values({
      id: digest(token),
      userId,
      createdAt: new Date(now).toISOString(),
      lastSeenAt: new Date(now).toISOString(),
      expiresAt: new Date(now + minutes(SESSION_ABSOLUTE_HOURS * 60)).toISOString(),
      address,
    })
    .execute()
  return cookieFor(request).serialize(token, { maxAge: SESSION_ABSOLUTE_HOURS * 3600 })
}

/**
 * The signed-in user, or null when there is no session or it has expired (idle or absolute).
 * Touches last-seen at most once a minute.
 */
export async function getSessionUser(db: Kysely<Database>, request: Request, now = Date.now()): Promise<SessionUser | null> {
  const token = (await cookieFor(request).parse(request.headers.get('Cookie'))) as string | null
  if (!token || typeof token !== 'string') return null
  const id = digest(token)
  const row = await db
    .selectFrom('userSession')
    .innerJoin('appUser', 'appUser.id', 'userSession.userId')
    .select([
      'userSession.id as sessionId',
      'userSession.lastSeenAt',
      'userSession.expiresAt',
      'appUser.id',
      'appUser.email',
      'appUser.name',
      'appUser.role',
      'appUser.active',
      'appUser.mustChangePassword',
    ])
    .where('userSession.id', '=', id)
    .executeTakeFirst()
  if (!row) return null
  const idleLimit = Date.parse(row.lastSeenAt) + minutes(getEnv().SESSION_IDLE_MINUTES)
  if (row.active !== 1 || now > Date.parse(row.expiresAt) || now > idleLimit) {
    await bestEffort(db, (trx) => trx.deleteFrom('userSession').where('id', '=', id).execute())
    return null
  }
  if (now - Date.parse(row.lastSeenAt) > 60_000) {
    // Not awaited: the page need not wait for its bookkeeping.
    void bestEffort(db, (trx) =>
      trx
        .updateTable('userSession')
        .set({ lastSeenAt: new Date(now).toISOString() })
        .where('id', '=', id)
        .execute(),
    )
  }
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    mustChangePassword: row.mustChangePassword === 1,
    sessionId: row.sessionId,
  }
}

/** End the current session; returns the Set-Cookie header that clears the cookie. */
export async function destroySession(db: Kysely<Database>, request: Request): Promise<string> {
  const token = (await cookieFor(request).parse(request.headers.get('Cookie'))) as string | null
  if (typeof token === 'string') await db.deleteFrom('userSession').where('id', '=', digest(token)).execute()
  return clearedCookie(request)
}

/** The Set-Cookie value that removes the session cookie from the browser. @example headers.set('Set-Cookie', await clearedCookie(request)) */
export function clearedCookie(request: Request): Promise<string> {
  return cookieFor(request).serialize('', { maxAge: 0 })
}

/**
 * Remove sessions past their absolute or idle expiry (housekeeping).
 * @example await purgeExpiredSessions(db)
 */
export async function purgeExpiredSessions(db: Kysely<Database>, now = Date.now()): Promise<number> {
  const idleCutoff = new Date(now - minutes(getEnv().SESSION_IDLE_MINUTES)).toISOString()
  const nowIso = new Date(now).toISOString()
  const result = await db
    .deleteFrom('userSession')
    .where((eb) => eb.or([eb('expiresAt', '<', nowIso), eb('lastSeenAt', '<', idleCutoff)]))
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** End every session of a user (password changed, user deactivated). */
export async function destroyUserSessions(db: Kysely<Database>, userId: number, exceptSessionId?: string): Promise<void> {
  let q = db.deleteFrom('userSession').where('userId', '=', userId)
  if (exceptSessionId) q = q.where('id', '<>', exceptSessionId)
  await q.execute()
}
