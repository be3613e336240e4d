/** Kysely queries of the register import. The writes go through the properties and leases services. */
import type { Db } from '~/server/db.server'
import type { ImportLookups } from './import-check.server'

/**
 * What the import check needs to know about the register: every property's id and name (a lease
 * may name its property) and every lease id (an Id column updates that lease).
 * @example const { properties, leaseIds } = await readImportLookups(db)
 */
export async function readImportLookups(db: Db): Promise<ImportLookups> {
  const [properties, leases] = await Promise.all([
    db.selectFrom('property').select(['id', 'name']).execute(),
    db.selectFrom('lease').select('id').execute(),
  ])
  return { properties, leaseIds: leases.map((l) => l.id) }
}
