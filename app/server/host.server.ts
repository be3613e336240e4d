/**
 * What the Node server (server/) calls in the built app, through entry.server's exports: the
 * request context with the client's address, the database at start and stop, housekeeping, and
 * the security headers for what it answers itself.
 */
import { classifyDatabaseError, DatabaseLocationError } from '#db/connection'
import { runHousekeeping } from './auth/housekeeping.server'
import { closeDatabase, getDatabase, getDb } from './db.server'
import { getEnv } from './env.server'

export { createLoadContext } from './client.server'
export { HSTS, SECURITY_HEADERS } from './headers.server'

const TROUBLE_AT_START = {
  busy: 'er låst af en anden proces i over ventetiden',
  full: 'kan ikke skrives, fordi disken er fuld',
  readonly: 'er skrivebeskyttet (ret filens eller mappens rettigheder)',
  unavailable: 'kan ikke åbnes (findes mappen, og har serveren adgang til den?)',
} as const

/**
 * Open, migrate and fill the database before the server listens; a Danish message naming the
 * location when it cannot. Returns the location.
 * @example console.log(`Database: ${await openAppDatabase()}`)
 */
export async function openAppDatabase(): Promise<string> {
  try {
    return (await getDatabase()).describe
  } catch (error) {
    if (error instanceof DatabaseLocationError) throw error
    const kind = classifyDatabaseError(error) ?? classifyDatabaseError((error as { cause?: unknown }).cause)
    const where = getEnv().DATABASE_URL.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')
    const reason = kind ? TROUBLE_AT_START[kind] : `kan ikke tages i brug: ${error instanceof Error ? error.message : String(error)}`
    throw new Error(`Databasen ${where} ${reason}.`, { cause: error })
  }
}

export { closeDatabase as closeAppDatabase }

/** Purge expired sessions and spent log-in counters (hourly from the server). @example await housekeeping() // { sessions: 3, attempts: 0 } */
export async function housekeeping(): Promise<{ sessions: number; attempts: number }> {
  return runHousekeeping(await getDb())
}
