/**
 * A worker thread's heap given back once its heavy work is done. V8 collects when a thread
 * allocates, not when it stops: a compute worker that has just computed a national scenario sits
 * idle on some 150 MB of that computation's garbage (its heap, and the process's RSS, stay as
 * large) until its next task. After a quiet moment the thread runs one full collection itself,
 * and V8 releases the emptied pages.
 *
 * V8's `gc()` is only there with --expose-gc; the flag is set at run time and the function taken
 * from a fresh context, the way test runners that report heap use do it. Where that is not
 * possible the thread simply waits for V8's own collection, as before.
 */
import v8 from 'node:v8'
import vm from 'node:vm'

let gc: (() => void) | null | undefined

/** V8's full collection, or null where it cannot be had. */
function collector(): (() => void) | null {
  if (gc !== undefined) return gc
  try {
    v8.setFlagsFromString('--expose-gc')
    gc = vm.runInNewContext('gc') as () => void
  } catch {
    gc = null
  }
  return typeof gc === 'function' ? gc : (gc = null)
}

/**
 * One full collection now, where V8 allows it (a worker handing on the heavy lane, heavy-lane.server.ts).
 * @example collectNow()
 */
export function collectNow(): void {
  collector()?.()
}

/** How long a thread must have been without work before it collects. */
export const QUIET_MS = 1_000

/**
 * One collection `quietMs` after the thread's work last ended, unless new work starts first.
 * `busy()` marks work starting, `done()` work ending; the timer never keeps the thread alive.
 * `collect` is V8's full collection (tests count the calls instead).
 * @example const idle = collectWhenIdle(); idle.busy(); await task(); idle.done()
 */
export function collectWhenIdle(quietMs = QUIET_MS, collect = () => collector()?.()): { busy(): void; done(): void } {
  let working = 0
  let timer: NodeJS.Timeout | null = null
  return {
    busy() {
      working++
      if (timer) clearTimeout(timer)
      timer = null
    },
    done() {
      working = Math.max(0, working - 1)
      if (working > 0 || timer) return
      timer = setTimeout(() => {
        timer = null
        if (working === 0) collect()
      }, quietMs)
      timer.unref()
    },
  }
}
