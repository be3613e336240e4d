/**
 * The root middleware: refuses cross-site writes (CSRF), finds the signed-in user, applies the
 * access table, and runs the request as that user so the audit trail knows who acted.
 */
import { createContext, data, redirect, type MiddlewareFunction } from 'react-router'
import { getDb } from '~/server/db.server'
import { normalisePattern, requiredForPattern } from './route-access.server'
import { runAsActor } from './actor.server'
import { can } from '~/core/roles'
import { getSessionUser, type SessionUser } from './sessions.server'
import { isHttps, secureHeaders } from '~/server/headers.server'

export const userContext = createContext<SessionUser | null>(null)

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Same-origin check for state-changing requests (OWASP: Fetch Metadata + Origin). */
export function isCrossSite(request: Request): boolean {
  if (SAFE.has(request.method)) return false
  const site = request.headers.get('Sec-Fetch-Site')
  if (site && site !== 'same-origin' && site !== 'none') return true
  const origin = request.headers.get('Origin')
  if (!origin) return false
  // The URL's host: the Node server takes X-Forwarded-Host into it only from a trusted proxy.
  const host = new URL(request.url).host
  try {
    return new URL(origin).host !== host
  } catch {
    return true
  }
}

/** Security headers and `no-store` on what the route answered (refusals thrown here get them in entry.server). */
const withHeaders = (request: Request, response: Response) => {
  secureHeaders(response.headers, isHttps(request))
  return response
}

export const authMiddleware: MiddlewareFunction<Response> = async ({ request, context, pattern }, next) => {
  const url = new URL(request.url)
  if (isCrossSite(request)) throw data('Forespørgslen kom fra et andet websted og blev afvist.', { status: 403 })
  // The route that matched decides; the raw URL is never consulted for permissions.
  const needed = requiredForPattern(pattern, request.method)
  if (needed === undefined) throw data('Adressen findes ikke.', { status: 404 })
  const path = normalisePattern(pattern)
  const db = await getDb()
  const user = await getSessionUser(db, request)
  context.set(userContext, user)
  if (needed === 'public') return withHeaders(request, await next())
  if (!user) {
    if (request.method === 'GET' && !path.startsWith('/api/')) throw redirect(`/login?til=${encodeURIComponent(url.pathname + url.search)}`)
    throw data('Du skal logge ind.', { status: 401 })
  }
  if (user.mustChangePassword && path !== '/adgangskode' && path !== '/logout') throw redirect('/adgangskode')
  if (needed === 'none') throw data('Handlingen findes ikke her.', { status: 405 })
  if (!can(user.role, needed)) throw data('Du har ikke adgang til denne side eller handling.', { status: 403 })
  return withHeaders(request, await runAsActor({ userId: user.id, email: user.email, role: user.role }, () => next()))
}
