/**
 * SQLite's write transactions, started as `BEGIN IMMEDIATE`. A deferred `BEGIN` that reads before
 * it writes cannot wait for another process's write lock (SQLite answers SQLITE_BUSY at once to
 * avoid a deadlock), so a save failed whenever a CLI import was running. Taking the write lock at
 * the start makes the wait possible; the wait itself is asynchronous, with the connection handed
 * back between tries, because better-sqlite3's own busy wait would stop the whole event loop.
 */
import type BetterSqlite3 from 'better-sqlite3'
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type TransactionSettings,
} from 'kysely'
import { DatabaseBusyError, isSqliteBusy } from './errors'
import { compactSqlite } from './rows'

export interface ImmediateSqliteConfig {
  database: BetterSqlite3.Database
  /** How long `BEGIN IMMEDIATE` keeps trying before giving up with DatabaseBusyError. */
  busyTimeoutMs: number
  /** The names rows are built under (CompactCamelCasePlugin's camelCase), else the columns' own. */
  renameColumns?: (column: string) => string
}

/** A first-come lock on the one connection, released while a transaction waits for the file. */
class Gate {
  #queue: (() => void)[] = []
  #held = false

  async lock(): Promise<void> {
    if (!this.#held) {
      this.#held = true
      return
    }
    await new Promise<void>((resolve) => this.#queue.push(resolve))
  }

  unlock(): void {
    const next = this.#queue.shift()
    if (next) next()
    else this.#held = false
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

class ImmediateSqliteDriver implements Driver {
  readonly #inner: SqliteDriver
  readonly #gate = new Gate()

  constructor(readonly config: ImmediateSqliteConfig) {
    this.#inner = new SqliteDriver({ database: compactSqlite(config.database, config.renameColumns) })
  }

  init(): Promise<void> {
    return this.#inner.init()
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#gate.lock()
    return this.#inner.acquireConnection()
  }

  async releaseConnection(): Promise<void> {
    await this.#inner.releaseConnection()
    this.#gate.unlock()
  }

  /** `BEGIN IMMEDIATE`, tried until the busy timeout; others use the connection in between. */
  async beginTransaction(_connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    const deadline = Date.now() + this.config.busyTimeoutMs
    for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
      if (this.#tryBegin()) return
      if (Date.now() >= deadline) throw new DatabaseBusyError()
      await this.releaseConnection()
      await sleep(Math.min(pause, Math.max(1, deadline - Date.now())))
      await this.acquireConnection()
    }
  }

  /** One try without SQLite's blocking busy wait; false when another process holds the write lock. */
  #tryBegin(): boolean {
    const sqlite = this.config.database
    sqlite.pragma('busy_timeout = 0')
    try {
      sqlite.prepare('begin immediate').run()
      return true
    } catch (error) {
      if (isSqliteBusy(error)) return false
      throw error
    } finally {
      sqlite.pragma(`busy_timeout = ${this.config.busyTimeoutMs}`)
    }
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'))
  }

  /** SQLite rolls back by itself on some errors (a full disk, an I/O error); then there is nothing left to undo. */
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.config.database.inTransaction) return
    await connection.executeQuery(CompiledQuery.raw('rollback'))
  }

  savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#inner.savepoint(connection, name, compile)
  }

  rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#inner.rollbackToSavepoint(connection, name, compile)
  }

  releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#inner.releaseSavepoint(connection, name, compile)
  }

  destroy(): Promise<void> {
    return this.#inner.destroy()
  }
}

/**
 * Kysely's SQLite dialect with immediate write transactions.
 * @example new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite, busyTimeoutMs: 5000 }) })
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  constructor(readonly immediateConfig: ImmediateSqliteConfig) {
    super({ database: immediateConfig.database })
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.immediateConfig)
  }
}
