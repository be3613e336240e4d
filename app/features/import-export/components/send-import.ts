/**
 * Send a file to /import/kontrol with XMLHttpRequest (fetch reports no upload progress) and read the
 * newline-delimited JSON answer as it streams in: upload progress, then the server's progress, then
 * the report.
 */
import { href } from 'react-router'
import { MAX_UPLOAD_BYTES, TOO_LARGE_MESSAGE, type ImportEvent } from '~/core/sheets/report'

export type ClientImportEvent = ImportEvent | { type: 'upload'; loaded: number; total: number }

/** Reads the NDJSON answer as it grows: each call hands on the whole lines that arrived since the last. */
function lineReader(xhr: XMLHttpRequest, onEvent: (e: ClientImportEvent) => void) {
  let offset = 0
  return (final: boolean) => {
    const text = xhr.responseText
    const end = final ? text.length : text.lastIndexOf('\n') + 1
    if (end <= offset) return
    for (const line of text.slice(offset, end).split('\n')) {
      if (!line.trim()) continue
      try {
        onEvent(JSON.parse(line) as ImportEvent)
      } catch {
        onEvent({ type: 'error', message: 'Svaret fra serveren kunne ikke læses. Prøv igen.' })
      }
    }
    offset = end
  }
}

/**
 * `fields` adds the form's other fields (the choices for rows already in the register).
 * @example await sendImport(file, 'check', (e) => console.log(e))
 */
export function sendImport(
  file: File,
  mode: 'check' | 'import',
  onEvent: (e: ClientImportEvent) => void,
  fields: (body: FormData) => void = () => {},
): Promise<void> {
  // The server refuses it too; checked here so a large file is not sent in vain.
  if (file.size > MAX_UPLOAD_BYTES) {
    onEvent({ type: 'error', message: TOO_LARGE_MESSAGE })
    return Promise.resolve()
  }
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    const readLines = lineReader(xhr, onEvent)
    xhr.open('POST', href('/import/kontrol'))
    xhr.upload.onprogress = (e) => onEvent({ type: 'upload', loaded: e.loaded, total: e.lengthComputable ? e.total : file.size })
    xhr.onprogress = () => readLines(false)
    xhr.onload = () => {
      // A refusal with a reason (no file, too large) arrives as an error line; others by status.
      const reason = (xhr.getResponseHeader('Content-Type') ?? '').includes('ndjson')
      if (xhr.status >= 400 && !reason)
        onEvent({
          type: 'error',
          message: xhr.status === 403 ? 'Du har ikke adgang til at importere.' : `Serveren afviste filen (${xhr.status}).`,
        })
      else readLines(true)
      resolve()
    }
    xhr.onerror = () => {
      onEvent({ type: 'error', message: 'Forbindelsen til serveren blev afbrudt. Intet er gemt; prøv igen.' })
      resolve()
    }
    const body = new FormData()
    body.set('fil', file)
    body.set('mode', mode)
    fields(body)
    xhr.send(body)
  })
}
