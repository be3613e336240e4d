/** Small helpers shared by loaders and actions. */
import { data } from 'react-router'

/** Throw a Danish 404 unless `condition`. @example invariantResponse(lease, 'Lejemålet findes ikke') */
export function invariantResponse(condition: unknown, message: string, status = 404): asserts condition {
  if (!condition) throw data(message, { status })
}

/** A positive integer id from a route param, or a 404. */
export function parseId(raw: string | undefined, what: string): number {
  const id = Number(raw)
  invariantResponse(Number.isSafeInteger(id) && id > 0, `${what} findes ikke.`)
  return id
}

/**
 * Where to send someone after log-in: a path on this site, resolved the way a browser would
 * (tabs and newlines dropped, backslashes as slashes) and required to stay on the same origin;
 * anything else, or anything unreadable, goes to `fallback`.
 * @example safeRedirectTarget('/%09/evil.example', 'http://planner.local/login') // '/'
 */
export function safeRedirectTarget(target: unknown, requestUrl: string, fallback = '/'): string {
  if (typeof target !== 'string' || !target.startsWith('/')) return fallback
  try {
    const origin = new URL(requestUrl).origin
    const url = new URL(target, origin)
    if (url.origin !== origin) return fallback
    // A path starting with two slashes would be read as another host by the browser.
    return `${url.pathname.replace(/^\/{2,}/, '/')}${url.search}${url.hash}`
  } catch {
    return fallback
  }
}
