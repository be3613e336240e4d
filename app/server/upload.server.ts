/** An uploaded import file from a multipart form: its name, bytes and what to do with it. */

/** Larger files are refused before they are read (about 200,000 rows of a register). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024

export type Upload = { ok: true; name: string; bytes: Uint8Array; mode: 'check' | 'import' } | { ok: false; message: string }

/**
 * Read the `fil` field and the `mode` (check or import) of a multipart request.
 * @example const upload = await readUpload(request)
 */
export async function readUpload(request: Request): Promise<Upload> {
  const length = Number(request.headers.get('Content-Length') ?? 0)
  if (length > MAX_UPLOAD_BYTES + 64 * 1024) return { ok: false, message: 'Filen er for stor (højst 25 MB). Del den op i flere filer.' }
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return { ok: false, message: 'Filen kunne ikke modtages. Prøv igen.' }
  }
  const file = form.get('fil')
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: 'Vælg en fil (.xlsx eller .csv).' }
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, message: 'Filen er for stor (højst 25 MB). Del den op i flere filer.' }
  const mode = form.get('mode') === 'import' ? 'import' : 'check'
  return { ok: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), mode }
}
