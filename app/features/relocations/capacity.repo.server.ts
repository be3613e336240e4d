/** Kysely queries for the capacity page: the days properties stop being available. */
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
