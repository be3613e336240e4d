/** Kysely queries for organisational units. Every function takes the database or a transaction first. */
import { sql } from 'kysely'
import type { Unit } from '#db/schema'
import type { Db } from '~/server/db.server'

/**
 * One unit.
 * @example (await getUnit(db, 7))?.name // 'Mestringsenheden'
 */
export function getUnit(db: Db, id: number): Promise<Unit | undefined> {
  return db.selectFrom('unit').selectAll().where('id', '=', id).executeTakeFirst()
}

/**
 * Every unit, in id order.
 * @example (await listUnits(db)).length // 24
 */
export function listUnits(db: Db): Promise<Unit[]> {
  return db.selectFrom('unit').selectAll().orderBy('id').execute()
}

/**
 * The units whose main site is a property, by name.
 * @example await listUnitsAtProperty(db, 1) // [{ name: 'HR og Løn', … }]
 */
export function listUnitsAtProperty(db: Db, propertyId: number): Promise<Unit[]> {
  return db.selectFrom('unit').selectAll().where('propertyId', '=', propertyId).orderBy('name').execute()
}

/**
 * Every unit with what the savings engine reads of it, in id order.
 * @example (await listEngineUnitRows(db))[0] // { id: 1, name: 'HR og Løn', headcount: 22, propertyId: 1, workplacesNeeded: null }
 */
export function listEngineUnitRows(db: Db): Promise<Pick<Unit, 'id' | 'name' | 'headcount' | 'propertyId' | 'workplacesNeeded'>[]> {
  return db.selectFrom('unit').select(['id', 'name', 'headcount', 'propertyId', 'workplacesNeeded']).orderBy('id').execute()
}

/**
 * A unit's id and name.
 * @example await getUnitName(db, 3) // { id: 3, name: 'Børn og Familie' }
 */
export function getUnitName(db: Db, id: number): Promise<{ id: number; name: string } | undefined> {
  return db.selectFrom('unit').select(['id', 'name']).where('id', '=', id).executeTakeFirst()
}

/**
 * The units directly under a unit.
 * @example await listChildUnits(db, 3) // [{ id: 8, name: 'Familiehuset' }]
 */
export function listChildUnits(db: Db, parentId: number): Promise<{ id: number; name: string }[]> {
  return db.selectFrom('unit').select(['id', 'name']).where('parentId', '=', parentId).execute()
}

/**
 * Whether a record a form refers to still exists.
 * @example await recordExists(db, 'property', 4) // true
 */
export async function recordExists(db: Db, table: 'unit' | 'property' | 'rotation', id: number): Promise<boolean> {
  return (await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined
}

/**
 * Move the unit's main site (after a relocation emptied the old one); bumps the version. The
 * relocation marked done is what the audit trail records.
 * @example await setUnitMainSite(trx, 7, 1, '2024-08-12', nowIso())
 */
export async function setUnitMainSite(db: Db, id: number, propertyId: number, locatedFrom: string, updatedAt: string): Promise<void> {
  await db
    .updateTable('unit')
    .set({ propertyId, locatedFrom, updatedAt, version: sql`version + 1` as never })
    .where('id', '=', id)
    .execute()
}

async function countWhere(db: Db, table: 'relocation' | 'person' | 'scenarioMeasure', id: number): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unitId', '=', id)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * What refers to a unit and so keeps it from being deleted.
 * @example await countUnitDependents(db, 7) // { relocations: 1, people: 0, children: 0, measures: 0 }
 */
export async function countUnitDependents(
  db: Db,
  id: number,
): Promise<{ relocations: number; people: number; children: number; measures: number }> {
  const children = await db
    .selectFrom('unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parentId', '=', id)
    .executeTakeFirstOrThrow()
  return {
    relocations: await countWhere(db, 'relocation', id),
    people: await countWhere(db, 'person', id),
    children: Number(children.n),
    measures: await countWhere(db, 'scenarioMeasure', id),
  }
}
