/**
 * Scenario figures computed once per data generation (db/migrations/0012_data_generation.ts):
 * the generation is read from the database on every request, so a change saved through any app
 * server makes every server compute afresh, and nothing is recomputed while nothing changed.
 *
 * - Full computations (the scenario page, the front page, the line items) are kept in this
 *   process for the last few scenarios; concurrent requests for the same one share one computation.
 * - The scenario list's three figures per scenario are kept in the database, shared by all servers.
 */
import { nowIso } from '~/core/result'
import type { StatusFilter } from '~/core/savings'
import type { Db } from '~/server/db.server'
import { listSummaryCache, readDataGeneration, saveSummaryCache } from './scenario-cache.repo.server'
import { computeScenario, type ScenarioComputation } from './savings.server'

/** How many full computations a server keeps: a national scenario's line items are large. */
const KEPT = 4
// Per database handle: a process that opens several databases (the tests, the CLI) never mixes them.
const byDatabase = new WeakMap<Db, Map<string, Promise<ScenarioComputation | null>>>()

/**
 * A scenario's computation, from this server's cache when nothing it reads has changed since.
 * The result is shared: treat it as read-only.
 * @example const c = await computeScenarioCached(db, 1)
 */
export async function computeScenarioCached(db: Db, scenarioId: number, statusFilter?: StatusFilter): Promise<ScenarioComputation | null> {
  const generation = await readDataGeneration(db)
  const key = `${generation}:${scenarioId}:${statusFilter ?? ''}`
  let computations = byDatabase.get(db)
  if (!computations) byDatabase.set(db, (computations = new Map()))
  const cached = computations.get(key)
  if (cached) {
    // Most recently used last, so the oldest is dropped first.
    computations.delete(key)
    computations.set(key, cached)
    return cached
  }
  for (const old of computations.keys()) if (!old.startsWith(`${generation}:`)) computations.delete(old)
  const pending = computeScenario(db, scenarioId, statusFilter)
  computations.set(key, pending)
  pending.catch(() => computations.delete(key))
  while (computations.size > KEPT) computations.delete(computations.keys().next().value!)
  return pending
}

/** The figures the scenario list shows for one scenario. */
export interface ScenarioSummary {
  fullYearEffect: string
  gap: string
  conflicts: number
}

/**
 * The list figures of these scenarios: from the database's cache where it is of the current
 * generation, computed (and stored for every server) where it is not.
 * @example const figures = await scenarioSummaries(db, [1, 2]) // Map { 1 => { fullYearEffect: '2222000', … } }
 */
export async function scenarioSummaries(db: Db, ids: number[]): Promise<Map<number, ScenarioSummary>> {
  const generation = await readDataGeneration(db)
  const found = new Map(
    (await listSummaryCache(db, ids, generation)).map((r) => [r.scenarioId, JSON.parse(r.summaryJson) as ScenarioSummary]),
  )
  for (const id of ids) {
    if (found.has(id)) continue
    const c = await computeScenarioCached(db, id)
    if (!c) continue
    const summary: ScenarioSummary = {
      fullYearEffect: c.result.fullYearEffect.toString(),
      gap: c.result.gapToTarget.toString(),
      conflicts: c.result.conflicts.length,
    }
    // Stored under the generation the figures were read at; a write since then makes them stale.
    await saveSummaryCache(db, id, generation, JSON.stringify(summary), nowIso())
    found.set(id, summary)
  }
  return found
}
