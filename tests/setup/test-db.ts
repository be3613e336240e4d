/**
 * A fresh, migrated database per test context: a SQLite file in a temp dir, or a new database in
 * the throwaway PostgreSQL cluster started by postgres.global.ts. No mocks.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { inject } from 'vitest'
import { openDatabase, type DatabaseHandle, type DialectName } from '#db/connection'
import { migrateToLatest } from '#db/migrator'

/** The databases integration tests run on; `DIALECTS=sqlite npm run test:integration` runs one locally. */
export const DIALECTS: DialectName[] = (process.env.DIALECTS ?? 'sqlite,postgres')
  .split(',')
  .map((d) => d.trim())
  .filter((d): d is DialectName => d === 'sqlite' || d === 'postgres')

let counter = 0

/** A migrated, empty database of the given dialect; `close()` also removes it. */
export async function openTestDatabase(dialect: DialectName): Promise<DatabaseHandle> {
  counter += 1
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-sqlite-'))
    const handle = openDatabase(path.join(dir, 'test.sqlite'))
    await migrateToLatest(handle.db)
    return {
      ...handle,
      close: async () => {
        await handle.close()
        fs.rmSync(dir, { recursive: true, force: true })
      },
    }
  }
  const adminUrl = inject('pgUrl')
  const name = `kk_test_${process.pid}_${Date.now()}_${counter}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const handle = openDatabase(url.toString())
  await migrateToLatest(handle.db)
  return {
    ...handle,
    close: async () => {
      await handle.close()
      const c = new pg.Client({ connectionString: adminUrl })
      await c.connect()
      await c.query(`drop database if exists ${name} with (force)`)
      await c.end()
    },
  }
}

/**
 * A migrated, empty database named by a URL, for a child process to open (the CLI tests):
 * a SQLite file path, or a `postgres://` URL in the test cluster. `drop()` removes it.
 */
export async function createTestDatabaseUrl(dialect: DialectName): Promise<{ url: string; drop: () => Promise<void> }> {
  counter += 1
  let url: string
  let drop: () => Promise<void>
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-sqlite-'))
    url = path.join(dir, 'test.sqlite')
    drop = async () => fs.rmSync(dir, { recursive: true, force: true })
  } else {
    const adminUrl = inject('pgUrl')
    const name = `kk_url_${process.pid}_${Date.now()}_${counter}`
    const admin = async (query: string) => {
      const c = new pg.Client({ connectionString: adminUrl })
      await c.connect()
      await c.query(query)
      await c.end()
    }
    await admin(`create database ${name}`)
    const u = new URL(adminUrl)
    u.pathname = `/${name}`
    url = u.toString()
    drop = () => admin(`drop database if exists ${name} with (force)`)
  }
  const handle = openDatabase(url)
  await migrateToLatest(handle.db)
  await handle.close()
  return { url, drop }
}

/** Point the app's database singleton (app/utils/db.server.ts) at a test database. */
export function useAsAppDatabase(handle: DatabaseHandle): void {
  globalThis.__kkDatabase = Promise.resolve(handle)
}
