/**
 * The few column types that differ between SQLite and PostgreSQL. Migrations use these and
 * never import application code.
 */
import { PostgresAdapter, type CreateTableBuilder, type Kysely } from 'kysely'

export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}

/** An auto-numbered integer primary key: IDENTITY in PostgreSQL, AUTOINCREMENT in SQLite. */
export function withId<T extends string>(db: Kysely<any>, table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> {
  return isPostgres(db)
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
}

/** Integer øre: bigint in PostgreSQL, INTEGER (64-bit) in SQLite. */
export const money = 'bigint' as const

/** A calendar date: DATE in PostgreSQL, ISO text in SQLite. */
export function dateType(db: Kysely<any>) {
  return isPostgres(db) ? ('date' as const) : ('text' as const)
}

/** A timestamp kept as ISO-8601 UTC text on both dialects. */
export function timestamps<T extends string, C extends string>(table: CreateTableBuilder<T, C>) {
  return table
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
}
