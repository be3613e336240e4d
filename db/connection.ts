/**
 * Opens the database named by a URL: `postgres://…` for PostgreSQL, anything else is a SQLite
 * file path (optionally `file:` / `sqlite:` prefixed). Dialect differences stay in db/.
 */
import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import type { Database } from './schema'
import { foldText } from './text'

export type DialectName = 'sqlite' | 'postgres'

export interface DatabaseHandle {
  db: Kysely<Database>
  dialect: DialectName
  /** Human-readable location, without any password. */
  describe: string
  close: () => Promise<void>
}

/** The default embedded database file, relative to the working directory. */
export const DEFAULT_DATABASE_URL = 'data/kvadratmeter.sqlite'

/** Which dialect a database URL names. @example dialectOf('postgres://u@localhost/kk') // 'postgres' */
export function dialectOf(url: string): DialectName {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite'
}

/** int8 as number (safe below 2^53: øre up to 90 trillion kr.), DATE as its ISO text. */
function pgTypes(): pg.CustomTypesConfig {
  const parsers = new Map<number, (v: string) => unknown>([
    [20, (v) => Number(v)],
    [1082, (v) => v],
    [1700, (v) => Number(v)],
  ])
  return {
    getTypeParser: ((oid: number, format?: string) =>
      parsers.get(oid) ?? pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
  }
}

/**
 * Open a database. SQLite runs in WAL mode with foreign keys and a busy timeout.
 * @example const { db, close } = openDatabase('data/kvadratmeter.sqlite')
 */
export function openDatabase(url: string = DEFAULT_DATABASE_URL): DatabaseHandle {
  const plugins = [new CamelCasePlugin()]
  if (dialectOf(url) === 'postgres') {
    const pool = new pg.Pool({ connectionString: url, max: 10, types: pgTypes() })
    // An idle connection the server closes (restart, admin) must not crash the process.
    pool.on('error', (error) => {
      if ((error as { code?: string }).code !== '57P01') console.error('PostgreSQL-forbindelse mistet:', error.message)
    })
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins })
    return {
      db,
      dialect: 'postgres',
      describe: url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
      close: () => db.destroy(),
    }
  }
  const file = url.replace(/^(file|sqlite):(\/\/)?/, '')
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const sqlite = new SQLite(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('synchronous = NORMAL')
  // lower() in SQLite folds ASCII only; column filters use this instead (db/dialect-sql.ts).
  sqlite.function('kk_lower', { deterministic: true }, (v: unknown) => (v == null ? null : foldText(String(v))))
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins })
  return { db, dialect: 'sqlite', describe: path.resolve(file), close: () => db.destroy() }
}
