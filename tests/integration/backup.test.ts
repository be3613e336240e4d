/**
 * `backup` and `restore` as an operator runs them: a backup taken while another process keeps
 * writing is a sound, consistent snapshot (every write in it is whole); restoring it into an empty
 * database gives back every table, users and audit trail included; a database with data is only
 * replaced with --replace. On PostgreSQL the commands say how to use pg_dump and pg_restore.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '#db/connection'
import { seedDemo } from '~/features/demo/demo.server'
import { createProperty } from '~/features/properties/properties.server'
import { seedDemoUsers } from '~/features/users-audit/users.server'
import { propertyInput } from '../factories/register'
import { createTestDatabaseUrl, DIALECTS } from '../setup/test-db'
import { cli } from './cli-run'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-backup-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Every row of every table of the app (not the search index, rebuilt from them), in a comparable form. */
function contents(file: string): Record<string, unknown[]> {
  const db = new SQLite(file, { readonly: true })
  try {
    const tables = db
      .prepare("select name from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite_%' order by name")
      .all() as {
      name: string
    }[]
    return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`select * from "${name}" order by rowid`).all()]))
  } finally {
    db.close()
  }
}

describe('backup and restore on sqlite', () => {
  it('backs up while another process writes, and restores into an empty database with every table', async () => {
    const source = await createTestDatabaseUrl('sqlite')
    const handle = openDatabase(source.url)
    await seedDemo(handle.db)
    await seedDemoUsers(handle.db)
    let writing = true
    let written = 0
    const writer = (async () => {
      while (writing) {
        await createProperty(handle.db, propertyInput({ name: `Skrevet under backup ${++written}` }))
        await new Promise((resolve) => setTimeout(resolve, 2))
      }
    })()
    await new Promise((resolve) => setTimeout(resolve, 100))
    const atStart = written
    const backup = path.join(dir, 'kopi.sqlite')
    const run = await cli(source.url, 'backup', backup)
    const atEnd = written
    await new Promise((resolve) => setTimeout(resolve, 100))
    writing = false
    await writer
    await handle.close()
    expect(run, run.stderr).toMatchObject({ code: 0 })
    expect(run.stdout).toMatch(/^Sikkerhedskopi skrevet til .*kopi\.sqlite: \d+ ejendomme, 7 lejemål, 4 brugere, \d+ revisionsposter\.\n$/)
    expect(atEnd - atStart, 'writes went on during the backup').toBeGreaterThan(0)
    expect(fs.statSync(backup).mode & 0o777).toBe(0o600)

    const copy = contents(backup)
    const db = new SQLite(backup, { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete')
    db.close()
    // A snapshot: each write is in it whole (property and its audit row) or not at all.
    const during = (copy.property as { id: number; name: string }[]).filter((p) => p.name.startsWith('Skrevet under backup'))
    const audited = new Set(
      (copy.audit_log as { entity: string; entity_id: string }[]).filter((a) => a.entity === 'property').map((a) => a.entity_id),
    )
    expect(during.length).toBeGreaterThanOrEqual(atStart)
    expect(during.length).toBeLessThanOrEqual(written)
    for (const p of during) expect(audited.has(String(p.id))).toBe(true)

    const target = path.join(dir, 'genskabt.sqlite')
    const restored = await cli(target, 'restore', backup)
    expect(restored, restored.stderr).toMatchObject({ code: 0 })
    expect(restored.stdout).toContain(`er lagt tilbage i ${target}`)
    const back = contents(target)
    expect(back.app_user).toHaveLength(4)
    expect(back).toEqual(copy)
    await source.drop()
  }, 120_000)

  it('replaces a database that holds data only with --replace', async () => {
    const source = await createTestDatabaseUrl('sqlite')
    const handle = openDatabase(source.url)
    await seedDemo(handle.db)
    await handle.close()
    const backup = path.join(dir, 'demo.sqlite')
    expect((await cli(source.url, 'backup', backup)).code).toBe(0)

    const other = await createTestDatabaseUrl('sqlite')
    const otherHandle = openDatabase(other.url)
    await createProperty(otherHandle.db, propertyInput({ name: 'Må ikke forsvinde' }))
    await otherHandle.close()
    const refused = await cli(other.url, 'restore', backup)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('indeholder allerede data (1 ejendomme')
    expect((contents(other.url).property as { name: string }[]).map((p) => p.name)).toEqual(['Må ikke forsvinde'])

    const replaced = await cli(other.url, 'restore', backup, '--replace')
    expect(replaced, replaced.stderr).toMatchObject({ code: 0 })
    expect(contents(other.url)).toEqual(contents(backup))

    const notABackup = path.join(dir, 'tekst.sqlite')
    fs.writeFileSync(notABackup, 'ikke en database')
    const wrong = await cli(path.join(dir, 'ny.sqlite'), 'restore', notABackup)
    expect(wrong).toMatchObject({ code: 1, stderr: expect.stringContaining('ikke en SQLite-database') })
    await Promise.all([source.drop(), other.drop()])
  }, 120_000)
})

describe.runIf(DIALECTS.includes('postgres'))('backup and restore on postgres', () => {
  it('say how to use pg_dump and pg_restore, without the password, and do nothing', async () => {
    const db = await createTestDatabaseUrl('postgres')
    const url = new URL(db.url)
    url.password = 'hemmelig'
    const backup = await cli(url.toString(), 'backup', path.join(dir, 'pg.dump'))
    expect(backup.code).toBe(1)
    expect(backup.stdout).toContain('pg_dump --format=custom')
    expect(backup.stdout).not.toContain('hemmelig')
    const restore = await cli(url.toString(), 'restore', path.join(dir, 'pg.dump'))
    expect(restore).toMatchObject({ code: 1, stdout: expect.stringContaining('pg_restore --no-owner') })
    expect(fs.existsSync(path.join(dir, 'pg.dump'))).toBe(false)
    await db.drop()
  })
})
