/** Use cases for rotations (rokader): named groups of relocations that happen together. */
import { fail, nowIso, ok, type ServiceResult } from '~/core/result'
import { deleteAudited, insertAudited, updateAudited } from '~/server/audited.server'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import { findRotationByName, getRotation, ungroupRotation } from './relocations.repo.server'
import type { RotationInput } from './schemas'

const GONE_MESSAGE = 'Rokaden findes ikke længere.'
const NAME_TAKEN = fail('invalid', 'Navnet er i brug.', { name: ['Der findes allerede en rokade med det navn'] })

async function nameTaken(db: Db, name: string, except?: number): Promise<boolean> {
  const row = await findRotationByName(db, name)
  return row !== undefined && row.id !== except
}

/**
 * A new rotation; relocations join it from their form.
 * @example await createRotation(db, { name: 'Tættere Sammen', description: '', date: '2024-08-01' })
 */
export async function createRotation(db: Db, input: RotationInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    if (await nameTaken(trx, input.name)) return NAME_TAKEN
    const now = nowIso()
    const id = await insertAudited(trx, 'rotation', { ...input, createdAt: now, updatedAt: now }, `Rokade oprettet: ${input.name}`)
    return ok({ id })
  })
}

/**
 * Save an edit made on `version`.
 * @example await editRotation(db, 1, 1, { name: 'Tættere Sammen', description: 'Fase 1', date: null })
 */
export async function editRotation(db: Db, id: number, version: number, input: RotationInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    if (!(await getRotation(trx, id))) return fail('not_found', GONE_MESSAGE)
    if (await nameTaken(trx, input.name, id)) return NAME_TAKEN
    const saved = await updateAudited(trx, 'rotation', id, version, { ...input, updatedAt: nowIso() }, `Rokade ændret: ${input.name}`)
    return saved.ok ? ok({ id }) : saved
  })
}

/**
 * Delete a rotation; its relocations are kept, no longer grouped.
 * @example await removeRotation(db, 1)
 */
export async function removeRotation(db: Db, id: number): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const current = await getRotation(trx, id)
    if (!current) return fail('not_found', GONE_MESSAGE)
    await ungroupRotation(trx, id)
    const deleted = await deleteAudited(trx, 'rotation', id, `Rokade slettet: ${current.name}`, GONE_MESSAGE)
    return deleted.ok ? ok({ id }) : deleted
  })
}
