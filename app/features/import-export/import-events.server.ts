/**
 * The answer of /import/kontrol as newline-delimited JSON (core/sheets/report.ts `ImportEvent`):
 * progress lines while the file is checked and written, then the report. The import page reads
 * the lines as they arrive to draw its progress bar.
 */
import type { ImportEvent, ImportPhase, ImportReport } from '~/core/sheets/report'
import type { ProgressFn } from './import-check.server'

const HEADERS = { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' }
const UNEXPECTED = 'Importen fejlede uventet; intet er gemt. Prøv igen, og kontakt systemansvarlig, hvis det gentager sig.'

const line = (event: ImportEvent) => new TextEncoder().encode(`${JSON.stringify(event)}\n`)

/**
 * A refusal before any work started (no file, too large), as one error line.
 * @example return importRefusal('Filen er for stor (højst 25 MB).', 413)
 */
export function importRefusal(message: string, status: number): Response {
  return new Response(line({ type: 'error', message }), { status, headers: HEADERS })
}

/**
 * Stream the progress of `run` and then its report. A client that leaves (the request's signal,
 * or the stream cancelled) aborts the work.
 * @example return importEvents((progress, signal) => importFile(db, name, bytes, progress, signal), request.signal)
 */
export function importEvents(
  run: (progress: ProgressFn, signal: AbortSignal) => Promise<ImportReport>,
  requestSignal?: AbortSignal,
): Response {
  const abort = new AbortController()
  requestSignal?.addEventListener('abort', () => abort.abort(), { once: true })
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportEvent) => {
        if (!abort.signal.aborted) controller.enqueue(line(event))
      }
      // One line per whole percent and phase: enough for a progress bar, few enough for 200,000 rows.
      let last = ''
      const progress = (phase: ImportPhase, done: number, total: number) => {
        const key = `${phase}:${total ? Math.floor((done / total) * 100) : 0}`
        if (key !== last) send({ type: 'progress', phase, done, total })
        last = key
      }
      try {
        send({ type: 'result', report: await run(progress, abort.signal) })
      } catch (error) {
        if (!abort.signal.aborted) console.error('Import fejlede:', error)
        send({ type: 'error', message: UNEXPECTED })
      }
      if (!abort.signal.aborted) controller.close()
    },
    cancel() {
      abort.abort()
    },
  })
  return new Response(stream, { headers: HEADERS })
}
