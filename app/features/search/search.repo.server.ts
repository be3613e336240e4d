/**
 * The global search's queries: a few matches per kind, by name and address, folded the Danish way
 * so "aeroe" finds nothing but "ærø" finds Ærø on both databases.
 */
import { sql } from 'kysely'
import { dialectOfDb, lowerText } from '#db/dialect-sql'
import type { Db } from '~/server/db.server'
import { searchWords, textSearch, type IndexedTable } from '~/server/text-search.server'

/** A condition per word typed (every word must occur in the table's searched text), and the trigram index's rows. */
const everyWord = async (db: Db, table: IndexedTable, words: readonly string[]) => searchWords(await textSearch(db, table, words), words)

/** Properties whose name, address, postcode or town holds the word. @example await findProperties(db, 'rådhus', 5) */
export async function findProperties(db: Db, word: string, limit: number) {
  let q = db.selectFrom('property').select(['id', 'name', 'address', 'town', 'status'])
  for (const cond of await everyWord(db, 'property', [word])) q = q.where(cond)
  return q.orderBy('sortKey').limit(limit).execute()
}

/** Leases whose counterparty or property holds the word. */
export async function findLeases(db: Db, word: string, limit: number) {
  let q = db
    .selectFrom('lease')
    .innerJoin('property', 'property.id', 'lease.propertyId')
    .select(['lease.id', 'lease.counterparty', 'lease.direction', 'property.name as propertyName'])
  for (const cond of await everyWord(db, 'lease', [word])) q = q.where(cond)
  return q.orderBy('lease.id').limit(limit).execute()
}

/** Units whose name holds the word. */
export async function findUnits(db: Db, word: string, limit: number) {
  let q = db.selectFrom('unit').select(['id', 'name'])
  for (const cond of await everyWord(db, 'unit', [word])) q = q.where(cond)
  return q.orderBy('name').limit(limit).execute()
}

/** Sales of properties whose name or address holds the word. */
export async function findSales(db: Db, word: string, limit: number) {
  let q = db
    .selectFrom('sale')
    .innerJoin('property', 'property.id', 'sale.propertyId')
    .select(['sale.id', 'sale.status', 'property.name as propertyName'])
  for (const cond of await everyWord(db, 'property', [word])) q = q.where(cond)
  return q.orderBy('property.sortKey').limit(limit).execute()
}

/** Scenarios whose name holds the word. */
export async function findScenarios(db: Db, word: string, limit: number) {
  // A few dozen scenarios: no index, the name folded in the query.
  const name = { text: lowerText(dialectOfDb(db), sql.ref('scenario.name')) }
  let q = db.selectFrom('scenario').select(['id', 'name'])
  for (const cond of searchWords(name, [word])) q = q.where(cond)
  return q.orderBy('id').limit(limit).execute()
}

/**
 * Properties for a picker: every word in name, address or town, in Danish order; only owned or
 * only leased ones when asked.
 * @example await findPropertyChoices(db, ['rådhus'], 20) // [{ id: 1, name: 'Hedensted Rådhus', town: 'Hedensted', address: '…' }]
 */
export async function findPropertyChoices(db: Db, words: readonly string[], limit: number, ownership?: 'owned' | 'leased') {
  let q = db.selectFrom('property').select(['id', 'name', 'address', 'town'])
  if (ownership) q = q.where('ownership', '=', ownership)
  for (const cond of await everyWord(db, 'property', words)) q = q.where(cond)
  return q.orderBy('sortKey').orderBy('id').limit(limit).execute()
}

/**
 * Units for a picker: every word in the name, in Danish order of the name (the stored sort key,
 * as the units grid and the property picker: æ, ø, å last, and an index to read it by).
 * @example await findUnitChoices(db, ['børn'], 20) // [{ id: 3, name: 'Børn og Familie' }]
 */
export async function findUnitChoices(db: Db, words: readonly string[], limit: number) {
  let q = db.selectFrom('unit').select(['id', 'name'])
  for (const cond of await everyWord(db, 'unit', words)) q = q.where(cond)
  return q.orderBy('sortKey').orderBy('id').limit(limit).execute()
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
export async function findTenantLeaseChoices(db: Db, words: readonly string[], limit: number) {
  let q = db
    .selectFrom('lease')
    .innerJoin('property', 'property.id', 'lease.propertyId')
    .select(['lease.id', 'lease.counterparty', 'property.name as propertyName'])
    .where('lease.direction', '=', 'tenant')
  for (const cond of await everyWord(db, 'lease', words)) q = q.where(cond)
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
