/**
 * Use cases for relocations (flytninger): plan, edit and delete one, and mark it done. Each runs
 * in one transaction, checked against the register's plan (relocation-plan.server.ts): a move of
 * more people than are at the origin is refused; capacity and left-behind problems are shown and
 * need the planner's confirmation ("Gem trods advarsler").
 */
import type { Kysely, Transaction } from 'kysely'
import type { Database, NewRelocation } from '#db/schema'
import { recordAudit } from '~/server/audit.server'
import { formatDanishDate } from '~/core/dates'
import * as repo from '~/features/relocations/relocations.repo.server'
import type { RelocationInput } from '~/features/relocations/schemas/relocation'
import { formatFte } from '~/core/relocation-labels'
import { markDone } from './relocation-done.server'
import { checkRelocation, type Candidate } from './relocation-plan.server'
import { inTransaction } from '~/server/transaction.server'
import { CONFLICT_MESSAGE, fail, nowIso, ok, type ServiceResult } from '~/core/result'

type Trx = Transaction<Database>

/** The message beside "Gem trods advarsler" when warnings were not confirmed. */
export const WARNINGS_MESSAGE = 'Flytningen giver advarsler. Læs dem, og sæt kryds i "Gem trods advarsler" for at gemme alligevel.'

async function exists(trx: Trx, table: 'unit' | 'property' | 'rotation', id: number): Promise<boolean> {
  return Boolean(await trx.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst())
}

/** Field messages for references that no longer exist. */
async function missingReferences(trx: Trx, input: RelocationInput): Promise<Record<string, string[]> | null> {
  const errors: Record<string, string[]> = {}
  if (!(await exists(trx, 'unit', input.unitId))) errors.unitId = ['Enheden findes ikke længere']
  if (!(await exists(trx, 'property', input.fromPropertyId))) errors.fromPropertyId = ['Ejendommen findes ikke længere']
  if (!(await exists(trx, 'property', input.toPropertyId))) errors.toPropertyId = ['Ejendommen findes ikke længere']
  if (input.rotationId !== null && !(await exists(trx, 'rotation', input.rotationId))) errors.rotationId = ['Rokaden findes ikke længere']
  return Object.keys(errors).length ? errors : null
}

/** Refuse an over-move; ask for confirmation of warnings. Null when the plan may be saved. */
async function planProblems(trx: Trx, candidate: Candidate, acceptWarnings: boolean): Promise<ServiceResult<never> | null> {
  const check = await checkRelocation(trx, candidate)
  if (!check) return fail('invalid', 'Ejendommen findes ikke længere.')
  if (check.refusal) return fail('invalid', `Flytningen kan ikke gemmes: ${check.refusal}`, { headcount: [check.refusal] })
  if (check.warnings.length && !acceptWarnings) return fail('invalid', WARNINGS_MESSAGE, { acceptWarnings: check.warnings })
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
export async function createRelocation(db: Kysely<Database>, input: RelocationInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const missing = await missingReferences(trx, input)
    if (missing) return fail('invalid', 'Noget af det, flytningen henviser til, findes ikke længere.', missing)
    const problem = await planProblems(trx, { ...input }, input.acceptWarnings === 1)
    if (problem) return problem
    const now = nowIso()
    const row = { ...values(input), createdAt: now, updatedAt: now }
    const id = await repo.insertRelocation(trx, row)
    await recordAudit(trx, 'create', 'relocation', id, null, row, `Flytning planlagt ${formatDanishDate(input.date)}`)
    return ok({ id })
  })
}

/** Save an edit made on `version`; a done relocation is history and cannot be edited. */
export async function editRelocation(db: Kysely<Database>, id: number, version: number, input: RelocationInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const current = await repo.getRelocation(trx, id)
    if (!current) return fail('not_found', 'Flytningen findes ikke længere; den kan være slettet af en anden.')
    if (current.status === 'done') return fail('blocked', 'Flytningen er gennemført og kan ikke ændres; historikken bevares.')
    if (current.version !== version) return fail('conflict', CONFLICT_MESSAGE)
    const missing = await missingReferences(trx, input)
    if (missing) return fail('invalid', 'Noget af det, flytningen henviser til, findes ikke længere.', missing)
    const problem = await planProblems(trx, { ...input, id }, input.acceptWarnings === 1)
    if (problem) return problem
    const after = { ...values(input), updatedAt: nowIso() }
    if (!(await repo.updateRelocation(trx, id, version, after))) return fail('conflict', CONFLICT_MESSAGE)
    await recordAudit(trx, 'update', 'relocation', id, { ...current }, after, `Flytning af ${current.unitName} ændret`)
    return ok({ id })
  })
}

/** Delete a relocation that is not done. */
export async function removeRelocation(db: Kysely<Database>, id: number): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const current = await repo.getRelocation(trx, id)
    if (!current) return fail('not_found', 'Flytningen findes ikke længere.')
    if (current.status === 'done') return fail('blocked', 'En gennemført flytning kan ikke slettes; den er en del af enhedens historik.')
    await repo.deleteRelocation(trx, id)
    await recordAudit(trx, 'delete', 'relocation', id, { ...current }, null, `Flytning af ${current.unitName} slettet`)
    return ok({ id })
  })
}

/**
 * Mark a relocation done: in one transaction the unit's location rows change (history kept),
 * and the relocation's status becomes 'done'. Refused when the unit does not have the people at
 * the origin; capacity and left-behind warnings need confirmation.
 *
 * @example await markRelocationDone(db, 5, { version: 1, acceptWarnings: false })
 */
export async function markRelocationDone(
  db: Kysely<Database>,
  id: number,
  opts: { version: number; acceptWarnings: boolean },
): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const current = await repo.getRelocation(trx, id)
    if (!current) return fail('not_found', 'Flytningen findes ikke længere.')
    if (current.status === 'done') return fail('blocked', 'Flytningen er allerede markeret som gennemført.')
    if (current.version !== opts.version) return fail('conflict', CONFLICT_MESSAGE)
    const check = await checkRelocation(trx, { ...current, status: 'done' })
    if (check?.warnings.length && !opts.acceptWarnings) return fail('invalid', WARNINGS_MESSAGE, { acceptWarnings: check.warnings })
    const moved = await markDone(trx, current)
    if (!moved.ok) return moved
    await recordAudit(
      trx,
      'update',
      'relocation',
      id,
      { ...current },
      { ...current, status: 'done' },
      `${current.unitName}: ${formatFte(current.headcount)} årsværk flyttet til ${current.toPropertyName} ${formatDanishDate(current.date)}`,
    )
    return ok({ id })
  })
}
