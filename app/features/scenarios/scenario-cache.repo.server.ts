/** Kysely queries for the scenario list's cached figures. */
import type { Db } from '~/server/db.server'

/** Cached list figures of these scenarios at this generation. @example await listSummaryCache(db, [1, 2], 1842) */
export function listSummaryCache(db: Db, ids: number[], generation: number): Promise<{ scenarioId: number; summaryJson: string }[]> {
  if (!ids.length) return Promise.resolve([])
  return db
    .selectFrom('scenarioSummaryCache')
    .select(['scenarioId', 'summaryJson'])
    .where('scenarioId', 'in', ids)
    .where('generation', '=', generation)
    .execute()
}

/** Store a scenario's list figures as computed at a generation. @example await saveSummaryCache(db, 1, 1842, '{…}', now) */
export async function saveSummaryCache(
  db: Db,
  scenarioId: number,
  generation: number,
  summaryJson: string,
  computedAt: string,
): Promise<void> {
  await db
    .insertInto('scenarioSummaryCache')
    .values({ scenarioId, generation, summaryJson, computedAt })
    .onConflict((oc) => oc.column('scenarioId').doUpdateSet({ generation, summaryJson, computedAt }))
    .execute()
}
