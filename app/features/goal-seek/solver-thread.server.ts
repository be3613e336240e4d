/**
 * The goal-seek solver off the request thread: one `worker_threads` worker per server process,
 * solving one search at a time. It is started when the goal-seek page is opened (so HiGHS's
 * WebAssembly is usually compiled before the first search is asked for) and stopped after a
 * while without searches: idle, it holds about 70 MB (its heap and HiGHS's memory) that a server
 * whose users never seek a way to the target should not carry.
 *
 * The worker runs this very module. In the built server it is part of the one server bundle, so
 * the worker loads that bundle and this module answers, chosen by `workerData`; from source
 * (tests, CLI, dev server) it is a `.ts` file, loaded through tsx's loader. No second build entry
 * to keep in step.
 */
import { isMainThread, parentPort, type Worker, workerData } from 'node:worker_threads'
import {
  isWorkerFor,
  lowerThisThreadsPriority,
  rejectPendingWhenGone,
  startModuleWorker,
  WORKER_YOUNG_GENERATION_MB,
} from '~/server/module-worker.server'
import {
  findWayToTarget,
  highsRuntime,
  type GoalSeekInput,
  type GoalSeekOptions,
  type GoalSeekResult,
  type SearchProgress,
} from '~/core/goal-seek'

const ROLE = 'kk-goal-seek-solver'

interface Request {
  id: string
  input: GoalSeekInput
  options: GoalSeekOptions
}
type Reply =
  { id: string; ok: true; result: GoalSeekResult } | { id: string; ok: false; error: string } | { id: string; progress: SearchProgress }

function serve(): void {
  const port = parentPort!
  void highsRuntime()
  port.on('message', (request: Request) => {
    // HiGHS runs synchronously here; posting from its callbacks still reaches the server at once.
    const report = (progress: SearchProgress) => port.postMessage({ id: request.id, progress } satisfies Reply)
    findWayToTarget(request.input, request.options, report).then(
      (result) => port.postMessage({ id: request.id, ok: true, result } satisfies Reply),
      (error: unknown) => port.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
    )
  })
}

if (!isMainThread && isWorkerFor(workerData, ROLE)) {
  lowerThisThreadsPriority()
  serve()
}

interface Pending {
  resolve: (result: GoalSeekResult) => void
  reject: (error: Error) => void
  progress?: (progress: SearchProgress) => void
}

let worker: Worker | null = null
let idle: NodeJS.Timeout | null = null
const pending = new Map<string, Pending>()

/** How long the solver worker lives without a search (the goal-seek page counts as one coming). */
const IDLE_MS = 10 * 60_000

/** Stop the worker once it has had nothing to do for IDLE_MS; the next search starts a new one. */
function stopWhenIdle(): void {
  if (idle) clearTimeout(idle)
  idle = null
  if (pending.size > 0 || !worker) return
  const w = worker
  idle = setTimeout(() => {
    if (worker !== w || pending.size > 0) return
    worker = null
    void w.terminate()
  }, IDLE_MS)
  idle.unref()
}

function startWorker(): Worker {
  const w = startModuleWorker(import.meta.url, ROLE, {}, { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB })
  w.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id)
    if ('progress' in reply) {
      waiting?.progress?.(reply.progress)
      return
    }
    pending.delete(reply.id)
    stopWhenIdle()
    if (!waiting) return
    if (reply.ok) waiting.resolve(reply.result)
    else waiting.reject(new Error(reply.error))
  })
  rejectPendingWhenGone(w, pending, 'Beregningen stoppede uventet', () => {
    if (worker === w) worker = null
  })
  return w
}

/**
 * Start the solver worker now (the goal-seek page is open), so its first search does not wait for
 * HiGHS to compile. A no-op inside the worker itself; when already started it only restarts the
 * idle time.
 * @example warmGoalSeekWorker()
 */
export function warmGoalSeekWorker(): void {
  if (!isMainThread) return
  worker ??= startWorker()
  stopWhenIdle()
}

/**
 * Solve in the worker; resolves with the solver's plain-data result, reporting progress meanwhile.
 * @example const result = await solveInWorker(jobId, input, { objective: 'least_one_off_cost', targetYear: 2027, earliestNoticeDate: '2025-03-01' })
 */
export function solveInWorker(
  id: string,
  input: GoalSeekInput,
  options: GoalSeekOptions,
  progress?: (progress: SearchProgress) => void,
): Promise<GoalSeekResult> {
  warmGoalSeekWorker()
  const w = worker!
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, progress })
    stopWhenIdle()
    w.postMessage({ id, input, options } satisfies Request)
  })
}
