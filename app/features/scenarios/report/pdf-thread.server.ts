/**
 * The council report's PDF drawn off the request thread. pdfmake lays a document out in one
 * synchronous pass (seconds for a large scenario), which on the request thread would hold up
 * every other user's request meanwhile. One worker per server process, started at the first
 * report, draws one document at a time from the report's plain data.
 *
 * As the goal-seek solver's worker does, the worker runs this very module: the server bundle in
 * the built server, the `.ts` file through tsx's loader from source (tests, CLI, dev server).
 */
import { isMainThread, parentPort, type Worker, workerData } from 'node:worker_threads'
import { isWorkerFor, lowerThisThreadsPriority, rejectPendingWhenGone, startModuleWorker } from '~/server/module-worker.server'
import { comparePdf } from './compare-pdf'
import { renderPdf } from './pdf-render.server'
import type { CompareReport, ScenarioReport } from './report-data.server'
import { scenarioPdf } from './scenario-pdf'

const ROLE = 'kk-report-pdf'

type Job = { id: number; kind: 'scenario'; report: ScenarioReport } | { id: number; kind: 'compare'; report: CompareReport }
type Reply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; error: string }

function serve(): void {
  const port = parentPort!
  port.on('message', (job: Job) => {
    const doc = job.kind === 'scenario' ? scenarioPdf(job.report) : comparePdf(job.report)
    renderPdf(doc).then(
      (buffer) => {
        const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
        port.postMessage({ id: job.id, ok: true, bytes } satisfies Reply)
      },
      (error: unknown) => port.postMessage({ id: job.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
    )
  })
}

if (!isMainThread && isWorkerFor(workerData, ROLE)) {
  lowerThisThreadsPriority()
  serve()
}

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, { resolve: (bytes: Buffer) => void; reject: (error: Error) => void }>()

function startWorker(): Worker {
  const w = startModuleWorker(import.meta.url, ROLE)
  w.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id)
    pending.delete(reply.id)
    if (!waiting) return
    if (reply.ok) waiting.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength))
    else waiting.reject(new Error(reply.error))
  })
  rejectPendingWhenGone(w, pending, 'Rapporten kunne ikke tegnes', () => {
    if (worker === w) worker = null
  })
  return w
}

function draw(job: Omit<ScenarioJob, 'id'> | Omit<CompareJob, 'id'>): Promise<Buffer> {
  worker ??= startWorker()
  const w = worker
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    w.postMessage({ ...job, id })
  })
}

type ScenarioJob = Extract<Job, { kind: 'scenario' }>
type CompareJob = Extract<Job, { kind: 'compare' }>

/**
 * A scenario's report as PDF bytes, drawn in the report worker.
 * @example const bytes = await scenarioPdfInWorker(report)
 */
export function scenarioPdfInWorker(report: ScenarioReport): Promise<Buffer> {
  return draw({ kind: 'scenario', report })
}

/**
 * A comparison's report as PDF bytes, drawn in the report worker.
 * @example const bytes = await comparePdfInWorker(report)
 */
export function comparePdfInWorker(report: CompareReport): Promise<Buffer> {
  return draw({ kind: 'compare', report })
}
