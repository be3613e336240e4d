/** Kysely queries for the capacity page: the days properties stop being available, and names by id. */
import type { Db } from '~/server/db.server'

/**
 * The end dates of leases the municipality rents (tenant leases with an end date).
 * @example await listTenantLeaseEnds(db) // [{ propertyId: 6, endDate: '2024-08-31' }]
 */
export async function listTenantLeaseEnds(db: Db): Promise<{ propertyId: number; endDate: string }[]> {
  const rows = await db
    .selectFrom('lease')
    .select(['propertyId', 'endDate'])
    .where('direction', '=', 'tenant')
    .where('endDate', 'is not', null)
    .execute()
  return rows.map((r) => ({ propertyId: r.propertyId, endDate: r.endDate! }))
}

/**
 * The takeover days of sales not withdrawn.
 * @example await listSaleTakeovers(db) // [{ propertyId: 9, takeoverDate: '2025-03-01' }]
 */
export async function listSaleTakeovers(db: Db): Promise<{ propertyId: number; takeoverDate: string }[]> {
  const rows = await db
    .selectFrom('sale')
    .select(['propertyId', 'takeoverDate'])
    .where('status', '<>', 'withdrawn')
    .where('takeoverDate', 'is not', null)
    .execute()
  return rows.map((r) => ({ propertyId: r.propertyId, takeoverDate: r.takeoverDate! }))
}

/** Ids per query: well under the bound parameters SQLite and PostgreSQL take. */
const NAMES_PIECE = 500

/**
 * The names of these properties or units, by id (the capacity page names only what it shows, so
 * the compute worker keeps no name of the register's 135,000 units).
 * @example await namesById(db, 'unit', [13701, 13702]) // Map { 13701 => 'Enhed 10052.1', … }
 */
export async function namesById(db: Db, table: 'property' | 'unit', ids: Iterable<number>): Promise<Map<number, string>> {
  const all = [...new Set(ids)]
  const names = new Map<number, string>()
  for (let at = 0; at < all.length; at += NAMES_PIECE) {
    const rows = await db
      .selectFrom(table)
      .select(['id', 'name'])
      .where('id', 'in', all.slice(at, at + NAMES_PIECE))
      .execute()
    for (const r of rows) names.set(r.id, r.name)
  }
  return names
}
