/**
 * Work to do whenever the data has changed and then been quiet for a moment: the data generation
 * (data-generation.server.ts) is read every `pollMs`; when it has moved since the last run and
 * held still for one more poll, `run` is called (never twice at once). A change through any app
 * server moves the generation, so every server sees it. The first run comes at once after start.
 */
import { getDb } from './db.server'
import { readDataGeneration } from './data-generation.server'

/**
 * Start polling; returns a function that stops it.
 * @example const stop = afterEachChange(() => compute.warm.figures(12))
 */
export function afterEachChange(run: () => Promise<unknown>, pollMs = 2_000): () => void {
  let done: number | null = null
  let seen: number | null = null
  let busy = false
  const tick = async () => {
    if (busy) return
    busy = true
    try {
      const generation = await readDataGeneration(await getDb())
      if (generation === done) return
      // After a change, wait until the generation has held still for a poll: a burst of writes is
      // one change. The first run, right after start, need not wait.
      if (done !== null && generation !== seen) return void (seen = generation)
      // Counted as done even if it fails, so a failing run is not retried every poll (the next change retries).
      done = generation
      await run().catch((error: unknown) => console.error('Baggrundsberegningen fejlede:', error instanceof Error ? error.message : error))
    } catch {
      // The database is not reachable just now: the next poll asks again.
    } finally {
      busy = false
    }
  }
  const timer = setInterval(() => void tick(), pollMs)
  timer.unref()
  const first = setImmediate(() => void tick())
  return () => {
    clearImmediate(first)
    clearInterval(timer)
  }
}
