/** SQL fragments whose spelling differs between SQLite and PostgreSQL. */
import { PostgresAdapter, sql, type Expression, type RawBuilder } from 'kysely'
import type { DialectName } from './connection'

/**
 * Danish-aware lower-casing of a text column. SQLite: a function registered in connection.ts.
 * PostgreSQL: lower() folds only ASCII under the C locale, so the Nordic capitals are mapped first.
 */
export function lowerText(dialect: DialectName, column: Expression<unknown>): RawBuilder<string> {
  return dialect === 'postgres' ? sql<string>`lower(translate(${column}, 'ÆØÅÄÖÜÉ', 'æøåäöüé'))` : sql<string>`kk_lower(${column})`
}

/** Which dialect a Kysely instance (or transaction) speaks. */
export function dialectOfDb(db: { getExecutor(): { adapter: unknown } }): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
}
