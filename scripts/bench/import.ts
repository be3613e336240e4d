/**
 * `npm run bench -- import [rows]`: the import check's growth and the request thread beside it,
 * on an empty SQLite register in a temp folder. Never fails on time; prints figures and ratios.
 *   - linear in rows: a CSV of `rows` properties (40,000 unless given) with different names against
 *     the same file where every row has one name (the duplicate check was once quadratic there:
 *     11.8 s against 1.15 s), and half the rows against all of them;
 *   - the request thread while a workbook of twice `rows` properties is read and checked in the
 *     import's worker thread: the longest gap between ticks of a 5 ms timer (parsing on the request
 *     thread once held it for seconds).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { openDatabase } from '../../db/connection'
import { migrateToLatest } from '../../db/migrator'
import { checkImport } from '../../app/features/import-export/import.server'
import { propertiesCsvFile as csvOf } from '../../tests/factories/csv'
import { rawXlsx } from '../../tests/factories/xlsx'

const rows = Number(process.argv[2] ?? 40_000)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-bench-import-'))
const handle = openDatabase(`file:${path.join(dir, 'register.sqlite')}`)
await migrateToLatest(handle.db)
const db = handle.db

async function timed(label: string, bytes: Uint8Array): Promise<number> {
  const started = performance.now()
  const report = await checkImport(db, `${label}.csv`, bytes)
  const ms = performance.now() - started
  console.log(`  ${label.padEnd(34)} ${String(Math.round(ms)).padStart(6)} ms  (${report.issueCount} issues)`)
  return ms
}

console.log(`Import check, ${rows.toLocaleString('en')} rows (${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)})`)
await timed(
  'warm-up (2,000 rows)',
  csvOf(2_000, (i) => `Navn ${i}`),
)
const half = await timed(
  `different names, ${rows / 2} rows`,
  csvOf(rows / 2, (i) => `Navn ${i}`),
)
const unique = await timed(
  `different names, ${rows} rows`,
  csvOf(rows, (i) => `Navn ${i}`),
)
const same = await timed(
  `one name, ${rows} rows`,
  csvOf(rows, () => 'Samme navn'),
)
console.log(`  twice the rows: ${(unique / half).toFixed(2)}x the time (linear: about 2)`)
console.log(`  one name against different names: ${(same / unique).toFixed(2)}x (linear: about 1)`)

const workbookRows = rows * 2
const workbook = rawXlsx([
  {
    name: 'Ejendomme',
    rows: [
      ['Navn', 'Adresse', 'Postnr.', 'By', 'Ejerforhold', 'Anvendelse'],
      ...Array.from({ length: workbookRows }, (_, i) => [`Stor ${i}`, `Storvej ${i}`, '8722', 'Hedensted', 'Ejet', 'Skole']),
    ],
  },
])
let last = performance.now()
let worst = 0
const ticker = setInterval(() => {
  const now = performance.now()
  worst = Math.max(worst, now - last)
  last = now
}, 5)
const started = performance.now()
const report = await checkImport(db, 'stor.xlsx', workbook)
clearInterval(ticker)
console.log(
  `  .xlsx of ${workbookRows.toLocaleString('en')} rows (${(workbook.length / 2 ** 20).toFixed(1)} MB): checked in ${Math.round(performance.now() - started)} ms, ${report.issueCount} issues; longest request-thread gap ${Math.round(worst)} ms`,
)

await handle.close()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
