/**
 * glibc's allocator, tuned for a server of several threads. By default every thread that
 * allocates gets arenas of its own, and memory freed there (a national file's bytes, SQLite's
 * rows, an export's pieces) stays with the process; large blocks are taken from those arenas
 * too once one of that size was freed. With two arenas, and blocks of 128 KB and more always
 * mapped on their own and given back when freed, the server's RSS after three national heavy jobs
 * was 60-100 MB lower (docs/benchmarks.md). Settings given in the environment win.
 */
export const MALLOC_ENV = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' }

/**
 * The environment to start the server with: the tuning, under what is set already.
 * @example spawn(process.execPath, ['server/index.mjs'], { env: withMallocTuning(process.env) })
 */
export function withMallocTuning(env) {
  return { ...MALLOC_ENV, ...env }
}

/** Whether this process was started with the tuning (glibc reads it only at start). */
export function mallocTuned(env = process.env) {
  return Object.keys(MALLOC_ENV).every((key) => env[key] !== undefined)
}
