/**
 * The app's one database handle, opened, migrated and (when empty) seeded on first use.
 * Kept on globalThis so dev-server reloads do not open a second connection pool.
 */
import type { Kysely } from 'kysely'
import { openDatabase, type DatabaseHandle } from '#db/connection'
import { migrateToLatest } from '#db/migrator'
import type { Database } from '#db/schema'
import { seedDemo } from '~/features/demo/demo.server'
import { countUsers, ensureFirstAdmin, seedDemoUsers } from '~/features/users-audit/users.server'
import { getEnv } from './env.server'

declare global {
  var __kkDatabase: Promise<DatabaseHandle> | undefined
}

async function init(): Promise<DatabaseHandle> {
  const env = getEnv()
  const handle = openDatabase(env.DATABASE_URL)
  await migrateToLatest(handle.db)
  if (env.SEED_DEMO_DATA === 'true') {
    await seedDemo(handle.db)
    // The demo's accounts (README) only where nobody has set up users yet.
    if ((await countUsers(handle.db)) === 0) await seedDemoUsers(handle.db)
  }
  await ensureFirstAdmin(handle.db)
  return handle
}

/** The ready database handle. @example const { db } = await getDatabase() */
export function getDatabase(): Promise<DatabaseHandle> {
  globalThis.__kkDatabase ??= init().catch((error) => {
    globalThis.__kkDatabase = undefined
    throw error
  })
  return globalThis.__kkDatabase
}

/** Shorthand for loaders and actions. */
export async function getDb(): Promise<Kysely<Database>> {
  return (await getDatabase()).db
}
