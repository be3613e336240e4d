/**
 * The demo seed's queries: it writes the register's rows directly (no audit trail, no validation:
 * the demo data is fixed and known good) and looks records up by name.
 */
import type { Insertable } from 'kysely'
import type { PropertyConsumptionTable } from '#db/schema'
import type { NewBid, NewLease, NewProperty, NewSale, NewSaleStep, NewUnit } from '#db/schema'
import { sortKey } from '#db/text'
import type { Db } from '~/server/db.server'

/** How many properties the register holds. @example await countProperties(db) // 0 on a new database */
export async function countProperties(db: Db): Promise<number> {
  const row = await db
    .selectFrom('property')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** The id of the property or unit with this exact name; throws when there is none. @example await idByName(db, 'unit', 'Borgerservice') */
export async function idByName(db: Db, table: 'property' | 'unit', name: string): Promise<number> {
  const row = await db.selectFrom(table).select('id').where('name', '=', name).executeTakeFirstOrThrow()
  return row.id
}

/** Insert a demo property. @example const id = await insertDemoProperty(trx, values) */
export async function insertDemoProperty(db: Db, values: NewProperty): Promise<number> {
  const row = await db.insertInto('property').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** Insert a demo lease. @example await insertDemoLease(trx, values) */
export async function insertDemoLease(db: Db, values: NewLease): Promise<void> {
  await db.insertInto('lease').values(values).execute()
}

/** Insert a demo sale. @example const id = await insertDemoSale(trx, values) */
export async function insertDemoSale(db: Db, values: NewSale): Promise<number> {
  const row = await db.insertInto('sale').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** Insert one step of a demo sale's history. @example await insertDemoSaleStep(trx, step) */
export async function insertDemoSaleStep(db: Db, values: NewSaleStep): Promise<void> {
  await db.insertInto('saleStep').values(values).execute()
}

/** Insert a bid on a demo sale. @example await insertDemoBid(trx, bid) */
export async function insertDemoBid(db: Db, values: NewBid): Promise<void> {
  await db.insertInto('bid').values(values).execute()
}

/** Set a demo sale's agreed price. @example await setDemoSalePrice(trx, 3, 420_000_000) */
export async function setDemoSalePrice(db: Db, saleId: number, realisedPriceOre: number): Promise<void> {
  await db.updateTable('sale').set({ realisedPriceOre }).where('id', '=', saleId).execute()
}

/** Insert a demo unit. @example await insertDemoUnit(trx, values) */
export async function insertDemoUnit(db: Db, values: Omit<NewUnit, 'sortKey'>): Promise<void> {
  await db
    .insertInto('unit')
    .values({ ...values, sortKey: sortKey(values.name) })
    .execute()
}

/** Insert the demo properties' yearly consumption. @example await insertDemoConsumption(trx, rows) */
export async function insertDemoConsumption(db: Db, rows: Insertable<PropertyConsumptionTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('propertyConsumption').values(rows).execute()
}
