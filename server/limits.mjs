/**
 * Request bodies are limited as they stream in, before the app reads them: forms 1 MB, import
 * uploads 25 MB. A declared Content-Length over the limit is refused at once; a body without one
 * (chunked) is counted and refused the moment it passes the limit. Either way the answer is 413
 * with a Danish text, and the connection is closed shortly after so a client cannot keep sending.
 */
import { Transform } from 'node:stream'

export const FORM_LIMIT = 1024 * 1024
/** The 25 MB file plus room for the multipart envelope and the form's other fields. */
export const UPLOAD_LIMIT = 25 * 1024 * 1024 + 64 * 1024

const TOO_LARGE = {
  form: 'Forespørgslen er for stor (højst 1 MB).',
  upload: 'Filen er for stor (højst 25 MB). Del den op i flere filer.',
}

/** The error the app's request body fails with when it passed the limit (entry.server does not log it). */
export class BodyTooLargeError extends Error {
  constructor(limit) {
    super(`Forespørgslens indhold er over grænsen på ${limit} bytes.`)
    this.name = 'BodyTooLargeError'
  }
}

/** Uploads go to the import pages; everything else that has a body is a form. */
export function bodyLimitFor(path) {
  return path === '/import' || path.startsWith('/import/') ? 'upload' : 'form'
}

function refuse(req, res, kind) {
  if (!res.headersSent) {
    res.status(413)
    res.set({ 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' })
    res.end(TOO_LARGE[kind])
  }
  // Read and drop what the client still sends so it gets the answer, then hang up. Node closes a
  // `Connection: close` socket both ways as soon as the answer is sent (destroySoon); data still
  // arriving is then reset, and a client busy sending saw "EPIPE" instead of the 413. Here only the
  // sending side is closed at once, and the socket a second later.
  const socket = req.socket
  if (socket)
    socket.destroySoon = function closeLingering() {
      if (this.writable) this.end()
    }
  req.unpipe()
  req.resume()
  res.once('finish', () => setTimeout(() => req.socket?.destroy(), 1000).unref())
}

/**
 * Express middleware: refuse or count the body, and hand the app a counted copy of the request
 * stream (`res.locals.bodyRequest`) that fails with BodyTooLargeError past the limit.
 */
export function limitBody(req, res, next) {
  if (req.method === 'GET' || req.method === 'HEAD') return next()
  const kind = bodyLimitFor(req.path)
  const limit = kind === 'upload' ? UPLOAD_LIMIT : FORM_LIMIT
  const declared = req.headers['content-length']
  if (declared !== undefined && !(Number(declared) <= limit)) return refuse(req, res, kind)
  let seen = 0
  const counted = new Transform({
    transform(chunk, _encoding, callback) {
      seen += chunk.length
      if (seen > limit) callback(new BodyTooLargeError(limit))
      else callback(null, chunk)
    },
  })
  counted.once('error', (error) => {
    if (error instanceof BodyTooLargeError) refuse(req, res, kind)
  })
  req.once('error', (error) => counted.destroy(error))
  req.pipe(counted)
  // An answer given without reading the body (a refused write): drop the rest so the connection can go on.
  res.once('finish', () => {
    if (req.complete) return
    req.unpipe(counted)
    req.resume()
  })
  // What @react-router/express reads from a request besides its body stream.
  res.locals.bodyRequest = Object.assign(counted, {
    app: req.app,
    method: req.method,
    headers: req.headers,
    url: req.url,
    originalUrl: req.originalUrl,
    hostname: req.hostname,
    protocol: req.protocol,
    get: (name) => req.get(name),
  })
  next()
}
