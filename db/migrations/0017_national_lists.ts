/**
 * National scale, two lists:
 * - the units grid: a Danish sort key of each unit's name (db/text.ts's sortKey, as properties and
 *   leases have), indexed with the id, so the grid's first and deep pages walk an index instead of
 *   sorting 135,000 names folded in the query;
 * - /frister: an index of the running leases the municipality rents (tenant, no
 * notice given), counted by the terms their notice deadline follows from. Equality on direction
 * and notice date leads, so both databases pick it without statistics; it covers the count and
 * the day's ids in name order (sort key).
 */
import { sql, type Kysely } from 'kysely'
import { sortKey } from '../text'

const BACKFILL_BATCH = 500

/** Every unit's sort key, a batch of ids at a time (one UPDATE a batch). */
export async function backfillUnitSortKeys(db: Kysely<any>): Promise<void> {
  for (let last = 0; ;) {
    const rows: { id: number; name: string }[] = await db
      .selectFrom('unit')
      .select(['id', 'name'])
      .where('id', '>', last)
      .orderBy('id')
      .limit(BACKFILL_BATCH)
      .execute()
    if (rows.length === 0) return
    const values = sql.join(rows.map((r) => sql`(cast(${r.id} as integer), ${sortKey(r.name)})`))
    // WITH … UPDATE: the form both databases accept (SQLite has no column list on a VALUES alias).
    await sql`with v(id, k) as (values ${values}) update unit set sort_key = (select v.k from v where v.id = unit.id) where id in (select v.id from v)`.execute(
      db,
    )
    last = rows[rows.length - 1]!.id
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('unit')
    .addColumn('sort_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await backfillUnitSortKeys(db)
  await db.schema.createIndex('unit_sort_key_idx').on('unit').columns(['sort_key', 'id']).execute()
  await db.schema
    .createIndex('lease_running_terms_idx')
    .on('lease')
    .columns(['direction', 'notice_date', 'notice_months', 'terms', 'non_terminable_until', 'status', 'sort_key'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('lease_running_terms_idx').execute()
  await db.schema.dropIndex('unit_sort_key_idx').execute()
  await db.schema.alterTable('unit').dropColumn('sort_key').execute()
}
