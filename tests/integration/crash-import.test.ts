/**
 * kill -9 in the middle of an import: after the crash the database is sound (PRAGMA
 * integrity_check on SQLite) and holds none of the file's rows, nor their audit rows; the same
 * file imported again goes in whole.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '#db/connection'
import { createTestDatabaseUrl, DIALECTS } from '../setup/test-db'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-crash-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const ROWS = 12_000
const file = path.join(dir, 'stor.csv')
fs.writeFileSync(
  file,
  [
    '\uFEFFNavn;Adresse;Postnr.;By;Ejerforhold;Anvendelse;Driftsudgift pr. år (kr.)',
    ...Array.from({ length: ROWS }, (_, i) => `Nedbrud ${i};Vej ${i};8722;Hedensted;Ejet;Administration;1.000`),
  ].join('\r\n'),
)

/** Import the file in a child process; kill it with SIGKILL once it has written `killAt` rows. */
function importInChild(url: string, killAt?: number): Promise<{ killed: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/helpers/import-child.ts', file], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
    })
    let stdout = ''
    let stderr = ''
    let killed = false
    child.stdout.on('data', (d) => {
      stdout += String(d)
      const written = [...stdout.matchAll(/^write (\d+)/gm)].map((m) => Number(m[1])).at(-1) ?? 0
      if (killAt !== undefined && !killed && written >= killAt) {
        killed = true
        child.kill('SIGKILL')
      }
    })
    child.stderr.on('data', (d) => (stderr += String(d)))
    child.on('error', reject)
    child.on('close', () => resolve({ killed, stdout, stderr }))
  })
}

describe.each(DIALECTS)('kill -9 during an import on %s', (dialect) => {
  it('leaves a sound database with none of the file, and the file goes in whole afterwards', async () => {
    const db = await createTestDatabaseUrl(dialect)
    const crashed = await importInChild(db.url, 4000)
    expect(crashed.killed, crashed.stderr).toBe(true)
    expect(crashed.stdout).not.toContain('done')

    const h = openDatabase(db.url)
    try {
      if (dialect === 'sqlite') {
        const check = await sql<{ integrityCheck: string }>`pragma integrity_check`.execute(h.db)
        expect(check.rows).toEqual([{ integrityCheck: 'ok' }])
      }
      const count = async (table: 'property' | 'auditLog') =>
        Number(
          (
            await h.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        )
      expect([await count('property'), await count('auditLog')]).toEqual([0, 0])

      const again = await importInChild(db.url)
      expect(again.stdout, again.stderr).toContain(`done {"properties":${ROWS},"leases":0}`)
      expect([await count('property'), await count('auditLog')]).toEqual([ROWS, ROWS])
    } finally {
      await h.close()
      await db.drop()
    }
  }, 180_000)
})
