/**
 * POST /import/kontrol: check (mode=check) or import (mode=import) an uploaded file, answering with
 * newline-delimited JSON: progress lines while it works, then the report (import-events.server.ts).
 * The upload is its own protocol (a streamed multipart file, not a form with an intent); its other
 * fields carry the choices for rows already in the register (schemas.ts).
 */
import { importEvents, importRefusal } from '~/features/import-export/import-events.server'
import { checkImport, importFile } from '~/features/import-export/import.server'
import { readImportOptions } from '~/features/import-export/schemas'
import { getDb } from '~/server/db.server'
import { readUpload } from '~/server/upload.server'
import type { Route } from './+types/import.kontrol'

export async function action({ request }: Route.ActionArgs) {
  const upload = await readUpload(request)
  if (!upload.ok) return importRefusal(upload.message, upload.status)
  const db = await getDb()
  const run = upload.mode === 'import' ? importFile : checkImport
  // The upload's bytes are read only by the check: they move to its worker, not copied.
  const options = { ...readImportOptions(upload.fields), handOver: true }
  return importEvents((progress, signal) => run(db, upload.name, upload.bytes, progress, signal, options), request.signal)
}
