/**
 * A `worker_threads` worker that runs the calling module itself, told apart by its role in
 * `workerData`. In the built server the module is part of the one server bundle, so the worker
 * loads that bundle; from source (tests, CLI, dev server) it is a `.ts` file, loaded through
 * tsx's loader. No second build entry to keep in step.
 */
import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'
import { type ResourceLimits, Worker } from 'node:worker_threads'
import { heavyLaneData, releaseHeavyLaneOnExit } from './heavy-lane.server'

/**
 * The young generation a worker thread gets (`resourceLimits.maxYoungGenerationSizeMb`). V8's
 * default, 48 MB (semi-spaces of 16 MB), is sized for a main thread, and every worker is an isolate
 * of its own that would hold that much again. A worker's short-lived garbage (an export's rows, a
 * file's cells, a search's model) fits; one that allocates more (the compute worker) takes a multiple.
 */
export const WORKER_YOUNG_GENERATION_MB = 12

/**
 * Start a worker on the module at `moduleUrl` (its `import.meta.url`) with `{ role, ...data }` as
 * its data and, if given, limits on its heap; unref'd, so it never keeps the process alive.
 * @example const worker = startModuleWorker(import.meta.url, 'kk-report-pdf')
 */
export function startModuleWorker(
  moduleUrl: string,
  role: string,
  data: Record<string, unknown> = {},
  resourceLimits?: ResourceLimits,
): Worker {
  // Every worker shares the process's heavy lane (heavy-lane.server.ts).
  const workerData = { ...data, ...heavyLaneData(), role }
  const worker = moduleUrl.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl)}) })`, {
        eval: true,
        workerData,
        resourceLimits,
      })
    : new Worker(new URL(moduleUrl), { workerData, resourceLimits })
  releaseHeavyLaneOnExit(worker)
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

/**
 * Called by a worker thread as it starts: lower its own scheduling priority (nice 10), so that on
 * a busy machine the request thread gets the CPU first and small requests stay quick beside heavy
 * work. Linux keeps a nice value per thread and names the calling thread in /proc/thread-self;
 * elsewhere (priority per process only) the call does nothing.
 * @example if (!isMainThread && isWorkerFor(workerData, ROLE)) { lowerThisThreadsPriority(); serve() }
 */
export function lowerThisThreadsPriority(nice = 10): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop())
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, nice)
  } catch {
    // No /proc (not Linux) or not allowed: the worker runs at the process's priority.
  }
}
