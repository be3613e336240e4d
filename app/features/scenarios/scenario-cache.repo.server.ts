/** Kysely queries for the data generation and the scenario list's cached figures. */
import type { Db } from '~/server/db.server'

/**
 * The data generation: moved on by triggers at every write to what scenario figures read.
 * @example await readDataGeneration(db) // 1842
 */
export async function readDataGeneration(db: Db): Promise<number> {
  const row = await db.selectFrom('dataGeneration').select('n').where('id', '=', 1).executeTakeFirst()
  return Number(row?.n ?? 0)
}

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
