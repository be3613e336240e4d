/**
 * Database errors the app answers in Danish instead of failing: what kind of trouble an error from
 * either driver is (busy, disk full, read-only, cannot open), and the two errors db/ throws itself.
 */

/** A write waited the whole busy timeout for another process's write transaction. */
export class DatabaseBusyError extends Error {
  readonly code = 'SQLITE_BUSY'
  constructor() {
    super('Databasen er optaget af en anden skrivning (SQLITE_BUSY efter ventetiden).')
    this.name = 'DatabaseBusyError'
  }
}

/** DATABASE_URL names a file in a folder that does not exist, and creating it was not asked for. */
export class DatabaseLocationError extends Error {
  constructor(readonly file: string) {
    super(
      `Databasen kan ikke åbnes: mappen ${file.replace(/[/\\][^/\\]*$/, '')} findes ikke (DATABASE_URL peger på ${file}). ` +
        'Ret DATABASE_URL, eller start med --init (eller DATABASE_INIT=true) for at oprette en ny, tom database dér.',
    )
    this.name = 'DatabaseLocationError'
  }
}

export type DatabaseErrorKind = 'busy' | 'full' | 'readonly' | 'unavailable'

const SQLITE: [RegExp, DatabaseErrorKind][] = [
  [/^SQLITE_(BUSY|LOCKED)/, 'busy'],
  [/^SQLITE_FULL/, 'full'],
  [/^SQLITE_READONLY/, 'readonly'],
  [/^SQLITE_(CANTOPEN|IOERR|NOTADB|CORRUPT)/, 'unavailable'],
]

/** PostgreSQL SQLSTATEs: serialization failure, deadlock, lock timeout; disk full; read-only; cannot connect. */
const POSTGRES: Record<string, DatabaseErrorKind> = {
  '40001': 'busy',
  '40P01': 'busy',
  '55P03': 'busy',
  '53100': 'full',
  '25006': 'readonly',
  '57P03': 'unavailable',
  ECONNREFUSED: 'unavailable',
}

/**
 * What kind of database trouble an error is, or null for anything else (a bug, a constraint).
 * @example classifyDatabaseError(Object.assign(new Error(), { code: 'SQLITE_FULL' })) // 'full'
 */
export function classifyDatabaseError(error: unknown): DatabaseErrorKind | null {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return null
  for (const [pattern, kind] of SQLITE) if (pattern.test(code)) return kind
  return POSTGRES[code] ?? null
}

/** SQLITE_BUSY or one of its extended codes. @example isSqliteBusy({ code: 'SQLITE_BUSY_SNAPSHOT' }) // true */
export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^SQLITE_BUSY/.test(code)
}
