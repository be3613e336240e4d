/**
 * Command line for finance staff, integrations and tests.
 *   npm run cli -- migrate            bring the configured database to the newest schema
 *   npm run cli -- seed               fill an empty database with the demo data
 * Exit codes: 0 ok, 1 bad input, 2 usage.
 */
import { openDatabase } from '../db/connection'
import { migrateToLatest } from '../db/migrator'
import { seedDemo } from '../app/services/demo.server'

const USAGE = `Brug: npm run cli -- <kommando>
  migrate     opdater databasens skema
  seed        indlæs demodata i en tom database
Databasen vælges med DATABASE_URL (standard: data/kvadratmeter.sqlite).`

async function main(argv: string[]): Promise<number> {
  const [command] = argv
  if (!command || command === '--help' || command === '-h') {
    console.log(USAGE)
    return command ? 0 : 2
  }
  const handle = openDatabase(process.env.DATABASE_URL || undefined)
  try {
    switch (command) {
      case 'migrate': {
        const done = await migrateToLatest(handle.db)
        console.log(done.length ? `Migreret: ${done.join(', ')}` : 'Databasen er allerede opdateret.')
        return 0
      }
      case 'seed': {
        await migrateToLatest(handle.db)
        console.log((await seedDemo(handle.db)) ? `Demodata indlæst i ${handle.describe}.` : 'Databasen har allerede ejendomme; intet indlæst.')
        return 0
      }
      default:
        console.error(`Ukendt kommando: ${command}\n\n${USAGE}`)
        return 2
    }
  } finally {
    await handle.close()
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
