/** Kysely queries for organisational units. */
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database, NewUnit, Unit } from '#db/schema'

type Db = Kysely<Database> | Transaction<Database>

export function listUnitsAtProperty(db: Db, propertyId: number): Promise<Unit[]> {
  return db.selectFrom('unit').selectAll().where('propertyId', '=', propertyId).orderBy('name').execute()
}

export function listUnits(db: Db): Promise<Unit[]> {
  return db.selectFrom('unit').selectAll().orderBy('id').execute()
}

export function getUnit(db: Db, id: number): Promise<Unit | undefined> {
  return db.selectFrom('unit').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function insertUnit(db: Db, values: NewUnit): Promise<number> {
  const row = await db.insertInto('unit').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** Update when still at `version`; false when someone else saved first. */
export async function updateUnit(db: Db, id: number, version: number, values: Partial<NewUnit>): Promise<boolean> {
  const r = await db
    .updateTable('unit')
    .set({ ...values, version: sql`version + 1` as never })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Move the unit's main site (after a relocation emptied the old one); bumps the version. */
export async function setUnitMainSite(db: Db, id: number, propertyId: number, locatedFrom: string, updatedAt: string): Promise<void> {
  await db
    .updateTable('unit')
    .set({ propertyId, locatedFrom, updatedAt, version: sql`version + 1` as never })
    .where('id', '=', id)
    .execute()
}

export async function deleteUnit(db: Db, id: number): Promise<boolean> {
  const r = await db.deleteFrom('unit').where('id', '=', id).executeTakeFirst()
  return Number(r.numDeletedRows) === 1
}

/** What refers to a unit and so keeps it from being deleted. */
export async function countUnitDependents(
  db: Db,
  id: number,
): Promise<{ relocations: number; people: number; children: number; measures: number }> {
  const count = async (table: 'relocation' | 'person' | 'scenarioMeasure', column: 'unitId') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where(column, '=', id)
          .executeTakeFirstOrThrow()
      ).n,
    )
  const children = Number(
    (
      await db
        .selectFrom('unit')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('parentId', '=', id)
        .executeTakeFirstOrThrow()
    ).n,
  )
  return {
    relocations: await count('relocation', 'unitId'),
    people: await count('person', 'unitId'),
    children,
    measures: await count('scenarioMeasure', 'unitId'),
  }
}
