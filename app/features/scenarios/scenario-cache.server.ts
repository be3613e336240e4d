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
import { perGeneration, readDataGeneration } from '~/server/data-generation.server'
import { listSummaryCache, saveSummaryCache } from './scenario-cache.repo.server'
import { computeScenario, type ScenarioComputation } from './savings.server'

/**
 * A scenario's computation, from this server's cache when nothing it reads has changed since (at
 * most 4 kept: a national scenario's contributions are large). The result is shared: treat it as
 * read-only.
 * @example const c = await computeScenarioCached(db, 1)
 */
export const computeScenarioCached: (db: Db, scenarioId: number, statusFilter?: StatusFilter) => Promise<ScenarioComputation | null> =
  perGeneration(
    (db: Db, scenarioId: number, statusFilter?: StatusFilter) => computeScenario(db, scenarioId, statusFilter),
    (scenarioId, statusFilter) => `${scenarioId}:${statusFilter ?? ''}`,
    4,
  )

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
