/** Kysely queries for scenarios, their measures, and the register as scenarios read it. */
import { sql } from 'kysely'
import type { NewScenario, NewScenarioMeasure, Scenario, ScenarioMeasure } from '#db/schema'
import type { MeasureStatus } from '~/core/savings'
import type { Db } from '~/server/db.server'

/** @example await getScenario(db, 1) */
export function getScenario(db: Db, id: number): Promise<Scenario | undefined> {
  return db.selectFrom('scenario').selectAll().where('id', '=', id).executeTakeFirst()
}

/**
 * The newest scenario with this name that is not an archived plan (those go by their period, so
 * the new plan may take the name "Vedtaget plan" again). @example await getScenarioByName(db, 'Vedtaget plan')
 */
export function getScenarioByName(db: Db, name: string): Promise<Scenario | undefined> {
  return db
    .selectFrom('scenario')
    .selectAll()
    .where('name', '=', name)
    .where('archivedAt', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst()
}

/** The current decided plan, if any. @example (await getBaseline(db))?.name // 'Vedtaget plan' */
export function getBaseline(db: Db): Promise<Scenario | undefined> {
  return db.selectFrom('scenario').selectAll().where('isBaseline', '=', 1).executeTakeFirst()
}

/**
 * Every scenario: the baseline first, then the others by name, archived baselines last.
 * @example (await listScenarios(db))[0]?.isBaseline // 1
 */
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

/** Every other scenario with what its shown name needs, the baseline first. @example await listOtherScenarios(db, 4) */
export function listOtherScenarios(db: Db, id: number) {
  return db
    .selectFrom('scenario')
    .select(['id', 'name', 'isBaseline', 'archivedAt', 'decisionDate', 'createdAt'])
    .where('id', '<>', id)
    .orderBy('isBaseline', 'desc')
    .orderBy('name')
    .execute()
}

/** Insert without an audit row (the baseline made on first start). @example await insertScenario(db, values) */
export async function insertScenario(db: Db, values: NewScenario): Promise<number> {
  const row = await db.insertInto('scenario').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** Bump the version without other changes (a measure changed). @example await touchScenario(trx, 4, nowIso()) */
export async function touchScenario(db: Db, id: number, updatedAt: string): Promise<void> {
  await db
    .updateTable('scenario')
    .set({ updatedAt, version: sql`version + 1` as never })
    .where('id', '=', id)
    .execute()
}

/** The current baseline stops being the decided plan and is kept as history. @example await archiveBaseline(trx, nowIso()) */
export async function archiveBaseline(db: Db, now: string): Promise<void> {
  await db.updateTable('scenario').set({ isBaseline: 0, archivedAt: now, updatedAt: now }).where('isBaseline', '=', 1).execute()
}

/** Scenarios that were promoted with a council decision, newest decision first. @example await listPromotedScenarios(db) */
export function listPromotedScenarios(db: Db): Promise<Scenario[]> {
  return db
    .selectFrom('scenario')
    .selectAll()
    .where('caseReference', 'is not', null)
    .orderBy('promotedAt', 'desc')
    .orderBy('id', 'desc')
    .execute()
}

/** Copies of a scenario about to be deleted forget where they came from. @example await detachCopiesOf(trx, 4) */
export async function detachCopiesOf(db: Db, id: number): Promise<void> {
  await db.updateTable('scenario').set({ basedOnId: null }).where('basedOnId', '=', id).execute()
}

/** A scenario's measures by date. @example await listMeasures(db, 1) */
export function listMeasures(db: Db, scenarioId: number): Promise<ScenarioMeasure[]> {
  return db.selectFrom('scenarioMeasure').selectAll().where('scenarioId', '=', scenarioId).orderBy('effectDate').orderBy('id').execute()
}

/** One measure of one scenario. @example await getMeasure(db, 1, 12) */
export function getMeasure(db: Db, scenarioId: number, id: number): Promise<ScenarioMeasure | undefined> {
  return db.selectFrom('scenarioMeasure').selectAll().where('scenarioId', '=', scenarioId).where('id', '=', id).executeTakeFirst()
}

/** Insert measures in chunks (a national scenario has tens of thousands). @example await insertMeasures(trx, rows) */
export async function insertMeasures(db: Db, rows: NewScenarioMeasure[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('scenarioMeasure')
      .values(rows.slice(i, i + 500))
      .execute()
  }
}

/**
 * Change a measure of one scenario; false when it is not there.
 * @example await updateMeasure(trx, 1, 12, { enabled: 0 })
 */
export async function updateMeasure(db: Db, scenarioId: number, id: number, values: Partial<NewScenarioMeasure>): Promise<boolean> {
  const r = await db.updateTable('scenarioMeasure').set(values).where('scenarioId', '=', scenarioId).where('id', '=', id).executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Remove some measures of one scenario (register measures the register no longer has). @example await deleteMeasuresById(trx, 1, [12, 13]) */
export async function deleteMeasuresById(db: Db, scenarioId: number, ids: number[]): Promise<void> {
  if (ids.length === 0) return
  await db.deleteFrom('scenarioMeasure').where('scenarioId', '=', scenarioId).where('id', 'in', ids).execute()
}

/** Whether the lease, property or unit a measure refers to exists. @example await rowExists(trx, 'lease', 7) */
export async function rowExists(db: Db, table: 'lease' | 'property' | 'unit', id: number): Promise<boolean> {
  return Boolean(await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst())
}

/**
 * The names of the properties, leases and units some measures concern (the page of measures
 * shown), never the whole register.
 * @example await listMeasureSubjects(db, { propertyIds: [1], leaseIds: [2], unitIds: [] })
 */
export async function listMeasureSubjects(db: Db, ids: { propertyIds: number[]; leaseIds: number[]; unitIds: number[] }) {
  const [properties, leases, units] = await Promise.all([
    byIdChunks(ids.propertyIds, (chunk) => db.selectFrom('property').select(['id', 'name', 'town']).where('id', 'in', chunk).execute()),
    byIdChunks(ids.leaseIds, (chunk) =>
      db
        .selectFrom('lease')
        .innerJoin('property', 'property.id', 'lease.propertyId')
        .select(['lease.id', 'lease.counterparty', 'lease.direction', 'property.name as propertyName'])
        .where('lease.id', 'in', chunk)
        .execute(),
    ),
    byIdChunks(ids.unitIds, (chunk) => db.selectFrom('unit').select(['id', 'name', 'headcount']).where('id', 'in', chunk).execute()),
  ])
  return { properties, leases, units }
}

/** Ids per query: well under SQLite's 32,766 bound values (a council report names every measure's subjects). */
const ID_CHUNK = 5000

async function byIdChunks<R>(ids: number[], read: (chunk: number[]) => Promise<R[]>): Promise<R[]> {
  const rows: R[] = []
  for (let i = 0; i < ids.length; i += ID_CHUNK) rows.push(...(await read(ids.slice(i, i + ID_CHUNK))))
  return rows
}

/** Every property with the figures the savings engine reads. @example await listEngineProperties(db) */
export function listEngineProperties(db: Db) {
  return db
    .selectFrom('property')
    .select([
      'id',
      'name',
      'ownership',
      'grossAreaM2',
      'workplaces',
      'annualOperatingCostOre',
      'annualMaintenanceOre',
      'maintenanceBacklogOre',
    ])
    .execute()
}

/** Every lease with the terms the savings engine reads. @example await listEngineLeases(db) */
export function listEngineLeases(db: Db) {
  return db
    .selectFrom('lease')
    .select([
      'id',
      'propertyId',
      'counterparty',
      'direction',
      'annualRentOre',
      'annualServiceOre',
      'operatingCostPaidByMunicipality',
      'noticeMonths',
      'terms',
      'nonTerminableUntil',
      'startDate',
    ])
    .execute()
}

/** Leases the municipality rents that have been given notice: the register's decided terminations. @example await listLeaseNotices(db) */
export function listLeaseNotices(db: Db) {
  return db
    .selectFrom('lease')
    .innerJoin('property', 'property.id', 'lease.propertyId')
    .select(['lease.id', 'lease.noticeDate', 'lease.status', 'lease.counterparty', 'property.name as propertyName'])
    .where('lease.direction', '=', 'tenant')
    .where('lease.noticeDate', 'is not', null)
    .orderBy('lease.id')
    .execute()
}

/** Sales with a takeover date that are not withdrawn: the register's decided and done sales. @example await listDatedSales(db) */
export function listDatedSales(db: Db) {
  return db
    .selectFrom('sale')
    .innerJoin('property', 'property.id', 'sale.propertyId')
    .select([
      'sale.propertyId',
      'sale.status',
      'sale.takeoverDate',
      'sale.expectedPriceOre',
      'sale.realisedPriceOre',
      'sale.saleCostsOre',
      'property.name',
    ])
    .where('sale.status', '<>', 'withdrawn')
    .where('sale.takeoverDate', 'is not', null)
    .orderBy('sale.id')
    .execute()
}

/** Enabled measures of a scenario with one of these statuses. @example await countEnabledMeasures(db, 4, ['decided', 'done']) // 12 */
export async function countEnabledMeasures(db: Db, scenarioId: number, statuses: readonly MeasureStatus[]): Promise<number> {
  if (!statuses.length) return 0
  const row = await db
    .selectFrom('scenarioMeasure')
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('scenarioId', '=', scenarioId)
    .where('enabled', '=', 1)
    .where('status', 'in', statuses)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
