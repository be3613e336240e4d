/**
 * The app's one database handle, opened and migrated on first use; what fills a new database
 * (the demo, the first admin) is registered by the app's bootstrap, so this plumbing knows no
 * feature. Kept on globalThis so dev-server reloads do not open a second connection pool.
 */
import { sql, type Kysely } from 'kysely'
import { openDatabase, type DatabaseHandle } from '#db/connection'
import { migrateToLatest } from '#db/migrator'
import type { Database } from '#db/schema'
import { getEnv } from './env.server'

/** The database, or a transaction on it: every repo function takes this as its first argument. */
export type Db = Kysely<Database>

type OpenHook = (db: Db) => Promise<void>

declare global {
  var __kkDatabase: Promise<DatabaseHandle> | undefined
  var __kkDatabaseOpenHook: OpenHook | undefined
}

/** Register what runs once after the database is opened and migrated (the bootstrap's seeding). */
export function onDatabaseOpen(hook: OpenHook): void {
  globalThis.__kkDatabaseOpenHook = hook
}

async function init(): Promise<DatabaseHandle> {
  const handle = openDatabase(getEnv().DATABASE_URL)
  if (handle.created) console.log(`Ny, tom database oprettet: ${handle.describe}`)
  await migrateToLatest(handle.db)
  const hook = globalThis.__kkDatabaseOpenHook
  if (hook) await (handle.dialect === 'postgres' ? withStartupLock(handle.db, hook) : hook(handle.db))
  return handle
}

// Any fixed number: the advisory lock's name among this database's sessions.
const STARTUP_LOCK = 5_000_001

/**
 * Run the first-start work (demo data, first admin) while holding a PostgreSQL advisory lock, so
 * several app servers started at once on one empty database seed it once: the others wait, then
 * find it seeded. SQLite needs none: one file has one server.
 */
async function withStartupLock(db: Db, hook: OpenHook): Promise<void> {
  await db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${STARTUP_LOCK})`.execute(conn)
    try {
      await hook(db)
    } finally {
      await sql`select pg_advisory_unlock(${STARTUP_LOCK})`.execute(conn)
    }
  })
}

/** The ready database handle. @example const { db } = await getDatabase() */
export function getDatabase(): Promise<DatabaseHandle> {
  globalThis.__kkDatabase ??= init().catch((error) => {
    globalThis.__kkDatabase = undefined
    throw error
  })
  return globalThis.__kkDatabase
}

/** Close the database (server shutdown); the next use opens it again. @example await closeDatabase() */
export async function closeDatabase(): Promise<void> {
  const pending = globalThis.__kkDatabase
  globalThis.__kkDatabase = undefined
  if (pending) await (await pending.catch(() => null))?.close()
}

/** Shorthand for loaders and actions. */
export async function getDb(): Promise<Db> {
  return (await getDatabase()).db
}
