/**
 * The global search's queries: a few matches per kind, by name and address, folded the Danish way
 * so "aeroe" finds nothing but "ærø" finds Ærø on both databases.
 */
import { sql, type SqlBool } from 'kysely'
import { dialectOfDb, lowerText } from '#db/dialect-sql'
import { likePattern } from '#db/text'
import type { Db } from '~/server/db.server'

const like = (ref: ReturnType<typeof lowerText> | ReturnType<typeof sql.ref>, pattern: string) =>
  sql<SqlBool>`${ref} like ${pattern} escape '\\'`

/** Properties whose name, address, postcode or town holds the word. @example await findProperties(db, 'rådhus', 5) */
export function findProperties(db: Db, word: string, limit: number) {
  return db
    .selectFrom('property')
    .select(['id', 'name', 'address', 'town', 'status'])
    .where(like(sql.ref('property.search_text'), likePattern(word)))
    .orderBy('sortKey')
    .limit(limit)
    .execute()
}

/** Leases whose counterparty or property holds the word. */
export function findLeases(db: Db, word: string, limit: number) {
  return db
    .selectFrom('lease')
    .innerJoin('property', 'property.id', 'lease.propertyId')
    .select(['lease.id', 'lease.counterparty', 'lease.direction', 'property.name as propertyName'])
    .where(like(sql.ref('lease.search_text'), likePattern(word)))
    .orderBy('lease.id')
    .limit(limit)
    .execute()
}

/** Units whose name holds the word. */
export function findUnits(db: Db, word: string, limit: number) {
  return db
    .selectFrom('unit')
    .select(['id', 'name'])
    .where(like(lowerText(dialectOfDb(db), sql.ref('unit.name')), likePattern(word)))
    .orderBy('name')
    .limit(limit)
    .execute()
}

/** Sales of properties whose name or address holds the word. */
export function findSales(db: Db, word: string, limit: number) {
  return db
    .selectFrom('sale')
    .innerJoin('property', 'property.id', 'sale.propertyId')
    .select(['sale.id', 'sale.status', 'property.name as propertyName'])
    .where(like(sql.ref('property.search_text'), likePattern(word)))
    .orderBy('property.sortKey')
    .limit(limit)
    .execute()
}

/** Scenarios whose name holds the word. */
export function findScenarios(db: Db, word: string, limit: number) {
  return db
    .selectFrom('scenario')
    .select(['id', 'name'])
    .where(like(lowerText(dialectOfDb(db), sql.ref('scenario.name')), likePattern(word)))
    .orderBy('id')
    .limit(limit)
    .execute()
}
