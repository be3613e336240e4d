/**
 * The Express app around the built React Router app: static files, security headers on every
 * response (static files and the server's own refusals included), request bodies limited as they
 * stream, and the client's address (from the socket, or from a proxy named in TRUST_PROXY) handed
 * to the app in its request context.
 */
import path from 'node:path'
import { createRequestHandler } from '@react-router/express'
import express from 'express'
import { limitBody } from './limits.mjs'
import { clientAddress } from './proxy.mjs'

/**
 * Add the security headers a response lacks just before it is sent, whoever wrote it; what the
 * app answers (pages, data, redirects, refusals) is never cached unless it says otherwise.
 */
function securityHeaders(headers, hsts) {
  return (req, res, next) => {
    const writeHead = res.writeHead
    res.writeHead = function (...args) {
      for (const [name, value] of Object.entries(headers)) if (!res.hasHeader(name)) res.setHeader(name, value)
      if (req.secure && !res.hasHeader('Strict-Transport-Security')) res.setHeader('Strict-Transport-Security', hsts)
      if (res.locals.fromApp && !res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-store')
      return writeHead.apply(this, args)
    }
    next()
  }
}

function serverError(error, req, res, next) {
  console.error(error)
  if (res.headersSent) return next(error)
  res.status(500).set({ 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end('Der opstod en fejl på serveren. Prøv igen om lidt.')
}

/**
 * The app for a build folder (`build/` holds `server/index.js` and `client/`).
 * @example const app = createApp({ build, buildDir: 'build', trustProxy: false })
 */
export function createApp({ build, buildDir, trustProxy }) {
  const host = build.entry.module
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxy)
  app.use(securityHeaders(host.SECURITY_HEADERS, host.HSTS))
  const client = path.join(buildDir, 'client')
  app.use('/assets', express.static(path.join(client, 'assets'), { immutable: true, maxAge: '1y', index: false, redirect: false }))
  app.use(express.static(client, { maxAge: '1h', index: false, redirect: false }))
  app.use((req, res, next) => {
    res.locals.fromApp = true
    next()
  })
  app.use(limitBody)
  const handle = createRequestHandler({
    build,
    mode: process.env.NODE_ENV,
    getLoadContext: (_req, res) => host.createLoadContext({ address: res.locals.clientAddress }),
  })
  app.use((req, res, next) => {
    res.locals.clientAddress = clientAddress(req.ip ?? req.socket.remoteAddress)
    return handle(res.locals.bodyRequest ?? req, res, next)
  })
  app.use(serverError)
  return app
}
