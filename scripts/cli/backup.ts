/**
 * `backup <file>` and `restore <file> [--replace]`: the whole database (users, named people and
 * the audit trail included, which the portfolio file leaves out). On SQLite the backup uses
 * SQLite's online backup, so it is safe while the server runs and writes; on PostgreSQL the
 * commands say how to use pg_dump and pg_restore.
 */
import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { dialectOf, openDatabase } from '#db/connection'
import { migrateToLatest } from '#db/migrator'
import { InputError, parseCommand, UsageError } from './args'

/** The SQLite file a DATABASE_URL names (as db/connection.ts reads it). */
function sqlitePath(url: string): string {
  return path.resolve(url.replace(/^(file|sqlite):(\/\/)?/, ''))
}

/** The URL without its password, for messages. */
const withoutPassword = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')

function onePath(positionals: string[], what: string): string {
  const [file, ...rest] = positionals
  if (!file) throw new UsageError(`Angiv ${what}.`)
  if (rest.length) throw new UsageError(`For mange argumenter: ${rest.join(' ')}`)
  return path.resolve(file)
}

function postgresHelp(url: string, command: 'backup' | 'restore', file: string): number {
  const shown = withoutPassword(url)
  console.log(
    command === 'backup'
      ? [
          'Databasen er PostgreSQL: tag sikkerhedskopien med pg_dump (det kan gøres, mens serveren kører):',
          `  pg_dump --format=custom --file="${file}" "${shown}"`,
        ].join('\n')
      : [
          'Databasen er PostgreSQL: læg sikkerhedskopien tilbage med pg_restore i en tom database (stop serveren først):',
          `  pg_restore --no-owner --exit-on-error --dbname="${shown}" "${file}"`,
          'Eller erstat indholdet i en eksisterende database:',
          `  pg_restore --clean --if-exists --no-owner --exit-on-error --dbname="${shown}" "${file}"`,
        ].join('\n'),
  )
  console.log('Intet er gjort. Adgangskoden skrives i PGPASSWORD eller ~/.pgpass, ikke på kommandolinjen.')
  return 1
}

/**
 * Tables that hold the app's data: not SQLite's own, not the migration bookkeeping, not the search
 * index (its FTS5 tables are virtual, their storage "shadow" tables, all rebuilt from the data).
 */
function dataTables(db: SQLite.Database): string[] {
  const rows = db
    .prepare(
      "select name from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'",
    )
    .all()
  return (rows as { name: string }[]).map((r) => r.name)
}

/** Rows per data table, e.g. `{ property: 15, app_user: 4, audit_log: 120 }`. */
function rowCounts(db: SQLite.Database): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const table of dataTables(db)) counts[table] = (db.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n
  return counts
}

function describe(counts: Record<string, number>): string {
  const n = (table: string) => counts[table] ?? 0
  return `${n('property')} ejendomme, ${n('lease')} lejemål, ${n('app_user')} brugere, ${n('audit_log')} revisionsposter`
}

/** Opens a backup file and makes sure it is a sound database of this app; a Danish InputError otherwise. */
function openBackup(file: string): SQLite.Database {
  if (!fs.existsSync(file)) throw new InputError(`Sikkerhedskopien findes ikke: ${file}`)
  let db: SQLite.Database
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true })
    const check = db.pragma('integrity_check', { simple: true })
    if (check !== 'ok') throw new InputError(`Sikkerhedskopien ${file} er beskadiget (integrity_check: ${String(check)}).`)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(`Filen er ikke en SQLite-database: ${file}`)
  }
  const tables = new Set(dataTables(db))
  if (!tables.has('property') || !tables.has('app_user')) {
    db.close()
    throw new InputError(`Filen er ikke en sikkerhedskopi fra Kloge Kvadratmeter: ${file}`)
  }
  return db
}

/**
 * `backup <file>`: an online copy of the SQLite database, written to a temporary file, checked,
 * made self-contained (no WAL) and readable by the owner only, then moved into place.
 * @example await backupCommand('data/kvadratmeter.sqlite', ['kopi.sqlite']) // 0
 */
export async function backupCommand(url: string, args: string[]): Promise<number> {
  const { positionals } = parseCommand(args, {})
  const target = onePath(positionals, 'filen, sikkerhedskopien skal skrives til (backup <fil>)')
  if (dialectOf(url) === 'postgres') return postgresHelp(url, 'backup', target)
  const source = sqlitePath(url)
  if (!fs.existsSync(source)) throw new InputError(`Databasen findes ikke: ${source}`)
  if (target === source) throw new InputError('Sikkerhedskopien skal skrives til en anden fil end databasen.')
  if (!fs.existsSync(path.dirname(target))) throw new InputError(`Mappen findes ikke: ${path.dirname(target)}`)
  const temporary = `${target}.${process.pid}.tmp`
  const db = new SQLite(source, { fileMustExist: true })
  try {
    db.pragma('busy_timeout = 5000')
    // All pages in one step, in one read transaction: a consistent snapshot, never restarted by
    // the server's writes (in WAL mode they go on meanwhile).
    await db.backup(temporary, { progress: () => 0x7fffffff })
  } finally {
    db.close()
  }
  const copy = new SQLite(temporary)
  let counts: Record<string, number>
  try {
    copy.pragma('journal_mode = DELETE')
    const check = copy.pragma('integrity_check', { simple: true })
    if (check !== 'ok') throw new InputError(`Sikkerhedskopien kunne ikke bekræftes (integrity_check: ${String(check)}).`)
    counts = rowCounts(copy)
  } finally {
    copy.close()
  }
  fs.chmodSync(temporary, 0o600)
  fs.renameSync(temporary, target)
  console.log(`Sikkerhedskopi skrevet til ${target}: ${describe(counts)}.`)
  return 0
}

/** The target database's state: missing, empty (no data rows) or holding data. */
function targetState(file: string): { exists: boolean; counts: Record<string, number> } {
  if (!fs.existsSync(file)) return { exists: false, counts: {} }
  const db = new SQLite(file, { fileMustExist: true })
  try {
    return { exists: true, counts: rowCounts(db) }
  } finally {
    db.close()
  }
}

/**
 * `restore <file> [--replace]`: a backup into the configured SQLite database, which must be empty
 * unless --replace. Then the migrations bring it to this version's schema.
 * @example await restoreCommand('data/ny.sqlite', ['kopi.sqlite']) // 0; 1 when the database holds data
 */
export async function restoreCommand(url: string, args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { replace: { type: 'boolean' } })
  const file = onePath(positionals, 'sikkerhedskopien, der skal lægges tilbage (restore <fil>)')
  if (dialectOf(url) === 'postgres') return postgresHelp(url, 'restore', file)
  const target = sqlitePath(url)
  if (file === target) throw new InputError('Sikkerhedskopien og databasen er den samme fil.')
  if (!fs.existsSync(path.dirname(target))) throw new InputError(`Mappen til databasen findes ikke: ${path.dirname(target)}`)
  const backup = openBackup(file)
  try {
    const state = targetState(target)
    const holding = Object.values(state.counts).some((n) => n > 0)
    if (holding && values.replace !== true) {
      throw new InputError(
        `Databasen ${target} indeholder allerede data (${describe(state.counts)}); intet er lagt tilbage. Brug --replace for at erstatte den.`,
      )
    }
    await backup.backup(target)
  } finally {
    backup.close()
  }
  const handle = openDatabase(target)
  try {
    await migrateToLatest(handle.db)
  } finally {
    await handle.close()
  }
  fs.chmodSync(target, 0o600)
  const restored = targetState(target)
  console.log(`Sikkerhedskopien ${file} er lagt tilbage i ${target}: ${describe(restored.counts)}.`)
  return 0
}
