/**
 * Calling the app as React Router does, below the browser: the path is matched against the
 * declared routes (decoding it like the router), the auth middleware runs with the matched
 * pattern, then the route's loader (GET) or action (other methods). Every integration test that
 * goes through this helper is also an authorisation test.
 */
import path from 'node:path'
import { matchRoutes, RouterContextProvider, type RouteObject } from 'react-router'
import type { Role } from '#db/schema'
import { ALL_ROUTES } from '~/features/all-routes'
import { authMiddleware } from '~/server/auth/middleware.server'
import { createSession } from '~/server/auth/sessions.server'
import type { Db } from '~/server/db.server'
import { createUser } from '~/features/users-audit/users.server'

process.env.SESSION_SECRET ??= 'test-secret-test-secret-test-secret-0123456789'

const ROUTE_OBJECTS: RouteObject[] = ALL_ROUTES.map((r) => (r.path === null ? { id: r.id, index: true } : { id: r.id, path: r.path }))

export interface Answer {
  status: number
  headers: Headers
  /** JSON or text; a redirect's target is in `headers.get('location')`. */
  body: unknown
}

const BASE = 'http://localhost'

/** A user of the given role in `db` (no password change pending). */
export async function userFor(db: Db, role: Role): Promise<number> {
  const email = `${role}-${Date.now()}-${Math.floor(Math.random() * 1e9)}@test.example`
  const created = await createUser(db, { email, name: `Test ${role}`, role }, 'test-password-Kvadrat-2026')
  if (!created.ok) throw new Error(created.message)
  await db.updateTable('appUser').set({ mustChangePassword: 0 }).where('id', '=', created.value.id).execute()
  return created.value.id
}

/** A fresh session cookie for a user. */
export async function sessionFor(db: Db, userId: number): Promise<string> {
  const setCookie = await createSession(db, new Request(BASE), userId, '127.0.0.1')
  return setCookie.split(';')[0]!
}

/** A session cookie for a new user of the given role in `db`. */
export async function cookieFor(db: Db, role: Role): Promise<string> {
  return sessionFor(db, await userFor(db, role))
}

/**
 * One request through the middleware and the matched route.
 * @example const res = await send('GET', '/%72evision/eksport.csv', { cookie: await cookieFor(db, 'udvalg') })
 */
export async function send(
  method: string,
  url: string,
  opts: { cookie?: string | null; form?: Record<string, string> } = {},
): Promise<Answer> {
  const request = new Request(new URL(url, BASE), {
    method,
    headers: {
      ...(opts.cookie ? { Cookie: opts.cookie } : {}),
      ...(method === 'GET' ? {} : { Origin: BASE, 'Sec-Fetch-Site': 'same-origin' }),
    },
    body: method === 'GET' || method === 'HEAD' ? undefined : new URLSearchParams(opts.form ?? {}),
  })
  const pathname = new URL(request.url).pathname.replace(/\.data$/, '')
  const matches = matchRoutes(ROUTE_OBJECTS, pathname)
  const leaf = matches?.at(-1)
  if (!leaf) return { status: 404, headers: new Headers(), body: 'Ingen rute' }
  const declaration = ALL_ROUTES.find((r) => r.id === leaf.route.id)!
  const module = (await import(/* @vite-ignore */ path.resolve('app', declaration.file))) as Record<string, unknown>
  const handler = (method === 'GET' || method === 'HEAD' ? module.loader : module.action) as
    ((args: unknown) => Promise<unknown>) | undefined
  const context = new RouterContextProvider()
  const args = { request, params: leaf.params, context, pattern: declaration.path ?? '/', url: new URL(request.url) }
  try {
    const result = await authMiddleware(args as never, async () => {
      if (!handler) throw new Response('Handlingen findes ikke her.', { status: 405 })
      return loaderResponse(await handler(args))
    })
    return answer(result as Response)
  } catch (thrown) {
    return answer(thrown)
  }
}

/**
 * What a loader returned, as the Response the middleware chain passes on. Promises among its
 * values (data React Router streams after the page's shell) are awaited first, so a test sees the
 * whole answer, as the browser does once the stream ends.
 */
export async function loaderResponse(value: unknown): Promise<Response> {
  if (value instanceof Response) return value
  if (value && typeof value === 'object' && (value as { type?: string }).type === 'DataWithResponseInit') {
    const d = value as { data: unknown; init: ResponseInit | null }
    return Response.json(await streamedSettled(d.data), d.init ?? undefined)
  }
  return Response.json((await streamedSettled(value)) ?? null)
}

async function streamedSettled(value: unknown): Promise<unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value
  const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, v instanceof Promise ? await v : v] as const))
  return Object.fromEntries(entries)
}

async function answer(value: unknown): Promise<Answer> {
  const response =
    value instanceof Response ? value : value && typeof value === 'object' && 'type' in value ? await loaderResponse(value) : null
  if (!response) throw value
  const type = response.headers.get('Content-Type') ?? ''
  // Files (PDF, Excel) come back as bytes; everything else as JSON or text.
  const binary = type.startsWith('application/pdf') || type.includes('spreadsheetml')
  const body = type.includes('json') ? await response.json() : binary ? new Uint8Array(await response.arrayBuffer()) : await response.text()
  return { status: response.status, headers: response.headers, body }
}
