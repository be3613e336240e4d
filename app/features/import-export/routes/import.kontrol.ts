/**
 * POST /import/kontrol: check (mode=check) or import (mode=import) an uploaded file, answering with
 * newline-delimited JSON: progress lines while it works, then the report. The import page reads the
 * lines as they arrive to draw its progress bar.
 */
import { checkImport, importFile, type ImportPhase } from '~/features/import-export/import.server'
import { getDb } from '~/server/db.server'
import { readUpload } from '~/server/upload.server'
import type { Route } from './+types/import.kontrol'

export async function action({ request }: Route.ActionArgs) {
  const upload = await readUpload(request)
  const encoder = new TextEncoder()
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
      let last = ''
      const progress = (phase: ImportPhase, done: number, total: number) => {
        const key = `${phase}:${total ? Math.floor((done / total) * 100) : 0}`
        if (key !== last) send({ type: 'progress', phase, done, total })
        last = key
      }
      try {
        if (!upload.ok) send({ type: 'error', message: upload.message })
        else {
          const db = await getDb()
          const run = upload.mode === 'import' ? importFile : checkImport
          send({ type: 'result', report: await run(db, upload.name, upload.bytes, progress) })
        }
      } catch (error) {
        console.error('Import fejlede:', error)
        send({
          type: 'error',
          message: 'Importen fejlede uventet; intet er gemt. Prøv igen, og kontakt systemansvarlig, hvis det gentager sig.',
        })
      }
      controller.close()
    },
  })
  return new Response(stream, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' } })
}
