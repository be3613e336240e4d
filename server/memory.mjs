/**
 * The server's memory settings, measured on the national register (docs/benchmarks.md).
 *
 * glibc's allocator, tuned for a server of several threads: by default every thread that
 * allocates gets arenas of its own, and memory freed there (a national file's bytes, SQLite's
 * rows, an export's pieces) stays with the process; large blocks are taken from those arenas too
 * once one of that size was freed. With two arenas, and blocks of 128 KB and more always mapped on
 * their own and given back when freed, the server's RSS after three national heavy jobs was
 * 30-70 MB lower. glibc reads these only when a process starts, so whoever starts the server sets
 * them (npm start does: scripts/start.mjs); settings given in the environment win.
 *
 * V8's heap growth: after a full collection V8 lets a heap grow by a factor of up to 4 before the
 * next one, and a worker that computed a national scenario beside 200 MB of caches grew far. Grown
 * by 30% instead, the three heavy requests at once peaked some 40 MB lower and idle 30 MB lower,
 * in the same time (10% was slower; V8's --optimize-for-size 100 MB lower still, but 50% slower).
 */
import { fileURLToPath } from 'node:url'
import v8 from 'node:v8'

/**
 * V8's young generation on the request thread: semi-spaces of at most 4 MB instead of 16. The
 * request thread's objects are short-lived (a page's rows, a request's strings); through the page
 * benchmark its heap sat at 60-70 MB for about 30 MB of objects, with 4 MB at 45-50 MB, and the
 * three heavy requests at once peaked 8-17 MB lower in the same time. Worker threads set theirs
 * when they start (WORKER_YOUNG_GENERATION_MB), which this flag does not change. A flag Node must
 * be started with, so whoever starts the server passes it (npm start does).
 *
 * And V8's background threads at the worker threads' priority (background-priority.cjs): a module
 * loaded before the server's own, while those threads are the only others in the process.
 */
const NODE_FLAGS = ['--max-semi-space-size=4', '--require', fileURLToPath(new URL('./background-priority.cjs', import.meta.url))]

export const MALLOC_ENV = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' }

/** The environment to start the server with: the allocator's settings, under what is set already. */
function withMallocTuning(env) {
  return { ...MALLOC_ENV, ...env }
}

/**
 * How to start the server as a process of its own with these settings: Node's flags before the
 * script and its arguments, the allocator's settings under the given environment.
 * @example const { args, env } = serverProcess('server/index.mjs', [], process.env); spawn(process.execPath, args, { env })
 */
export function serverProcess(script, args, env) {
  return { args: [...NODE_FLAGS, script, ...args], env: withMallocTuning(env) }
}

/** Whether this process was started with the allocator's settings. */
export function mallocTuned(env = process.env) {
  return Object.keys(MALLOC_ENV).every((key) => env[key] !== undefined)
}

/** How far V8 lets a heap grow after a full collection, in percent. */
export const HEAP_GROWING_PERCENT = 30

/**
 * Set V8's heap growth for every thread of this process; call it before the first worker starts.
 * @example tuneHeapGrowth()
 */
export function tuneHeapGrowth() {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}
