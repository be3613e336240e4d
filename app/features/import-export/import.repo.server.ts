/** Bulk writes for the import: many rows per statement, inside the caller's one transaction. */
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database, NewLease, NewProperty } from '#db/schema'

type Trx = Transaction<Database>

/** Rows per INSERT: well under SQLite's and PostgreSQL's limits on bound values (~20 columns each). */
export const IMPORT_BATCH = 500

/**
 * Insert properties; returns their ids in the order given. Ids within one statement are assigned in
 * VALUES order (identity / rowid), so sorting the returned ids restores that order whatever order
 * RETURNING lists them in.
 */
export async function insertPropertyBatch(trx: Trx, rows: NewProperty[]): Promise<number[]> {
  if (!rows.length) return []
  const returned = await trx.insertInto('property').values(rows).returning('id').execute()
  return returned.map((r) => r.id).sort((a, b) => a - b)
}

export async function insertLeaseBatch(trx: Trx, rows: NewLease[]): Promise<void> {
  if (rows.length) await trx.insertInto('lease').values(rows).execute()
}

/** Overwrite a property from an imported row (the file is the newer truth); bumps its version. */
export async function overwriteProperty(trx: Trx, id: number, values: Omit<NewProperty, 'createdAt'>): Promise<void> {
  await trx
    .updateTable('property')
    .set({ ...values, version: sql`version + 1` as never })
    .where('id', '=', id)
    .execute()
}

export async function overwriteLease(trx: Trx, id: number, values: Omit<NewLease, 'createdAt'>): Promise<void> {
  await trx
    .updateTable('lease')
    .set({ ...values, version: sql`version + 1` as never })
    .where('id', '=', id)
    .execute()
}

/** Id and name of every property (to find a lease's property by name). */
export function listPropertyNames(db: Kysely<Database> | Trx): Promise<{ id: number; name: string }[]> {
  return db.selectFrom('property').select(['id', 'name']).execute()
}

/** Every lease id (to check the Id column of an update). */
export async function listLeaseIds(db: Kysely<Database> | Trx): Promise<Set<number>> {
  const rows = await db.selectFrom('lease').select('id').execute()
  return new Set(rows.map((r) => r.id))
}
