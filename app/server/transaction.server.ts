/**
 * One transaction per use case, rolled back whenever the use case answers with a refusal. Database
 * trouble the user can do something about (another process is writing, the disk is full, the file
 * is read-only) becomes a Danish refusal too, so the form keeps what the user typed.
 */
import type { Transaction } from 'kysely'
import { classifyDatabaseError, DatabaseBusyError, type DatabaseErrorKind } from '#db/connection'
import type { Database } from '#db/schema'
import { fail, type ServiceResult } from '~/core/result'
import type { Db } from './db.server'

class Rollback extends Error {
  constructor(readonly result: Extract<ServiceResult<never>, { ok: false }>) {
    super(result.message)
  }
}

/** What the user reads when a save meets database trouble; their input stays in the form. */
export const DATABASE_TROUBLE: Record<DatabaseErrorKind, string> = {
  busy: 'Databasen er optaget af en anden, der gemmer lige nu. Dine indtastninger er bevaret: prøv igen om lidt.',
  full: 'Der er ikke mere plads på serverens disk, så ændringen blev ikke gemt. Dine indtastninger er bevaret. Kontakt driften.',
  readonly:
    'Databasen kan kun læses lige nu (skrivebeskyttet), så ændringen blev ikke gemt. Dine indtastninger er bevaret. Kontakt driften.',
  unavailable: 'Databasen kan ikke åbnes lige nu, så ændringen blev ikke gemt. Dine indtastninger er bevaret. Kontakt driften.',
}

export interface TransactionOptions {
  /** PostgreSQL: run serializable, for checks across rows (e.g. "one admin must remain"). SQLite always is. */
  serializable?: boolean
}

/** PostgreSQL's serialization failures and deadlocks roll back everything; the use case may run again. */
const RETRIES = 3

/**
 * Run a use case in one transaction; a failed result rolls back everything it wrote, so a refusal
 * found half-way (after some rows were written) leaves nothing behind. This is the only way
 * services open transactions.
 *
 * @example return inTransaction(db, async (trx) => { await write(trx); return check ? ok({ id }) : fail('invalid', '…') })
 */
export async function inTransaction<T>(
  db: Db,
  fn: (trx: Transaction<Database>) => Promise<ServiceResult<T>>,
  options: TransactionOptions = {},
): Promise<ServiceResult<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      const builder = options.serializable ? db.transaction().setIsolationLevel('serializable') : db.transaction()
      return await builder.execute(async (trx) => {
        const result = await fn(trx)
        if (!result.ok) throw new Rollback(result)
        return result
      })
    } catch (error) {
      if (error instanceof Rollback) return error.result
      const kind = classifyDatabaseError(error)
      if (!kind) throw error
      // SQLite's busy error comes after the whole busy timeout; PostgreSQL's after one conflict.
      if (kind === 'busy' && !(error instanceof DatabaseBusyError) && attempt < RETRIES) {
        await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt))
        continue
      }
      if (kind !== 'busy') console.error(`Databasefejl (${kind}) under en ændring:`, error instanceof Error ? error.message : error)
      return fail('blocked', DATABASE_TROUBLE[kind])
    }
  }
}
