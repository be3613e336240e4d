/**
 * A `worker_threads` worker that runs the calling module itself, told apart by its role in
 * `workerData`. In the built server the module is part of the one server bundle, so the worker
 * loads that bundle; from source (tests, CLI, dev server) it is a `.ts` file, loaded through
 * tsx's loader. No second build entry to keep in step.
 */
import { Worker } from 'node:worker_threads'

/**
 * Start a worker on the module at `moduleUrl` (its `import.meta.url`) with `{ role, ...data }` as
 * its data; unref'd, so it never keeps the process alive.
 * @example const worker = startModuleWorker(import.meta.url, 'kk-report-pdf')
 */
export function startModuleWorker(moduleUrl: string, role: string, data: Record<string, unknown> = {}): Worker {
  const workerData = { ...data, role }
  const worker = moduleUrl.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl)}) })`, {
        eval: true,
        workerData,
      })
    : new Worker(new URL(moduleUrl), { workerData })
  worker.unref()
  return worker
}

/**
 * Whether this thread is a worker started for `role`.
 * @example if (isWorkerFor(workerData, ROLE)) serve()
 */
export function isWorkerFor(data: unknown, role: string): boolean {
  return (data as { role?: string } | null)?.role === role
}

/**
 * When the worker fails or stops, reject every request still waiting for it with `message (kode N)`
 * and call `gone` (so the next request starts a new worker).
 * @example rejectPendingWhenGone(w, pending, 'Beregningen stoppede uventet', () => (worker = null))
 */
export function rejectPendingWhenGone(
  worker: Worker,
  pending: Map<unknown, { reject: (error: Error) => void }>,
  message: string,
  gone: () => void,
): void {
  const fail = (error: Error) => {
    gone()
    for (const [id, waiting] of pending) {
      pending.delete(id)
      waiting.reject(error)
    }
  }
  worker.on('error', fail)
  worker.on('exit', (code) => fail(new Error(`${message} (kode ${code}).`)))
}
