/**
 * The server's preload (server/background-priority.cjs, passed by server/memory.mjs) lowers V8's
 * background threads to nice 10 and leaves the request thread, threads started later and the
 * process's other threads as they were, also when a worker thread runs the preload again.
 */
import { execFileSync } from 'node:child_process'
import { getPriority } from 'node:os'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { serverProcess } from '../../server/memory.mjs'

const preload = fileURLToPath(new URL('../../server/background-priority.cjs', import.meta.url))

/** Run in a fresh Node with the preload: each thread's nice value before and after a worker thread and libuv's pool start. */
const PROBE = `
const fs = require('node:fs')
const { Worker } = require('node:worker_threads')
const nice = () => Object.fromEntries(fs.readdirSync('/proc/self/task').map((t) => {
  const stat = fs.readFileSync('/proc/self/task/' + t + '/stat', 'utf8')
  return [t === String(process.pid) ? 'main' : t, Number(stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[16])]
}))
const atStart = nice()
const worker = new Worker('setTimeout(() => {}, 200)', { eval: true })
worker.once('online', () => fs.readFile(__filename, () => {
  const later = nice()
  worker.terminate().then(() => console.log(JSON.stringify({ atStart, later })))
}))
`

describe.runIf(process.platform === 'linux')('background threads at low priority', () => {
  it('lowers the threads that exist at start to nice 10, never the main thread, not those started later', () => {
    const base = getPriority()
    const out = execFileSync(process.execPath, ['--require', preload, '-e', PROBE], { encoding: 'utf8' })
    const { atStart, later } = JSON.parse(out) as Record<'atStart' | 'later', Record<string, number>>
    const background = Object.entries(atStart).filter(([t]) => t !== 'main')
    expect(background.length).toBeGreaterThan(0)
    expect(atStart.main).toBe(base)
    for (const [, n] of background) expect(n).toBe(Math.max(base, 10))
    // The worker ran the preload too: the main thread is untouched, and threads that started
    // after it (the worker, libuv's pool for the file read) have the process's priority.
    expect(later.main).toBe(base)
    const started = Object.entries(later).filter(([t]) => !(t in atStart))
    expect(started.length).toBeGreaterThan(0)
    for (const [, n] of started) expect(n).toBe(base)
  })

  it('is what the server is started with', () => {
    const { args } = serverProcess('server/index.mjs', [], {})
    expect(args.slice(args.indexOf('--require'), args.indexOf('--require') + 2)).toEqual(['--require', preload])
    expect(args.indexOf('--require')).toBeLessThan(args.indexOf('server/index.mjs'))
  })
})
