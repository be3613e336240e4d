/**
 * The Content Security Policy: scripts only from this origin or with the response's nonce;
 * no framing; styles inline-allowed because AG Grid and Leaflet set style attributes and inject
 * theme CSS at run time. A configured map tile server is allowed for images.
 */
export function contentSecurityPolicy(nonce: string, tileUrl?: string): string {
  let tileOrigin: string
  try {
    tileOrigin = tileUrl ? new URL(tileUrl.replace(/\{[a-z]\}/gi, 'a')).origin : ''
  } catch {
    tileOrigin = ''
  }
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin ? ` ${tileOrigin}` : ''}`,
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}
