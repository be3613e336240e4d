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

/** A filter per word typed: every word must occur. */
const everyWord = (ref: ReturnType<typeof lowerText> | ReturnType<typeof sql.ref>, words: readonly string[]) =>
  words.map((w) => like(ref, likePattern(w)))

/**
 * Properties for a picker: every word in name, address or town, in Danish order; only owned or
 * only leased ones when asked.
 * @example await findPropertyChoices(db, ['rådhus'], 20) // [{ id: 1, name: 'Hedensted Rådhus', town: 'Hedensted', address: '…' }]
 */
export function findPropertyChoices(db: Db, words: readonly string[], limit: number, ownership?: 'owned' | 'leased') {
  let q = db.selectFrom('property').select(['id', 'name', 'address', 'town'])
  if (ownership) q = q.where('ownership', '=', ownership)
  for (const cond of everyWord(sql.ref('property.search_text'), words)) q = q.where(cond)
  return q.orderBy('sortKey').orderBy('id').limit(limit).execute()
}

/**
 * Units for a picker: every word in the name, by name.
 * @example await findUnitChoices(db, ['børn'], 20) // [{ id: 3, name: 'Børn og Familie' }]
 */
export function findUnitChoices(db: Db, words: readonly string[], limit: number) {
  const name = lowerText(dialectOfDb(db), sql.ref('unit.name'))
  let q = db.selectFrom('unit').select(['id', 'name'])
  for (const cond of everyWord(name, words)) q = q.where(cond)
  return q.orderBy(name).orderBy('id').limit(limit).execute()
}

/** A property's or unit's name for a picker's current value. @example await choiceName(db, 'property', 1) // 'Hedensted Rådhus' */
export async function choiceName(db: Db, kind: 'property' | 'unit', id: number): Promise<string | undefined> {
  const row = await db.selectFrom(kind).select('name').where('id', '=', id).executeTakeFirst()
  return row?.name
}

/**
 * Leases the municipality rents, for a picker: every word in the counterparty or the property's
 * name, by counterparty.
 * @example await findTenantLeaseChoices(db, ['løsningvej'], 20) // [{ id: 2, counterparty: 'DLH-bygningen', propertyName: 'Løsningvej 30' }]
 */
export function findTenantLeaseChoices(db: Db, words: readonly string[], limit: number) {
  let q = db
    .selectFrom('lease')
    .innerJoin('property', 'property.id', 'lease.propertyId')
    .select(['lease.id', 'lease.counterparty', 'property.name as propertyName'])
    .where('lease.direction', '=', 'tenant')
  for (const cond of everyWord(sql.ref('lease.search_text'), words)) q = q.where(cond)
  return q.orderBy('lease.sortKey').orderBy('lease.id').limit(limit).execute()
}

/** A lease as a picker names it. @example await leaseChoiceName(db, 2) // { counterparty: 'DLH-bygningen', propertyName: 'Løsningvej 30' } */
export function leaseChoiceName(db: Db, id: number): Promise<{ counterparty: string; propertyName: string } | undefined> {
  return db
    .selectFrom('lease')
    .innerJoin('property', 'property.id', 'lease.propertyId')
    .select(['lease.counterparty', 'property.name as propertyName'])
    .where('lease.id', '=', id)
    .executeTakeFirst()
}
