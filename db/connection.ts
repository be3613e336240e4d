/**
 * Opens the database named by a URL: `postgres://…` for PostgreSQL, anything else is a SQLite
 * file path (optionally `file:` / `sqlite:` prefixed). Dialect differences stay in db/: the
 * SQLite write-transaction driver lives in sqlite-driver.ts, the error classes in errors.ts.
 */
import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { DatabaseLocationError } from './errors'
import type { Database } from './schema'
import { CompactCamelCasePlugin } from './rows'
import { ImmediateSqliteDialect } from './sqlite-driver'
import { foldText } from './text'

export { classifyDatabaseError, DatabaseBusyError, DatabaseLocationError, type DatabaseErrorKind } from './errors'

export type DialectName = 'sqlite' | 'postgres'

export interface DatabaseHandle {
  db: Kysely<Database>
  dialect: DialectName
  /** Human-readable location, without any password. */
  describe: string
  /** What it was opened with, so a worker thread can open its own connection to the same database. */
  url: string
  /** True when this call created a new, empty SQLite file. */
  created?: boolean
  close: () => Promise<void>
}

export interface OpenOptions {
  /**
   * Create a missing folder for a SQLite file. Default: only for the default path, or when
   * DATABASE_INIT=true (the server's `--init`), so a mistyped DATABASE_URL is refused instead of
   * silently becoming a new, empty database.
   */
  createDirectory?: boolean
  /** How long a write waits for another process's write transaction (SQLite). */
  busyTimeoutMs?: number
}

/** The default embedded database file, relative to the working directory. */
export const DEFAULT_DATABASE_URL = 'data/kvadratmeter.sqlite'

/** Which dialect a database URL names. @example dialectOf('postgres://u@localhost/kk') // 'postgres' */
export function dialectOf(url: string): DialectName {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite'
}

/** The file a SQLite URL names. @example sqliteFile('file:data/x.sqlite') // 'data/x.sqlite' */
export function sqliteFile(url: string): string {
  return url.replace(/^(file|sqlite):(\/\/)?/, '')
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

function openPostgres(url: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: 10, types: pgTypes() })
  // An idle connection the server closes (restart, admin) must not crash the process.
  pool.on('error', (error) => {
    if ((error as { code?: string }).code !== '57P01') console.error('PostgreSQL-forbindelse mistet:', error.message)
  })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CompactCamelCasePlugin()] })
  return { db, dialect: 'postgres', url, describe: url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'), close: () => db.destroy() }
}

/**
 * The SQLite file's folder must exist unless creating it was asked for; a new file is created
 * readable by this user only (0600). SQLite gives its -wal and -shm files the same mode.
 */
function prepareSqliteFile(file: string, createDirectory: boolean): boolean {
  if (file === ':memory:') return false
  const resolved = path.resolve(file)
  const dir = path.dirname(resolved)
  if (!fs.existsSync(dir)) {
    if (!createDirectory) throw new DatabaseLocationError(resolved)
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  }
  try {
    fs.closeSync(fs.openSync(resolved, 'wx', 0o600))
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    return false
  }
}

// What each open database was opened with, so work handed to a worker thread can open its own connection.
const urls = new WeakMap<Kysely<Database>, string>()

/**
 * The location a database handle's `db` was opened with (SQLite: the absolute file path); undefined
 * for a transaction or anything not opened by `openDatabase`.
 * @example databaseUrlOf(handle.db) // '/srv/kk/data/kvadratmeter.sqlite'
 */
export function databaseUrlOf(db: Kysely<Database>): string | undefined {
  return urls.get(db)
}

/**
 * Open a database. SQLite runs in WAL mode with foreign keys; write transactions start as
 * `BEGIN IMMEDIATE` and wait for another process's write without blocking the event loop.
 * @example const { db, close } = openDatabase('data/kvadratmeter.sqlite')
 */
export function openDatabase(url: string = DEFAULT_DATABASE_URL, options: OpenOptions = {}): DatabaseHandle {
  const handle = dialectOf(url) === 'postgres' ? openPostgres(url) : openSqlite(url, options)
  urls.set(handle.db, handle.url)
  return handle
}

function openSqlite(url: string, options: OpenOptions): DatabaseHandle {
  const file = sqliteFile(url)
  const createDirectory = options.createDirectory ?? (url === DEFAULT_DATABASE_URL || process.env.DATABASE_INIT === 'true')
  const created = prepareSqliteFile(file, createDirectory)
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000
  const sqlite = new SQLite(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`)
  sqlite.pragma('synchronous = NORMAL')
  // lower() in SQLite folds ASCII only; column filters use this instead (db/dialect-sql.ts).
  sqlite.function('kk_lower', { deterministic: true }, (v: unknown) => (v == null ? null : foldText(String(v))))
  const naming = new CompactCamelCasePlugin()
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: sqlite, busyTimeoutMs, renameColumns: (column) => naming.nameOf(column) }),
    plugins: [naming],
  })
  return { db, dialect: 'sqlite', url: path.resolve(file), describe: path.resolve(file), created, close: () => db.destroy() }
}
