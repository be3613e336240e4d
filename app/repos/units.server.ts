/** Kysely queries for organisational units. */
import type { Kysely, Transaction } from 'kysely'
import type { Database, Unit } from '#db/schema'

type Db = Kysely<Database> | Transaction<Database>

export function listUnitsAtProperty(db: Db, propertyId: number): Promise<Unit[]> {
  return db.selectFrom('unit').selectAll().where('propertyId', '=', propertyId).orderBy('name').execute()
}

export function listUnits(db: Db): Promise<Unit[]> {
  return db.selectFrom('unit').selectAll().orderBy('id').execute()
}
