/** Kysely queries for scenarios and their measures. */
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database, NewScenario, NewScenarioMeasure, Scenario, ScenarioMeasure } from '#db/schema'

type Db = Kysely<Database> | Transaction<Database>

export function getScenario(db: Db, id: number): Promise<Scenario | undefined> {
  return db.selectFrom('scenario').selectAll().where('id', '=', id).executeTakeFirst()
}

export function getScenarioByName(db: Db, name: string): Promise<Scenario | undefined> {
  return db.selectFrom('scenario').selectAll().where('name', '=', name).orderBy('id', 'desc').executeTakeFirst()
}

/** The current decided plan, if any. */
export function getBaseline(db: Db): Promise<Scenario | undefined> {
  return db.selectFrom('scenario').selectAll().where('isBaseline', '=', 1).executeTakeFirst()
}

/** Every scenario: the baseline first, then the others by name, archived baselines last. */
export function listScenarios(db: Db): Promise<(Scenario & { measureCount: number })[]> {
  return db
    .selectFrom('scenario')
    .selectAll('scenario')
    .select((eb) =>
      eb
        .selectFrom('scenarioMeasure')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('scenarioMeasure.scenarioId', '=', 'scenario.id')
        .as('measureCount'),
    )
    .orderBy('isBaseline', 'desc')
    .orderBy(sql`case when archived_at is null then 0 else 1 end`)
    .orderBy('name')
    .execute() as Promise<(Scenario & { measureCount: number })[]>
}

export async function insertScenario(db: Db, values: NewScenario): Promise<number> {
  const row = await db.insertInto('scenario').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** Update when still at `version`; false when someone else saved first. */
export async function updateScenario(db: Db, id: number, version: number, values: Partial<NewScenario>): Promise<boolean> {
  const r = await db
    .updateTable('scenario')
    .set({ ...values, version: sql`version + 1` as never })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Bump the version without other changes (a measure changed). */
export async function touchScenario(db: Db, id: number, updatedAt: string): Promise<void> {
  await db
    .updateTable('scenario')
    .set({ updatedAt, version: sql`version + 1` as never })
    .where('id', '=', id)
    .execute()
}

export async function deleteScenario(db: Db, id: number): Promise<boolean> {
  const r = await db.deleteFrom('scenario').where('id', '=', id).executeTakeFirst()
  return Number(r.numDeletedRows) === 1
}

export function listMeasures(db: Db, scenarioId: number): Promise<ScenarioMeasure[]> {
  return db.selectFrom('scenarioMeasure').selectAll().where('scenarioId', '=', scenarioId).orderBy('effectDate').orderBy('id').execute()
}

export function getMeasure(db: Db, scenarioId: number, id: number): Promise<ScenarioMeasure | undefined> {
  return db.selectFrom('scenarioMeasure').selectAll().where('scenarioId', '=', scenarioId).where('id', '=', id).executeTakeFirst()
}

/** Insert measures in chunks (a national scenario has tens of thousands). */
export async function insertMeasures(db: Db, rows: NewScenarioMeasure[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('scenarioMeasure')
      .values(rows.slice(i, i + 500))
      .execute()
  }
}

export async function updateMeasure(db: Db, scenarioId: number, id: number, values: Partial<NewScenarioMeasure>): Promise<boolean> {
  const r = await db.updateTable('scenarioMeasure').set(values).where('scenarioId', '=', scenarioId).where('id', '=', id).executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

export async function deleteMeasure(db: Db, scenarioId: number, id: number): Promise<boolean> {
  const r = await db.deleteFrom('scenarioMeasure').where('scenarioId', '=', scenarioId).where('id', '=', id).executeTakeFirst()
  return Number(r.numDeletedRows) === 1
}

export async function deleteRegisterMeasures(db: Db, scenarioId: number): Promise<void> {
  await db.deleteFrom('scenarioMeasure').where('scenarioId', '=', scenarioId).where('source', '=', 'register').execute()
}
