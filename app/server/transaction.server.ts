/** One transaction per use case, rolled back whenever the use case answers with a refusal. */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '#db/schema'
import type { ServiceResult } from '~/core/result'

class Rollback extends Error {
  constructor(readonly result: Extract<ServiceResult<never>, { ok: false }>) {
    super(result.message)
  }
}

/**
 * Run a use case in a transaction; a failed result rolls back everything it wrote, so a refusal
 * found half-way (after some rows were written) leaves nothing behind.
 *
 * @example return atomic(db, async (trx) => { await write(trx); return check ? ok({ id }) : fail('invalid', '…') })
 */
export async function atomic<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<ServiceResult<T>>): Promise<ServiceResult<T>> {
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
