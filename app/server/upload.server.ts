/** An uploaded import file from a multipart form: its name, bytes and what to do with it. */
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
 * Read the `fil` field and the `mode` (check or import) of a multipart request. The body is
 * counted as it streams, so a file over the limit is refused (413) before it is read whole,
 * whatever the Content-Length says.
 * @example const upload = await readUpload(request)
 */
export async function readUpload(request: Request): Promise<Upload> {
  const limit = MAX_UPLOAD_BYTES + ENVELOPE_BYTES
  if (Number(request.headers.get('Content-Length') ?? 0) > limit) return { ok: false, message: TOO_LARGE_MESSAGE, status: 413 }
  let form: FormData
  let tooLarge = false
  try {
    const body = request.body ? limitedBody(request.body, limit, () => (tooLarge = true)) : null
    const headers = { 'Content-Type': request.headers.get('Content-Type') ?? '' }
    const limited = new Request(request.url, { method: 'POST', headers, body, duplex: 'half' } as RequestInit)
    form = await limited.formData()
  } catch {
    if (tooLarge) return { ok: false, message: TOO_LARGE_MESSAGE, status: 413 }
    return { ok: false, message: 'Filen kunne ikke modtages. Prøv igen.', status: 400 }
  }
  const file = form.get('fil')
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: 'Vælg en fil (.xlsx eller .csv).', status: 400 }
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, message: TOO_LARGE_MESSAGE, status: 413 }
  const mode = form.get('mode') === 'import' ? 'import' : 'check'
  // The form's other text fields (the import's choices), for the route to read.
  const fields = new Map([...form].filter((e): e is [string, string] => typeof e[1] === 'string'))
  return { ok: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), mode, fields }
}
