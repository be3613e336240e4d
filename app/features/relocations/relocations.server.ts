/**
 * Use cases for relocations (flytninger): plan, edit and delete one, and mark it done. Each runs
 * in one transaction, checked against the register's plan (relocation-plan.server.ts): a move of
 * more people than are at the origin is refused; capacity and left-behind problems are shown and
 * need the planner's confirmation ("Gem trods advarsler").
 */
import type { NewRelocation } from '#db/schema'
import { formatDanishDate } from '~/core/dates'
import { formatFte } from '~/core/relocation-labels'
import { CONFLICT_MESSAGE, fail, nowIso, ok, type ServiceResult } from '~/core/result'
import { deleteAudited, insertAudited, updateAudited } from '~/server/audited.server'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import { moveUnit } from './relocation-done.server'
import { checkRelocation } from './relocation-plan.server'
import { getRelocation } from './relocations.repo.server'
import { MARK_DONE_ACCEPT_LABEL, type RelocationInput } from './schemas'
import type { Candidate } from './types'
import { recordExists } from './units.repo.server'

/** The message beside "Gem trods advarsler" when warnings were not confirmed. */
export const WARNINGS_MESSAGE = 'Flytningen giver advarsler. Læs dem, og sæt kryds i "Gem trods advarsler" for at gemme alligevel.'

/** The message beside the mark-done box when its warnings were not confirmed. */
export const DONE_WARNINGS_MESSAGE = `Flytningen giver advarsler. Læs dem, og sæt kryds i "${MARK_DONE_ACCEPT_LABEL}" for at markere den som gennemført alligevel.`

const GONE_MESSAGE = 'Flytningen findes ikke længere.'

/** Field messages for references that no longer exist. */
async function missingReferences(trx: Db, input: RelocationInput): Promise<Record<string, string[]> | null> {
  const errors: Record<string, string[]> = {}
  if (!(await recordExists(trx, 'unit', input.unitId))) errors.unitId = ['Enheden findes ikke længere']
  if (!(await recordExists(trx, 'property', input.fromPropertyId))) errors.fromPropertyId = ['Ejendommen findes ikke længere']
  if (!(await recordExists(trx, 'property', input.toPropertyId))) errors.toPropertyId = ['Ejendommen findes ikke længere']
  if (input.rotationId !== null && !(await recordExists(trx, 'rotation', input.rotationId)))
    errors.rotationId = ['Rokaden findes ikke længere']
  return Object.keys(errors).length ? errors : null
}

/** Refuse missing references and over-moves; ask for confirmation of warnings. Null when the plan may be saved. */
async function planProblems(trx: Db, input: RelocationInput, candidate: Candidate): Promise<ServiceResult<never> | null> {
  const missing = await missingReferences(trx, input)
  if (missing) return fail('invalid', 'Noget af det, flytningen henviser til, findes ikke længere.', missing)
  const check = await checkRelocation(trx, candidate)
  if (!check) return fail('invalid', 'Ejendommen findes ikke længere.')
  if (check.refusal) return fail('invalid', `Flytningen kan ikke gemmes: ${check.refusal}`, { headcount: [check.refusal] })
  if (check.warnings.length && input.acceptWarnings !== 1) return fail('invalid', WARNINGS_MESSAGE, { acceptWarnings: check.warnings })
  return null
}

function values(input: RelocationInput): Omit<NewRelocation, 'createdAt' | 'updatedAt'> {
  const { acceptWarnings: _a, ...rest } = input
  return { ...rest, refurbishmentOre: rest.refurbishmentOre ?? 0, addedAnnualOperatingOre: rest.addedAnnualOperatingOre ?? 0 }
}

/**
 * Plan a relocation (idé, planlagt or besluttet).
 * @example await createRelocation(db, { unitId: 9, fromPropertyId: 4, toPropertyId: 1, date: '2024-08-12', headcount: 18, status: 'planned', ... })
 */
export async function createRelocation(db: Db, input: RelocationInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const problem = await planProblems(trx, input, { ...input })
    if (problem) return problem
    const now = nowIso()
    const id = await insertAudited(
      trx,
      'relocation',
      { ...values(input), createdAt: now, updatedAt: now },
      `Flytning planlagt ${formatDanishDate(input.date)}`,
    )
    return ok({ id })
  })
}

/**
 * Save an edit made on `version`; a done relocation is history and cannot be edited.
 * @example await editRelocation(db, 5, 1, { ...input, date: '2024-09-01' })
 */
export async function editRelocation(db: Db, id: number, version: number, input: RelocationInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const current = await getRelocation(trx, id)
    if (!current) return fail('not_found', 'Flytningen findes ikke længere; den kan være slettet af en anden.')
    if (current.status === 'done') return fail('blocked', 'Flytningen er gennemført og kan ikke ændres; historikken bevares.')
    if (current.version !== version) return fail('conflict', CONFLICT_MESSAGE)
    const problem = await planProblems(trx, input, { ...input, id })
    if (problem) return problem
    const saved = await updateAudited(
      trx,
      'relocation',
      id,
      version,
      { ...values(input), updatedAt: nowIso() },
      `Flytning af ${current.unitName} ændret`,
    )
    return saved.ok ? ok({ id }) : saved
  })
}

/**
 * Delete a relocation that is not done.
 * @example await removeRelocation(db, 5)
 */
export async function removeRelocation(db: Db, id: number): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const current = await getRelocation(trx, id)
    if (!current) return fail('not_found', GONE_MESSAGE)
    if (current.status === 'done') return fail('blocked', 'En gennemført flytning kan ikke slettes; den er en del af enhedens historik.')
    const deleted = await deleteAudited(trx, 'relocation', id, `Flytning af ${current.unitName} slettet`, GONE_MESSAGE)
    return deleted.ok ? ok({ id }) : deleted
  })
}

/**
 * Mark a relocation done: in one transaction the unit's location rows change (history kept),
 * and the relocation's status becomes 'done'. Refused when the unit does not have the people at
 * the origin; capacity and left-behind warnings need confirmation.
 *
 * @example await markRelocationDone(db, 5, { version: 1, acceptWarnings: false })
 */
export async function markRelocationDone(db: Db, id: number, opts: { version: number; acceptWarnings: boolean }): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const current = await getRelocation(trx, id)
    if (!current) return fail('not_found', GONE_MESSAGE)
    if (current.status === 'done') return fail('blocked', 'Flytningen er allerede markeret som gennemført.')
    if (current.version !== opts.version) return fail('conflict', CONFLICT_MESSAGE)
    const check = await checkRelocation(trx, { ...current, status: 'done' })
    if (check?.warnings.length && !opts.acceptWarnings) return fail('invalid', DONE_WARNINGS_MESSAGE, { acceptWarnings: check.warnings })
    const now = nowIso()
    const moved = await moveUnit(trx, current, now)
    if (!moved.ok) return moved
    const summary = `${current.unitName}: ${formatFte(current.headcount)} årsværk flyttet til ${current.toPropertyName} ${formatDanishDate(current.date)}`
    const saved = await updateAudited(trx, 'relocation', id, opts.version, { status: 'done', updatedAt: now }, summary, GONE_MESSAGE)
    return saved.ok ? ok({ id }) : saved
  })
}
