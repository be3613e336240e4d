/**
 * Scenario figures computed once per version of what they read (db/migrations/0020): the register
 * generation and the scenario's own generation (its measures, emission factors and assumptions),
 * both read from the database on every request, so a change saved through any app server makes
 * every server compute afresh, and nothing is recomputed while nothing it reads changed. Promoting
 * a scenario, renaming it or editing another scenario keeps its figures.
 *
 * - Full computations (the scenario page, the front page, the line items) are kept in this
 *   process for the last few scenarios; concurrent requests for the same one share one computation.
 * - The scenario list's three figures per scenario are kept in the database, shared by all servers.
 */
import { nowIso } from '~/core/result'
import type { StatusFilter } from '~/core/savings'
import type { Db } from '~/server/db.server'
import { keptAnswers, readDataGeneration, readFiguresVersions } from '~/server/data-generation.server'
import { listSummaryCache, saveSummaryCache } from './scenario-cache.repo.server'
import { computeScenario, type ScenarioComputation } from './savings.server'
import { getScenario } from './scenarios.repo.server'

/** Computations kept per database handle: at most 4 (a national scenario's contributions are large). */
const computations = keptAnswers<ScenarioComputation | null>(4, false)

/**
 * A scenario's computation, from this server's cache when nothing it reads has changed since (at
 * most 4 kept). The scenario's own row (name, decision, archive) is read fresh each time, since
 * those change without changing the figures. The rest is shared: treat it as read-only.
 * @example const c = await computeScenarioCached(db, 1)
 */
export async function computeScenarioCached(db: Db, scenarioId: number, statusFilter?: StatusFilter): Promise<ScenarioComputation | null> {
  const version = (await readFiguresVersions(db, [scenarioId])).get(scenarioId)
  if (version === undefined) return computeScenario(db, scenarioId, statusFilter)
  const computed = await computations(db, `${scenarioId}:${statusFilter ?? ''}`, version, () =>
    computeScenario(db, scenarioId, statusFilter),
  )
  if (!computed) return null
  const scenario = await getScenario(db, scenarioId)
  // Always the row as it is now: not every write moves its version (archiving the old plan does not).
  return scenario ? { ...computed, scenario } : null
}

/** The figures the scenario list shows for one scenario. */
export interface ScenarioSummary {
  fullYearEffect: string
  gap: string
  conflicts: number
}

/**
 * The list figures of these scenarios: from the database's cache where they are of the scenario's
 * current figures version, computed (and stored for every server) where they are not.
 * @example const figures = await scenarioSummaries(db, [1, 2]) // Map { 1 => { fullYearEffect: '2222000', … } }
 */
export async function scenarioSummaries(db: Db, ids: number[]): Promise<Map<number, ScenarioSummary>> {
  const [generation, versions, stored] = await Promise.all([
    readDataGeneration(db),
    readFiguresVersions(db, ids),
    listSummaryCache(db, ids),
  ])
  const found = new Map(
    stored
      .filter((r) => r.figuresVersion !== null && r.figuresVersion === versions.get(r.scenarioId))
      .map((r) => [r.scenarioId, JSON.parse(r.summaryJson) as ScenarioSummary]),
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
    // Stored under the version the figures were read at; a write to what they read makes them stale.
    await saveSummaryCache(db, id, generation, versions.get(id) ?? null, JSON.stringify(summary), nowIso())
    found.set(id, summary)
  }
  return found
}
