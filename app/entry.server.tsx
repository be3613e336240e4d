/**
 * Server rendering with a CSP nonce per response (otherwise React Router's default entry), the
 * security headers on every page and data response, including refusals thrown by the auth
 * middleware, and the hooks the Node server (server/) calls in the built app.
 */
import { randomBytes } from 'node:crypto'
import { PassThrough } from 'node:stream'
import { createReadableStreamFromReadable } from '@react-router/node'
import { isbot } from 'isbot'
import type { RenderToPipeableStreamOptions } from 'react-dom/server'
import { renderToPipeableStream } from 'react-dom/server'
import { ServerRouter, type EntryContext, type HandleDataRequestFunction, type HandleErrorFunction } from 'react-router'
import './bootstrap.server'
import { contentSecurityPolicy } from './server/csp.server'
import { isHttps, secureHeaders } from './server/headers.server'
import { NonceContext } from './ui/nonce'

export { closeAppDatabase, createLoadContext, housekeeping, HSTS, openAppDatabase, SECURITY_HEADERS } from './server/host.server'

/**
 * How long a page's streamed data may take: the scenario list's figures follow its names, and
 * computing every scenario of a national register after a change takes several seconds.
 */
export const streamTimeout = 30_000

/** `.data` responses (client navigations, fetchers), refusals included. */
export const handleDataRequest: HandleDataRequestFunction = (response, { request }) => {
  secureHeaders(response.headers, isHttps(request))
  return response
}

/** Errors worth a log line: not a request the client gave up, nor a body refused by the server's size limit. */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted || isBodyLimitError(error)) return
  console.error(error)
}

function isBodyLimitError(error: unknown): boolean {
  for (let e = error as { name?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.name === 'BodyTooLargeError') return true
  }
  return false
}

export default function handleRequest(request: Request, status: number, headers: Headers, routerContext: EntryContext) {
  secureHeaders(headers, isHttps(request))
  if (request.method.toUpperCase() === 'HEAD') return new Response(null, { status, headers })
  const nonce = randomBytes(16).toString('base64')
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false
    const userAgent = request.headers.get('user-agent')
    const readyOption: keyof RenderToPipeableStreamOptions =
      (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? 'onAllReady' : 'onShellReady'
    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000)
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        [readyOption]() {
          shellRendered = true
          const body = new PassThrough({
            final(callback) {
              clearTimeout(timeoutId)
              timeoutId = undefined
              callback()
            },
          })
          headers.set('Content-Type', 'text/html; charset=utf-8')
          headers.set('Content-Security-Policy', contentSecurityPolicy(nonce, process.env.MAP_TILE_URL))
          resolve(new Response(createReadableStreamFromReadable(body), { headers, status }))
          pipe(body)
        },
        onShellError(error: unknown) {
          reject(error)
        },
        onError(error: unknown) {
          status = 500
          if (shellRendered) console.error(error)
        },
      },
    )
  })
}
