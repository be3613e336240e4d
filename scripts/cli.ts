/**
 * Command line for finance staff, integrations and tests.
 *   npm run cli -- migrate                        bring the configured database to the newest schema
 *   npm run cli -- seed                           fill an empty database with the demo data
 *   npm run cli -- import <file.json> [--replace] load a portfolio file (docs/interchange.md)
 *   npm run cli -- export <file.json>             write the portfolio to a file (`-`: standard output)
 *   npm run cli -- savings --scenario <name> [--status realised|decided|all] [--json]
 *   npm run cli -- schema [file]                  regenerate docs/interchange.schema.json
 *   npm run cli -- create-admin --email <e-mail> [--name <name>]   an administrator with a one-time password
 *   npm run cli -- backup <file>                  an online copy of the whole database (SQLite; PostgreSQL: pg_dump)
 *   npm run cli -- restore <file> [--replace]     a backup into an empty (or, with --replace, any) database
 * Exit codes: 0 ok, 1 bad input, 2 usage.
 */
import { isMainThread } from 'node:worker_threads'
import { DEFAULT_DATABASE_URL, openDatabase } from '#db/connection'
import { migrateToLatest } from '#db/migrator'
import { seedDemo } from '~/features/demo/demo.server'
import { InputError, UsageError } from './cli/args'
import { backupCommand, restoreCommand } from './cli/backup'
import { exportCommand, importCommand, schemaCommand } from './cli/interchange'
import { findVejCommand } from './cli/find-vej'
import { savingsCommand } from './cli/savings'
import { createAdminCommand } from './cli/users'

const USAGE = `Brug: npm run cli -- <kommando>
  migrate                          opdater databasens skema
  seed                             indlæs demodata i en tom database
  import <fil.json> [--replace]    indlæs en porteføljefil; --replace sletter den nuværende portefølje først
  export <fil.json>                skriv porteføljen til en fil (- for skærmen)
  savings --scenario "<navn>" [--status realised|decided|all] [--json]
                                   vis et scenaries besparelse pr. budgetår (--json: hele resultatet)
  find-vej --scenario "<navn>" --year <år> [--objective cost|year|moves] [--max-one-off <kr>] [--time-limit <s>] [--json]
                                   find tiltag, der når scenariets mål i året (--json: tiltag i porteføljefilens form)
  schema [fil]                     skriv JSON Schema for porteføljefilen (standard: docs/interchange.schema.json)
  create-admin --email <e-mail> [--name "<navn>"]
                                   opret en administrator med en engangsadgangskode (skal skiftes ved første log-ind)
  backup <fil>                     sikkerhedskopi af hele databasen, også mens serveren kører (PostgreSQL: vejledning i pg_dump)
  restore <fil> [--replace]        læg en sikkerhedskopi tilbage i en tom database; --replace erstatter en database med data
Databasen vælges med DATABASE_URL (standard: data/kvadratmeter.sqlite).
Afslutningskoder: 0 udført, 1 fejl i input, 2 forkert brug.`

const DATABASE_COMMANDS = ['migrate', 'seed', 'import', 'export', 'savings', 'create-admin', 'find-vej']

async function run(command: string, args: string[]): Promise<number> {
  if (command === 'schema') return schemaCommand(args)
  // These open the file themselves: a backup must not create the database it copies.
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL
  if (command === 'backup') return backupCommand(url, args)
  if (command === 'restore') return restoreCommand(url, args)
  // Checked before opening: opening a SQLite path creates the file.
  if (!DATABASE_COMMANDS.includes(command)) throw new UsageError(`Ukendt kommando: ${command}`)
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
        console.log(
          (await seedDemo(handle.db)) ? `Demodata indlæst i ${handle.describe}.` : 'Databasen har allerede ejendomme; intet indlæst.',
        )
        return 0
      }
      case 'import':
        return await importCommand(handle.db, args)
      case 'export':
        return await exportCommand(handle.db, args)
      case 'savings':
        return await savingsCommand(handle.db, args)
      case 'find-vej':
        return await findVejCommand(handle.db, args)
      case 'create-admin':
        return await createAdminCommand(handle.db, args)
      default:
        throw new UsageError(`Ukendt kommando: ${command}`)
    }
  } finally {
    await handle.close()
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv
  if (!command || command === '--help' || command === '-h') {
    console.log(USAGE)
    return command ? 0 : 2
  }
  try {
    return await run(command, args)
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`)
      return 2
    }
    if (error instanceof InputError) {
      console.error(error.message)
      return 1
    }
    throw error
  }
}

// The CLI's code may start worker threads on its own module (the goal-seek solver): only the main
// thread runs the command.
if (isMainThread) {
  // A reader that stops early (`… | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })

  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}
