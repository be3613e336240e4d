/** An uploaded import file from a multipart form: its name, bytes and what to do with it. */
import {
  getMultipartBoundary,
  MaxFileSizeExceededError,
  MaxTotalSizeExceededError,
  parseMultipartStream,
} from '@remix-run/multipart-parser'
import { MAX_UPLOAD_BYTES, TOO_LARGE_MESSAGE } from '~/core/sheets/report'

export { MAX_UPLOAD_BYTES }
/** Room for the multipart envelope around the file (boundaries, the mode field). */
const ENVELOPE_BYTES = 64 * 1024

export type Upload =
  | { ok: true; name: string; bytes: Uint8Array; mode: 'check' | 'import'; fields: Map<string, string> }
  | { ok: false; message: string; status: 400 | 413 }

/** The request body, cut off with an error as soon as more than `limit` bytes have arrived. */
function limitedBody(body: ReadableStream<Uint8Array>, limit: number, onTooLarge: () => void): ReadableStream<Uint8Array> {
  let received = 0
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength
        if (received <= limit) return controller.enqueue(chunk)
        onTooLarge()
        controller.error(new RangeError(TOO_LARGE_MESSAGE))
      },
    }),
  )
}

/**
 * The file's pieces in one array of its own (the import's worker takes it over), not zero-filled
 * first: the request thread copies 15 MB in a few milliseconds.
 */
function joined(pieces: readonly Uint8Array[]): Uint8Array {
  const bytes = Buffer.allocUnsafeSlow(pieces.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const piece of pieces) {
    bytes.set(piece, at)
    at += piece.byteLength
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** The form's own fields beside the file: a handful; a body with more parts is no form of ours. */
const MAX_PARTS = 100

/**
 * Read the `fil` field and the `mode` (check or import) of a multipart request. The body is
 * counted as it streams, so a file over the limit is refused (413) before it is read whole,
 * whatever the Content-Length says. It is parsed as it arrives, a network chunk at a time
 * (@remix-run/multipart-parser): the request thread never parses a 15 MB body in one go, and the
 * file's bytes are copied once, into the array the import's worker then takes over.
 * @example const upload = await readUpload(request)
 */
export async function readUpload(request: Request): Promise<Upload> {
  const limit = MAX_UPLOAD_BYTES + ENVELOPE_BYTES
  if (Number(request.headers.get('Content-Length') ?? 0) > limit) return { ok: false, message: TOO_LARGE_MESSAGE, status: 413 }
  const boundary = getMultipartBoundary(request.headers.get('Content-Type') ?? '')
  if (!request.body || !boundary) return { ok: false, message: 'Filen kunne ikke modtages. Prøv igen.', status: 400 }
  let tooLarge = false
  let file: { name: string; bytes: Uint8Array } | null = null
  const fields = new Map<string, string>()
  try {
    const body = limitedBody(request.body, limit, () => (tooLarge = true))
    const parts = parseMultipartStream(body, { boundary, maxFileSize: MAX_UPLOAD_BYTES, maxTotalSize: limit, maxParts: MAX_PARTS })
    for await (const part of parts) {
      if (part.isFile) {
        if (part.name === 'fil' && file === null) file = { name: part.filename ?? '', bytes: joined(part.content) }
      } else if (part.name !== undefined) fields.set(part.name, part.text)
    }
  } catch (error) {
    if (tooLarge || error instanceof MaxFileSizeExceededError || error instanceof MaxTotalSizeExceededError)
      return { ok: false, message: TOO_LARGE_MESSAGE, status: 413 }
    return { ok: false, message: 'Filen kunne ikke modtages. Prøv igen.', status: 400 }
  }
  if (file === null || file.bytes.byteLength === 0) return { ok: false, message: 'Vælg en fil (.xlsx eller .csv).', status: 400 }
  const mode = fields.get('mode') === 'import' ? 'import' : 'check'
  // The form's other text fields (the import's choices) are for the route to read.
  return { ok: true, name: file.name, bytes: file.bytes, mode, fields }
}
