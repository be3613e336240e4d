/** Kysely queries of the register import. The writes go through the properties and leases services. */
import type { Db } from '~/server/db.server'
import type { StoredRecord } from './duplicates'
import type { ImportLookups } from './import-check.server'

/**
 * What the import check needs to know about the register: every property's id and name (a lease
 * may name its property), every lease id (an Id column updates that lease), and the stored
 * properties and leases themselves (a row may already be in the register).
 * @example const { properties, leaseIds, register } = await readImportLookups(db)
 */
export async function readImportLookups(db: Db): Promise<ImportLookups & { register: NonNullable<ImportLookups['register']> }> {
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

/** Every property's name by id, as the transaction sees it. @example (await readPropertyNames(trx)).get(7) */
export async function readPropertyNames(db: Db): Promise<Map<number, string>> {
  const rows = await db.selectFrom('property').select(['id', 'name']).execute()
  return new Map(rows.map((p) => [p.id, p.name]))
}
