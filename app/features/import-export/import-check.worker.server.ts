/**
 * The import check as a worker thread: reads and checks files off the request thread, so a large
 * or hostile file never freezes other users' requests. Each job posts its progress, then its plan
 * (or a Danish failure). Started by import-worker.server.ts; inert anywhere else.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import type { DuplicateChoices, ImportPhase } from '~/core/sheets/report'
import { checkSpreadsheet, type ImportLookups, type ImportPlan } from './import-check.server'

/** The marker in workerData that makes a thread an import checker. */
export const IMPORT_CHECK_TASK = 'kloge-kvadratmeter/import-check'

export interface CheckJob {
  id: number
  filename: string
  bytes: Uint8Array
  lookups: ImportLookups
  choices: DuplicateChoices
}

export type WorkerMessage = { id: number } & (
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'plan'; plan: ImportPlan }
  | { type: 'failed'; message: string }
)

async function serve(job: CheckJob): Promise<void> {
  const post = (message: WorkerMessage) => parentPort!.postMessage(message)
  try {
    const plan = await checkSpreadsheet(
      job.filename,
      job.bytes,
      job.lookups,
      (phase, done, total) => post({ id: job.id, type: 'progress', phase, done, total }),
      job.choices,
    )
    post({ id: job.id, type: 'plan', plan })
  } catch (error) {
    console.error('Importkontrollen fejlede:', error)
    post({ id: job.id, type: 'failed', message: 'Filen kunne ikke kontrolleres; intet er gemt. Prøv igen, eller del filen op.' })
  }
}

if (!isMainThread && (workerData as { task?: string } | null)?.task === IMPORT_CHECK_TASK) {
  parentPort!.on('message', (job: CheckJob) => void serve(job))
}
