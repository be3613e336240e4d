/** Kysely queries of the register import. The writes go through the properties and leases services. */
import type { Db } from '~/server/db.server'
import type { LeaseEntry, PropertyEntry, RegisterSnapshot, StoredRecord } from './duplicates'

/** Ids per query when stored records are read by id: well under both databases' bound-value limits. */
export const RECORDS_PER_QUERY = 1000

/**
 * What the import check needs to know about the register: every property's id and name (a lease
 * may name its property), every lease id (an Id column updates that lease), and the stored
 * properties and leases themselves (a row may already be in the register).
 * @example const { properties, leaseIds, register } = await readImportLookups(db)
 */
export async function readImportLookups(
  db: Db,
): Promise<{ properties: { id: number; name: string }[]; leaseIds: number[]; register: RegisterSnapshot }> {
  const [properties, leases] = await Promise.all([
    db.selectFrom('property').selectAll().orderBy('id').execute(),
    db.selectFrom('lease').selectAll().orderBy('id').execute(),
  ])
  return {
    properties: properties.map((p) => ({ id: p.id, name: p.name })),
    leaseIds: leases.map((l) => l.id),
    register: { properties: properties as StoredRecord[], leases: leases as StoredRecord[] },
  }
}

/**
 * Every property and lease with only what a file's rows are matched on, and each one's version
 * (for the register's stamp): a national register in a few tens of MB, not hundreds.
 * @example const { properties, leases } = await readRegisterIndex(db)
 */
export async function readRegisterIndex(db: Db): Promise<{ properties: PropertyEntry[]; leases: LeaseEntry[] }> {
  const [properties, leases] = await Promise.all([
    db.selectFrom('property').select(['id', 'version', 'name', 'address', 'postcode']).orderBy('id').execute(),
    db.selectFrom('lease').select(['id', 'version', 'propertyId', 'counterparty', 'startDate']).orderBy('id').execute(),
  ])
  return { properties, leases }
}

/**
 * The stored properties or leases with these ids (those still there). The caller keeps `ids` to
 * RECORDS_PER_QUERY at most.
 * @example const records = await readStoredRecords(db, 'property', [3, 7])
 */
export async function readStoredRecords(db: Db, table: 'property' | 'lease', ids: readonly number[]): Promise<StoredRecord[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom(table)
    .selectAll()
    .where('id', 'in', [...ids])
    .execute()
  return rows as StoredRecord[]
}

/** Every property's name by id, as the transaction sees it. @example (await readPropertyNames(trx)).get(7) */
export async function readPropertyNames(db: Db): Promise<Map<number, string>> {
  const rows = await db.selectFrom('property').select(['id', 'name']).execute()
  return new Map(rows.map((p) => [p.id, p.name]))
}
