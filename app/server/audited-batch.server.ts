/**
 * The bulk halves of audited writes, for imports that write thousands of rows in one transaction:
 * chunked multi-row inserts with their ids in order, reading rows back by id (for the audit rows
 * that `recordAuditBatch` writes) and a versioned overwrite. One copy for every audited table,
 * so the properties and leases repos do not each keep their own.
 */
import type { Insertable, Selectable, Updateable } from 'kysely'
import type { Database } from '#db/schema'
import type { AuditedTable } from './audited.server'
import type { Db } from './db.server'

/** Rows per INSERT: well under SQLite's and PostgreSQL's bound-value limits (about 20 columns a row). */
const INSERT_CHUNK = 500

// Kysely cannot type a query over a union of tables; each helper narrows to one table name for
// the builder and keeps the caller's types at its boundary (as audited.server.ts does).
type AnyTable = 'property'

/**
 * Insert rows in chunks; returns their ids in the order given. A multi-row INSERT numbers its rows
 * in VALUES order on both dialects, but RETURNING promises no order, so each chunk's ids are sorted.
 * @example const ids = await insertBatch(trx, 'property', rows) // ids[i] belongs to rows[i]
 */
export async function insertBatch<T extends AuditedTable>(db: Db, table: T, rows: readonly Insertable<Database[T]>[]): Promise<number[]> {
  const ids: number[] = []
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const returned = await db
      .insertInto(table as AnyTable)
      .values(rows.slice(i, i + INSERT_CHUNK) as Insertable<Database[AnyTable]>[])
      .returning('id')
      .execute()
    ids.push(...returned.map((r) => r.id).sort((a, b) => a - b))
  }
  return ids
}

/**
 * Rows by id, as stored, in id order (for the audit rows of a batch).
 * @example const rows = await readBatch(trx, 'lease', [3, 4])
 */
export async function readBatch<T extends AuditedTable>(db: Db, table: T, ids: readonly number[]): Promise<Selectable<Database[T]>[]> {
  if (!ids.length) return []
  const rows = await db
    .selectFrom(table as AnyTable)
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('id')
    .execute()
  return rows as unknown as Selectable<Database[T]>[]
}

/**
 * Overwrite a row the caller read at `version`, bumping the version; false when it changed since
 * (another transaction saved it).
 * @example await overwriteAtVersion(trx, 'property', 7, 3, values) // false if version is now 4
 */
export async function overwriteAtVersion<T extends AuditedTable>(
  db: Db,
  table: T,
  id: number,
  version: number,
  values: Updateable<Database[T]>,
): Promise<boolean> {
  const result = await db
    .updateTable(table as AnyTable)
    .set({ ...(values as Updateable<Database[AnyTable]>), version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
