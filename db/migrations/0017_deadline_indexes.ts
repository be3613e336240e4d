/**
 * An index for /frister at national scale: the running leases the municipality rents (tenant, no
 * notice given), counted by the terms their notice deadline follows from. Equality on direction
 * and notice date leads, so both databases pick it without statistics; it covers the count and
 * the day's ids in name order (sort key).
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('lease_running_terms_idx')
    .on('lease')
    .columns(['direction', 'notice_date', 'notice_months', 'terms', 'non_terminable_until', 'status', 'sort_key'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('lease_running_terms_idx').execute()
}
