/**
 * Calling a route module's loader or action as React Router would: through the auth middleware
 * with the pattern of the route the request's address matches, signed in as an administrator of
 * the app's database (unless the test brings its own context with a user); thrown responses are
 * returned like returned ones. Every integration test of a route is so also a test of its
 * declared permission.
 */
import { matchRoutes, RouterContextProvider, type RouteObject } from 'react-router'
import { ALL_ROUTES } from '~/features/all-routes'
import { authMiddleware } from '~/server/auth/middleware.server'
import { getDb, type Db } from '~/server/db.server'
import { loaderResponse, sessionFor, userFor } from './request'

type Handler = (args: never) => Promise<unknown>

const ROUTE_OBJECTS: RouteObject[] = ALL_ROUTES.map((r) => (r.path === null ? { id: r.id, index: true } : { id: r.id, path: r.path }))
const adminCookies = new WeakMap<Db, Promise<string>>()

/** An administrator's session cookie in the app's current database (one per database). */
function adminCookie(db: Db): Promise<string> {
  let cookie = adminCookies.get(db)
  if (!cookie) {
    cookie = userFor(db, 'admin').then((id) => sessionFor(db, id))
    adminCookies.set(db, cookie)
  }
  return cookie
}

/** The declared pattern of the route an address matches, as React Router hands it to middleware. */
function patternOf(request: Request): string {
  const match = matchRoutes(ROUTE_OBJECTS, new URL(request.url).pathname)?.at(-1)
  const route = ALL_ROUTES.find((r) => r.id === match?.route.id)
  if (!route) throw new Error(`Ingen erklæret rute for ${request.url}`)
  return route.path ?? '/'
}

export const post = (path: string, body: FormData) => new Request(`http://localhost${path}`, { method: 'POST', body })
export const get = (path: string) => new Request(`http://localhost${path}`)

/** Form fields as a browser posts them. */
export function form(fields: Record<string, string>): FormData {
  const fd = new FormData()
  for (const [k, v] of Object.entries(fields)) fd.set(k, v)
  return fd
}

export async function call(
  fn: unknown,
  args: { request: Request; params?: Record<string, string>; context?: unknown },
): Promise<{ status: number; headers?: Headers; body: any }> {
  try {
    if (args.context) return await unwrap(await (fn as Handler)({ params: {}, ...args } as never))
    const db = await getDb()
    const headers = new Headers(args.request.headers)
    if (!headers.has('Cookie')) headers.set('Cookie', await adminCookie(db))
    const request = new Request(args.request, { headers })
    const context = new RouterContextProvider()
    const routeArgs = { params: {}, ...args, request, context, pattern: patternOf(request), url: new URL(request.url) }
    return await unwrap(await authMiddleware(routeArgs as never, async () => loaderResponse(await (fn as Handler)(routeArgs as never))))
  } catch (thrown) {
    return unwrap(thrown)
  }
}

async function unwrap(value: unknown): Promise<{ status: number; headers?: Headers; body: any }> {
  if (value instanceof Response) {
    const type = value.headers.get('Content-Type') ?? ''
    const body =
      type.includes('json') && !type.includes('ndjson')
        ? await value.json()
        : type.includes('text') || type.includes('ndjson')
          ? await value.text()
          : new Uint8Array(await value.arrayBuffer())
    return { status: value.status, headers: value.headers, body }
  }
  if (value && typeof value === 'object' && 'type' in value && (value as { type: string }).type === 'DataWithResponseInit') {
    const d = value as unknown as { data: unknown; init: { status?: number } | null }
    return { status: d.init?.status ?? 200, body: d.data }
  }
  if (value instanceof Error) throw value
  return { status: 200, body: value }
}
