/**
 * A process that imports one file into DATABASE_URL and reports its progress on stdout, one line
 * per batch (`write 1500 30000`), so the crash test can kill it in the middle of writing.
 * Run: node --import tsx tests/integration/helpers/import-child.ts <file>
 */
import fs from 'node:fs'
import path from 'node:path'
import { openDatabase } from '#db/connection'
import { importFile } from '~/features/import-export/import.server'

const file = process.argv[2]!
const handle = openDatabase(process.env.DATABASE_URL)
const report = await importFile(handle.db, path.basename(file), new Uint8Array(fs.readFileSync(file)), (phase, done, total) => {
  if (phase === 'write') process.stdout.write(`write ${done} ${total}\n`)
})
process.stdout.write(`done ${JSON.stringify(report.written)}\n`)
await handle.close()
