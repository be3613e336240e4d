/**
 * Headers every response carries: no sniffing, no framing, no referrer to other sites, HSTS when
 * the request came over HTTPS, and no caching of pages and data (they show what the signed-in
 * user may see). The Node server (server/) applies the same list to static files and its own
 * refusals; the app applies it to what React Router answers.
 */

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
}

/** A year, subdomains included; sent only over HTTPS, as browsers ignore it otherwise. */
export const HSTS = 'max-age=31536000; includeSubDomains'

/**
 * Fill in the security headers a response lacks; `no-store` unless the route chose its caching.
 * @example secureHeaders(response.headers, request.url.startsWith('https:'))
 */
export function secureHeaders(headers: Headers, https: boolean): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!headers.has(name)) headers.set(name, value)
  if (https && !headers.has('Strict-Transport-Security')) headers.set('Strict-Transport-Security', HSTS)
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store')
}

/**
 * Whether the request came over HTTPS (the Node server sets the URL's scheme from a trusted proxy only).
 * @example isHttps(new Request('https://planner.local/')) // true
 */
export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:'
}
