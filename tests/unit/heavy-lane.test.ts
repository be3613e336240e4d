/**
 * Heavy jobs in different worker threads take turns through the process's lane, a worker that
 * stops while holding it gives it back, and on the request thread heavy work just runs.
 */
import type { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { heavyJob, heavyLaneFree } from '~/server/heavy-lane.server'
import { startModuleWorker } from '~/server/module-worker.server'
import { HEAVY_LANE_TEST_ROLE } from '../fixtures/heavy-lane-worker'

type Event = { event: 'wait' | 'start' | 'end'; at: number }
const workerUrl = new URL('../fixtures/heavy-lane-worker.ts', import.meta.url).href
const workers: Worker[] = []

function start(): { worker: Worker; events: Event[]; next: (event: Event['event']) => Promise<Event> } {
  const worker = startModuleWorker(workerUrl, HEAVY_LANE_TEST_ROLE)
  workers.push(worker)
  const events: Event[] = []
  const waiters: ((e: Event) => void)[] = []
  worker.on('message', (e: Event) => {
    events.push(e)
    waiters.splice(0).forEach((w) => w(e))
  })
  const next = (event: Event['event']) =>
    new Promise<Event>((resolve) => {
      const found = events.find((e) => e.event === event)
      if (found) return resolve(found)
      waiters.push(function wait(e) {
        if (e.event === event) resolve(e)
        else waiters.push(wait)
      })
    })
  return { worker, events, next }
}

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.terminate()))
})

describe('heavy lane', () => {
  it('runs heavy jobs of two worker threads one after the other', async () => {
    const a = start()
    const b = start()
    a.worker.postMessage({ holdMs: 400 })
    const aStart = await a.next('start')
    b.worker.postMessage({ holdMs: 50 })
    const [aEnd, bStart] = await Promise.all([a.next('end'), b.next('start')])
    await b.next('end')
    expect(aStart.at).toBeLessThan(aEnd.at)
    // b asked while a held the lane: it started only after a ended.
    expect(bStart.at).toBeGreaterThanOrEqual(aEnd.at - 5)
    expect(b.events.map((e) => e.event)).toEqual(['wait', 'start', 'end'])
    expect(a.events.map((e) => e.event)).toEqual(['start', 'end'])
  }, 60_000)

  it('gets the lane back from a worker that stopped while holding it', async () => {
    const a = start()
    const b = start()
    const stopped = new Promise((r) => a.worker.once('exit', r))
    a.worker.postMessage({ holdMs: 0, stopInside: true })
    await a.next('start')
    await stopped
    const asked = performance.timeOrigin + performance.now()
    b.worker.postMessage({ holdMs: 10 })
    const bStart = await b.next('start')
    // Long before the lane's 30 s wait would run out.
    expect(bStart.at - asked).toBeLessThan(10_000)
  }, 60_000)

  it('runs at once on the request thread', async () => {
    let ran = 0
    await Promise.all([heavyJob(async () => ran++), heavyJob(() => ran++)])
    expect(ran).toBe(2)
  })

  it('lets the request thread wait until no heavy job runs, without taking the lane', async () => {
    let told = 0
    await heavyLaneFree(1_000, () => told++)
    expect(told).toBe(0)
    const a = start()
    a.worker.postMessage({ holdMs: 300 })
    await a.next('start')
    await heavyLaneFree(10_000, () => told++)
    const freed = performance.timeOrigin + performance.now()
    expect(told).toBe(1)
    expect(freed).toBeGreaterThanOrEqual((await a.next('end')).at - 5)
    // It did not take the lane: another worker's job starts at once.
    const b = start()
    b.worker.postMessage({ holdMs: 10 })
    await b.next('end')
    expect(b.events.map((e) => e.event)).toEqual(['start', 'end'])
  }, 60_000)
})
