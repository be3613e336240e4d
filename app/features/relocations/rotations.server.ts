/** Use cases for rotations (rokader): named groups of relocations that happen together. */
import type { Kysely } from 'kysely'
import type { Database } from '#db/schema'
import { recordAudit } from '~/server/audit.server'
import * as repo from '~/features/relocations/relocations.repo.server'
import type { RotationInput } from '~/features/relocations/schemas/relocation'
import { inTransaction } from '~/server/transaction.server'
import { CONFLICT_MESSAGE, fail, nowIso, ok, type ServiceResult } from '~/core/result'

async function nameTaken(db: Kysely<Database>, name: string, except?: number): Promise<boolean> {
  const row = await db.selectFrom('rotation').select('id').where('name', '=', name).executeTakeFirst()
  return row !== undefined && row.id !== except
}

/**
 * A new rotation; relocations join it from their form.
 * @example await createRotation(db, { name: 'Tættere Sammen', description: '', date: '2024-08-01' })
 */
export async function createRotation(db: Kysely<Database>, input: RotationInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    if (await nameTaken(trx, input.name))
      return fail('invalid', 'Navnet er i brug.', { name: ['Der findes allerede en rokade med det navn'] })
    const now = nowIso()
    const id = await repo.insertRotation(trx, { ...input, createdAt: now, updatedAt: now })
    await recordAudit(trx, 'create', 'rotation', id, null, input, `Rokade oprettet: ${input.name}`)
    return ok({ id })
  })
}

/** Save an edit made on `version`. */
export async function editRotation(db: Kysely<Database>, id: number, version: number, input: RotationInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const current = await repo.getRotation(trx, id)
    if (!current) return fail('not_found', 'Rokaden findes ikke længere.')
    if (await nameTaken(trx, input.name, id))
      return fail('invalid', 'Navnet er i brug.', { name: ['Der findes allerede en rokade med det navn'] })
    if (!(await repo.updateRotation(trx, id, version, { ...input, updatedAt: nowIso() }))) return fail('conflict', CONFLICT_MESSAGE)
    await recordAudit(trx, 'update', 'rotation', id, current, input, `Rokade ændret: ${input.name}`)
    return ok({ id })
  })
}

/** Delete a rotation; its relocations are kept, no longer grouped. */
export async function removeRotation(db: Kysely<Database>, id: number): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const current = await repo.getRotation(trx, id)
    if (!current) return fail('not_found', 'Rokaden findes ikke længere.')
    await repo.deleteRotation(trx, id)
    await recordAudit(trx, 'delete', 'rotation', id, current, null, `Rokade slettet: ${current.name}`)
    return ok({ id })
  })
}
