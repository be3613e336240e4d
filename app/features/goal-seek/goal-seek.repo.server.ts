/** Kysely queries of "Find vej til målet": what the solver needs beyond the engine's portfolio, and the jobs. */
import type { GoalSeekJob, GoalSeekJobTable, Scenario } from '#db/schema'
import type { Insertable } from 'kysely'
import type { Db } from '~/server/db.server'

/** @example await findScenario(db, 1) */
export function findScenario(db: Db, id: number): Promise<Scenario | undefined> {
  return db.selectFrom('scenario').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The newest scenario with this name (the CLI). @example await findScenarioByName(db, 'Vedtaget plan') */
export function findScenarioByName(db: Db, name: string): Promise<Scenario | undefined> {
  return db.selectFrom('scenario').selectAll().where('name', '=', name).orderBy('id', 'desc').executeTakeFirst()
}

/** Properties for the form's choices, in Danish name order. @example (await listPropertyChoices(db))[0]?.ownership // 'owned' */
export function listPropertyChoices(db: Db) {
  return db.selectFrom('property').select(['id', 'name', 'ownership', 'status', 'use']).orderBy('sortKey').execute()
}

/** Names of the given properties. @example await listPropertyNames(db, [3]) // [{ id: 3, name: 'Tørring Rådhus' }] */
export function listPropertyNames(db: Db, ids: readonly number[]): Promise<{ id: number; name: string }[]> {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('property')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute()
}

/**
 * Sales that are not withdrawn: their expected price and costs, and whether they are already sold.
 * @example (await listSaleEstimates(db)).find((s) => s.propertyId === 3)?.expectedPriceOre
 */
export function listSaleEstimates(db: Db) {
  return db
    .selectFrom('sale')
    .select(['propertyId', 'status', 'expectedPriceOre', 'realisedPriceOre', 'saleCostsOre', 'takeoverDate'])
    .where('status', '<>', 'withdrawn')
    .orderBy('id')
    .execute()
}

/** Properties with a tenant lease already given notice or ended. @example await listPropertiesWithNotice(db) */
export async function listPropertiesWithNotice(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom('lease')
    .select('propertyId')
    .distinct()
    .where('direction', '=', 'tenant')
    .where((eb) => eb.or([eb('status', '<>', 'active'), eb('noticeDate', 'is not', null)]))
    .execute()
  return rows.map((r) => r.propertyId)
}

/** @example await insertJob(db, { id, scenarioId: 1, status: 'running', … }) */
export async function insertJob(db: Db, values: Insertable<GoalSeekJobTable>): Promise<void> {
  await db.insertInto('goalSeekJob').values(values).execute()
}

/** @example await getJob(db, 'b1c…') */
export function getJob(db: Db, id: string): Promise<GoalSeekJob | undefined> {
  return db.selectFrom('goalSeekJob').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Record the end of a running job; a job already ended stays as it is. @example await finishJob(db, id, { status: 'done', … }) */
export async function finishJob(
  db: Db,
  id: string,
  values: { status: 'done' | 'failed'; resultJson: string | null; error: string | null; finishedAt: string },
): Promise<void> {
  await db.updateTable('goalSeekJob').set(values).where('id', '=', id).where('status', '=', 'running').execute()
}

/** Each lease's property. @example (await listLeaseProperties(db))[0] // { id: 1, propertyId: 4 } */
export function listLeaseProperties(db: Db): Promise<{ id: number; propertyId: number }[]> {
  return db.selectFrom('lease').select(['id', 'propertyId']).execute()
}

/** Keep a running search's latest progress on its job. @example await saveJobProgress(db, id, '{"phase":"solve"}') */
export async function saveJobProgress(db: Db, id: string, progressJson: string): Promise<void> {
  await db.updateTable('goalSeekJob').set({ progressJson }).where('id', '=', id).where('status', '=', 'running').execute()
}
