/**
 * One heavy job at a time in a server process. Computing a national scenario, sweeping the
 * register's capacity and checking a national import file each need 100-250 MB of heap while they
 * run; run together, beside the caches, they took the server from 400 MB to over 900 MB. Each
 * runs in a worker thread (off the request thread, so small requests stay quick), and the workers
 * take turns through one lane shared by every thread of the process: a heavy job waits while
 * another runs, and collects its garbage before it hands the lane on, so the next one starts on
 * a heap given back. The request thread never waits for the lane; only heavy work does.
 *
 * Work already cached is not heavy: only the computing itself takes the lane (savings.server.ts
 * computeScenario, the capacity sweep, the import check). A job never waits longer than
 * MAX_WAIT_MS: after that it runs beside the other, as it did before there was a lane. A worker
 * that stops while holding the lane (it failed, or the client left and it was stopped) gives it
 * back through the request thread, which sees it exit.
 *
 * The lane is one 32-bit word in shared memory: 0 when free, else the holder's thread id + 1.
 * Waiting is asynchronous (Atomics.waitAsync), so a waiting worker still answers cached reads.
 */
import { isMainThread, threadId, workerData, type Worker } from 'node:worker_threads'
import { collectNow } from './collect-when-idle.server'

/** The longest a heavy job waits for another before it runs anyway. */
export const MAX_WAIT_MS = 30_000
/** A job that ran this long collects its garbage before it hands the lane on. */
const COLLECT_AFTER_MS = 200

const LANE_KEY = 'heavyLane'

/** The request thread makes the lane; a worker finds it in its workerData (else, started some other way, a lane of its own). */
const lane = new Int32Array(
  (!isMainThread && (workerData as Record<string, unknown> | null)?.[LANE_KEY] instanceof SharedArrayBuffer
    ? (workerData as Record<string, SharedArrayBuffer>)[LANE_KEY]
    : new SharedArrayBuffer(4)) as SharedArrayBuffer,
)

/**
 * What a worker's workerData carries so that it shares this process's lane.
 * @example new Worker(url, { workerData: { ...heavyLaneData(), task } })
 */
export function heavyLaneData(): { [LANE_KEY]: SharedArrayBuffer } {
  return { [LANE_KEY]: lane.buffer as SharedArrayBuffer }
}

/**
 * When the worker stops, free the lane if it held it (its job can no longer hand it on).
 * @example releaseHeavyLaneOnExit(worker)
 */
export function releaseHeavyLaneOnExit(worker: Worker): void {
  const holder = worker.threadId + 1
  worker.once('exit', () => {
    if (Atomics.compareExchange(lane, 0, holder, 0) === holder) Atomics.notify(lane, 0)
  })
}

/**
 * The thread's heavy jobs under way, and its turn in the lane (being waited for, or held). Every
 * job of the thread shares one turn: a job started inside another, or beside it, never waits for
 * its own thread.
 */
let held = 0
let turn: Promise<boolean> | null = null

/**
 * Wait while the lane is held: `look()` reads its holder (0: free, and then done), telling
 * `onWait` when it must wait; false when `maxWaitMs` passed first.
 */
async function whileHeld(look: () => number, maxWaitMs: number, onWait?: () => void): Promise<boolean> {
  const deadline = Date.now() + maxWaitMs
  for (let first = true; ; first = false) {
    const holder = look()
    if (holder === 0) return true
    if (first) onWait?.()
    const left = deadline - Date.now()
    if (left <= 0) return false
    const waited = Atomics.waitAsync(lane, 0, holder, left)
    if (waited.async) await waited.value
  }
}

/** Wait for the lane and take it, telling `onWait` when it must wait; false when `maxWaitMs` passed first. */
function take(maxWaitMs: number, onWait?: () => void): Promise<boolean> {
  const me = threadId + 1
  return whileHeld(() => Atomics.compareExchange(lane, 0, 0, me), maxWaitMs, onWait)
}

/**
 * Wait until no heavy job runs (at most `maxWaitMs`; `onWait` is told when it has to wait),
 * without taking the lane. The request thread waits so before it starts a worker thread for a
 * heavy job: a thread started only to wait would hold its copy of the bundle and its heap (some 45
 * MB) beside the job that runs.
 * @example await heavyLaneFree(MAX_WAIT_MS, () => progress('wait', 0, 0))
 */
export async function heavyLaneFree(maxWaitMs = MAX_WAIT_MS, onWait?: () => void): Promise<void> {
  await whileHeld(() => Atomics.load(lane, 0), maxWaitMs, onWait)
}

function handOn(): void {
  Atomics.store(lane, 0, 0)
  Atomics.notify(lane, 0)
}

/**
 * Run heavy work in its turn: in a worker thread it waits while another thread's heavy job runs
 * (at most `maxWaitMs`, MAX_WAIT_MS unless given; `onWait` is told when it has to wait), and
 * afterwards collects its garbage before the next one starts. On the request thread (tests, the
 * CLI, the dev server, where heavy work runs in-process) it just runs.
 * @example const result = await heavyJob(() => computeSavings(input))
 */
export async function heavyJob<T>(
  work: () => Promise<T> | T,
  { maxWaitMs = MAX_WAIT_MS, onWait }: { maxWaitMs?: number; onWait?: () => void } = {},
): Promise<T> {
  if (isMainThread) return work()
  held++
  turn ??= take(maxWaitMs, onWait)
  let started = performance.now()
  try {
    await turn
    started = performance.now()
    return await work()
  } finally {
    held--
    if (held === 0) {
      turn = null
      if (performance.now() - started >= COLLECT_AFTER_MS) collectNow()
      if (Atomics.load(lane, 0) === threadId + 1) handOn()
    }
  }
}
