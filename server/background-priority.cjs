/**
 * V8's background threads at the worker threads' priority (Linux; loaded with `node --require`
 * before the server's code, see memory.mjs).
 *
 * V8 keeps one pool of background threads for the whole process: they mark and scavenge the heaps
 * of every thread (the request thread's and each worker's) and compile hot code. The worker
 * threads lower their own priority to nice 10 (app/server/module-worker.server.ts), but the
 * garbage of a national import check, a scenario computation and an export was then collected at
 * nice 0 beside the request thread: on PostgreSQL, while those three ran, the pool took about 6.5 s
 * of CPU in 13 s, and a log-in page waited for it. Lowered too, the pool still works whenever a
 * core is free, and the request thread, whose own heap is small, gets the CPU first.
 *
 * Only the threads that exist when this runs are lowered: the main thread's own is not, and
 * libuv's thread pool (files, password hashing) starts later at normal priority. Worker threads
 * run preloads too; there it does nothing.
 */
'use strict'
const fs = require('node:fs')
const os = require('node:os')
const { isMainThread } = require('node:worker_threads')

const BACKGROUND_NICE = 10

if (isMainThread && process.platform === 'linux') {
  try {
    const self = Number(fs.readlinkSync('/proc/thread-self').split('/').pop())
    for (const entry of fs.readdirSync('/proc/self/task')) {
      const tid = Number(entry)
      if (tid !== self) os.setPriority(tid, BACKGROUND_NICE)
    }
  } catch {
    // No /proc, or not allowed: the background threads keep the process's priority.
  }
}
