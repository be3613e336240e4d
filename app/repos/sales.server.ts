/** Kysely queries for sales of owned properties. */
import type { Kysely, Transaction } from 'kysely'
import type { Database, Sale } from '#db/schema'

type Db = Kysely<Database> | Transaction<Database>

export function getSaleOfProperty(db: Db, propertyId: number): Promise<Sale | undefined> {
  return db.selectFrom('sale').selectAll().where('propertyId', '=', propertyId).executeTakeFirst()
}

export function listSales(db: Db): Promise<Sale[]> {
  return db.selectFrom('sale').selectAll().orderBy('id').execute()
}
