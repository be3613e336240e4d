/**
 * Runs the import check (import-check.worker.server.ts) in worker threads and relays its progress.
 * In the built app a worker loads the server bundle itself; from source (dev server, tests, CLI)
 * it loads the TypeScript module through tsx. One worker, doing one file at a time; more files wait.
 *
 * Checking a national file holds a heap of about 200 MB, and an idle worker never collects it, so
 * the worker stops a few seconds after its last file (a file waiting or sent at once reuses it;
 * starting one takes about a second). One worker, not one per file: two national files checked at
 * once would hold twice that beside the compute worker's caches.
 */
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { DuplicateChoices } from '~/core/sheets/report'
import { heavyLaneData, heavyLaneFree, releaseHeavyLaneOnExit } from '~/server/heavy-lane.server'
import { WORKER_YOUNG_GENERATION_MB } from '~/server/module-worker.server'
import { DEFAULT_CHOICES } from './duplicates'
import type { ProgressFn } from './import-check.server'
import type { RegisterLookups } from './import-lookups.server'
import { IMPORT_CHECK_TASK, type CheckedPlan, type CheckJob, type WorkerMessage } from './import-check.worker.server'

const MAX_WORKERS = 1
const IDLE_MS = 5_000
/**
 * A worker that needs more heap than this is stopped; the file is refused, the server lives on.
 * Checking 100,000 properties keeps under 100 MB alive (the register's index and the checked
 * rows; stored records are read a piece at a time). The .xlsx reader holds the sheet's XML as one
 * string while it parses: an .xlsx of 200,000 properties (MAX_IMPORT_ROWS) needs more than 384
 * MB and checks in 25 s at 512. A limit well above the live heap costs RSS, since V8 grows a heap
 * toward its limit before it collects.
 */
const HEAP_LIMIT_MB = 512

const OUT_OF_MEMORY = 'Filen er for stor til at blive læst; del den op i flere filer.'
const FAILED = 'Filen kunne ikke kontrolleres; intet er gemt. Prøv igen, eller del filen op.'
const ABORTED = 'Importen blev afbrudt; intet er gemt.'

/** How many check threads run now, busy or idle (the tests see that the check left the request thread). */
export const importCheckThreads = () => started

/** A failure of the check itself (not of the file's rows), with a Danish message for the report. */
export class ImportCheckError extends Error {}

interface Checker {
  worker: Worker
  idle: NodeJS.Timeout | null
}

const idle: Checker[] = []
const waiting: ((checker: Checker) => void)[] = []
let started = 0
let nextJob = 1

function startWorker(): Worker {
  const worker = newWorker()
  releaseHeavyLaneOnExit(worker)
  return worker
}

function newWorker(): Worker {
  const options = {
    // The check takes its turn in the process's heavy lane (heavy-lane.server.ts).
    workerData: { task: IMPORT_CHECK_TASK, ...heavyLaneData() },
    resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  }
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(import.meta.url), options)
  // From source: a tiny ES module that loads the TypeScript worker through tsx's API.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href
  const entry = new URL('./import-check.worker.server.ts', import.meta.url).href
  const boot = `import { tsImport } from ${JSON.stringify(tsx)}; await tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)})`
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), options)
}

function acquire(): Promise<Checker> {
  const ready = idle.pop()
  if (ready) {
    if (ready.idle) clearTimeout(ready.idle)
    ready.worker.ref()
    return Promise.resolve(ready)
  }
  if (started < MAX_WORKERS) {
    started += 1
    const worker = startWorker()
    worker.once('exit', () => {
      started -= 1
      // A file waiting for a worker gets a new one in place of this.
      const next = waiting.shift()
      if (next) void acquire().then(next)
    })
    return Promise.resolve({ worker, idle: null })
  }
  return new Promise((resolve) => waiting.push(resolve))
}

/**
 * A worker back after a file: the next waiting file gets it, else it idles (not keeping the
 * process alive). One that failed or was stopped is ended; its exit lets a waiting file start another.
 */
function release(checker: Checker, healthy: boolean): void {
  if (!healthy) return void checker.worker.terminate()
  const next = waiting.shift()
  if (next) return next(checker)
  checker.worker.unref()
  checker.idle = setTimeout(() => {
    idle.splice(idle.indexOf(checker), 1)
    void checker.worker.terminate()
  }, IDLE_MS)
  checker.idle.unref()
  idle.push(checker)
}

/**
 * Check a file in a worker thread against the register (where the worker reads it: `{ databaseUrl }`,
 * or as given: `{ lookups }`), with the user's choices for rows already in the register; progress
 * arrives as the worker posts it. `reportOnly`: the plan comes without its rows (a check that
 * writes nothing). `handOver`: the bytes move to the worker (the caller no longer reads them)
 * instead of being copied. Aborting the signal (the client left) stops that worker.
 * @example const plan = await runImportCheck('ejendomme.csv', bytes, { databaseUrl }, progress, request.signal)
 */
export async function runImportCheck(
  filename: string,
  bytes: Uint8Array,
  register: { databaseUrl: string } | { lookups: RegisterLookups },
  progress: ProgressFn,
  signal?: AbortSignal,
  choices: DuplicateChoices = DEFAULT_CHOICES,
  reportOnly = false,
  handOver = false,
): Promise<CheckedPlan> {
  // No thread is started only to wait while another heavy job runs (heavy-lane.server.ts).
  if (idle.length === 0) await heavyLaneFree(undefined, () => progress('wait', 0, 0))
  if (signal?.aborted) throw new ImportCheckError(ABORTED)
  const checker = await acquire()
  const job: CheckJob = { id: nextJob++, filename, bytes, ...register, choices, reportOnly }
  const { worker } = checker
  return new Promise<CheckedPlan>((resolve, reject) => {
    const finish = (healthy: boolean, outcome: () => void) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      signal?.removeEventListener('abort', onAbort)
      release(checker, healthy)
      outcome()
    }
    const onMessage = (message: WorkerMessage) => {
      if (message.id !== job.id) return
      if (message.type === 'plan') return finish(true, () => resolve(message.plan))
      if (message.type === 'failed') return finish(true, () => reject(new ImportCheckError(message.message)))
      try {
        progress(message.phase, message.done, message.total)
      } catch (error) {
        finish(false, () => reject(error))
      }
    }
    const onError = (error: Error & { code?: string }) => {
      if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') console.error('Importkontrollens tråd fejlede:', error)
      finish(false, () => reject(new ImportCheckError(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? OUT_OF_MEMORY : FAILED)))
    }
    const onExit = () => finish(false, () => reject(new ImportCheckError(FAILED)))
    const onAbort = () => finish(false, () => reject(new ImportCheckError(ABORTED)))
    worker.on('message', onMessage).on('error', onError).on('exit', onExit)
    signal?.addEventListener('abort', onAbort, { once: true })
    // Bytes handed over move to the worker whole; a view into a larger or shared buffer is copied.
    const movable =
      handOver && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    worker.postMessage(job, movable ? [bytes.buffer] : [])
  })
}
