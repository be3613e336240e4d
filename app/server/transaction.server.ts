/** One transaction per use case, rolled back whenever the use case answers with a refusal. */
import type { Transaction } from 'kysely'
import type { Database } from '#db/schema'
import type { ServiceResult } from '~/core/result'
import type { Db } from './db.server'

class Rollback extends Error {
  constructor(readonly result: Extract<ServiceResult<never>, { ok: false }>) {
    super(result.message)
  }
}

/**
 * Run a use case in one transaction; a failed result rolls back everything it wrote, so a refusal
 * found half-way (after some rows were written) leaves nothing behind. This is the only way
 * services open transactions.
 *
 * @example return inTransaction(db, async (trx) => { await write(trx); return check ? ok({ id }) : fail('invalid', '…') })
 */
export async function inTransaction<T>(db: Db, fn: (trx: Transaction<Database>) => Promise<ServiceResult<T>>): Promise<ServiceResult<T>> {
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await fn(trx)
      if (!result.ok) throw new Rollback(result)
      return result
    })
  } catch (error) {
    if (error instanceof Rollback) return error.result
    throw error
  }
}
