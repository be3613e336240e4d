/** Kysely queries for the scenario list's cached figures. */
import type { Db } from '~/server/db.server'

/**
 * Cached list figures of these scenarios, with the figures version each was computed at.
 * @example await listSummaryCache(db, [1, 2]) // [{ scenarioId: 1, figuresVersion: '1842:1839', summaryJson: '{…}' }]
 */
export function listSummaryCache(
  db: Db,
  ids: number[],
): Promise<{ scenarioId: number; figuresVersion: string | null; summaryJson: string }[]> {
  if (!ids.length) return Promise.resolve([])
  return db
    .selectFrom('scenarioSummaryCache')
    .select(['scenarioId', 'figuresVersion', 'summaryJson'])
    .where('scenarioId', 'in', ids)
    .execute()
}

/**
 * Store a scenario's list figures as computed at a data generation and figures version.
 * @example await saveSummaryCache(db, 1, 1842, '1842:1839', '{…}', now)
 */
export async function saveSummaryCache(
  db: Db,
  scenarioId: number,
  generation: number,
  figuresVersion: string | null,
  summaryJson: string,
  computedAt: string,
): Promise<void> {
  await db
    .insertInto('scenarioSummaryCache')
    .values({ scenarioId, generation, figuresVersion, summaryJson, computedAt })
    .onConflict((oc) => oc.column('scenarioId').doUpdateSet({ generation, figuresVersion, summaryJson, computedAt }))
    .execute()
}
