/** Kysely queries for a property's yearly consumption. Every function takes the database or a transaction first. */
import type { Db } from '~/server/db.server'
import type { AuditEntry } from '#db/schema'
import type { NewPropertyConsumption, PropertyConsumption } from './types'

/** A property's consumption rows, newest year first. @example await listConsumption(db, 7) */
export function listConsumption(db: Db, propertyId: number): Promise<PropertyConsumption[]> {
  return db.selectFrom('propertyConsumption').selectAll().where('propertyId', '=', propertyId).orderBy('year', 'desc').execute()
}

/** One consumption row. @example await getConsumption(db, 3) */
export function getConsumption(db: Db, id: number): Promise<PropertyConsumption | undefined> {
  return db.selectFrom('propertyConsumption').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The row of a property's year, if one is recorded. @example await findConsumptionYear(db, 7, 2023) */
export function findConsumptionYear(db: Db, propertyId: number, year: number): Promise<{ id: number } | undefined> {
  return db.selectFrom('propertyConsumption').select('id').where('propertyId', '=', propertyId).where('year', '=', year).executeTakeFirst()
}

/** True when the property exists. @example await propertyName(db, 7) // 'Hedensted Rådhus' */
export async function propertyName(db: Db, id: number): Promise<string | undefined> {
  return (await db.selectFrom('property').select('name').where('id', '=', id).executeTakeFirst())?.name
}

/**
 * The audit rows of a property's consumption, deleted rows included: the audit snapshot names
 * the property (`"propertyId":7,` as JSON.stringify writes it, the id being followed by a comma).
 * @example await consumptionHistory(db, 7)
 */
export function consumptionHistory(db: Db, propertyId: number): Promise<AuditEntry[]> {
  const needle = `%"propertyId":${propertyId},%`
  return db
    .selectFrom('auditLog')
    .selectAll()
    .where('entity', '=', 'property_consumption')
    .where((eb) => eb.or([eb('afterJson', 'like', needle), eb('beforeJson', 'like', needle)]))
    .orderBy('id', 'desc')
    .limit(200)
    .execute()
}

/** Every consumption row, by property and year (the interchange export). @example await listAllConsumption(trx) */
export function listAllConsumption(db: Db): Promise<PropertyConsumption[]> {
  return db.selectFrom('propertyConsumption').selectAll().orderBy('propertyId').orderBy('year').execute()
}

/**
 * The consumption rows of these properties, by property and year (the register import compares a
 * file's year with them). The caller keeps `propertyIds` to a few thousand.
 * @example await listConsumptionOf(db, [3, 7])
 */
export function listConsumptionOf(db: Db, propertyIds: readonly number[]): Promise<PropertyConsumption[]> {
  if (propertyIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('propertyConsumption')
    .selectAll()
    .where('propertyId', 'in', [...propertyIds])
    .orderBy('propertyId')
    .orderBy('year')
    .execute()
}

/** Rows per INSERT: eight columns each, well under both databases' bound-value limits. */
const CHUNK = 500

/** Insert many consumption rows (the interchange import). @example await insertConsumptionRows(trx, rows) */
export async function insertConsumptionRows(db: Db, rows: readonly NewPropertyConsumption[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('propertyConsumption')
      .values(rows.slice(i, i + CHUNK))
      .execute()
  }
}

/**
 * The latest consumption year of each of these properties (the register's exports). One query
 * per batch of a few hundred properties.
 * @example (await latestConsumptionOf(db, [7, 8])).get(7)?.year // 2024
 */
export async function latestConsumptionOf(db: Db, propertyIds: readonly number[]): Promise<Map<number, PropertyConsumption>> {
  if (!propertyIds.length) return new Map()
  const rows = await db
    .selectFrom('propertyConsumption as c')
    .selectAll('c')
    .where('c.propertyId', 'in', propertyIds)
    .where((eb) =>
      eb(
        'c.year',
        '=',
        eb
          .selectFrom('propertyConsumption as l')
          .select((e) => e.fn.max('l.year').as('year'))
          .whereRef('l.propertyId', '=', 'c.propertyId'),
      ),
    )
    .execute()
  return new Map(rows.map((r) => [r.propertyId, r]))
}

/** A property's row of one year with its values and version, if recorded. @example await consumptionOfYear(trx, 7, 2024) */
export function consumptionOfYear(db: Db, propertyId: number, year: number): Promise<PropertyConsumption | undefined> {
  return db.selectFrom('propertyConsumption').selectAll().where('propertyId', '=', propertyId).where('year', '=', year).executeTakeFirst()
}
