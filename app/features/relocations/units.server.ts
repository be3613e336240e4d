/**
 * Use cases for organisational units (enheder). A unit's headcount is its total; where the parts
 * sit is in unit_location_history. Editing a unit corrects it (a typing error, a team that grew);
 * moving it is a relocation, so the history stays.
 */
import type { Unit } from '#db/schema'
import { sortKey } from '#db/text'
import { todayIso } from '~/core/dates'
import { formatFte } from '~/core/relocation-labels'
import { fromMilli, toMilli } from '~/core/relocation-replay'
import { CONFLICT_MESSAGE, fail, nowIso, ok, type ServiceResult } from '~/core/result'
import { joinDanish } from '~/features/properties/properties.server'
import { deleteAudited, insertAudited, updateAudited } from '~/server/audited.server'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import type { UnitInput } from './schemas'
import type { CurrentLocation } from './types'
import { correctLocation, currentLocations, hasRecordedMoves, insertLocation } from './unit-locations.repo.server'
import * as units from './units.repo.server'
import { endedLeaseWarning, placementNeedsConfirmation } from './unit-placement.server'

const MOVE_BY_RELOCATION =
  'Enheden er flyttet med registrerede flytninger. Brug en flytning (Flytninger) for at flytte den, så historikken bevares.'
const MISSING_MESSAGE = 'Noget af det, enheden henviser til, findes ikke længere.'

/** Why the chosen parent cannot be the unit's parent, or null. */
async function parentProblem(trx: Db, parentId: number, self?: number): Promise<string | null> {
  // Walk up from the chosen parent: meeting the unit itself would make a circle.
  const seen = new Set<number>()
  let next: number | null = parentId
  while (next !== null && !seen.has(next)) {
    if (next === self) return 'En enhed kan ikke ligge under sig selv eller en af sine underenheder'
    seen.add(next)
    const parent: Unit | undefined = await units.getUnit(trx, next)
    if (!parent) return next === parentId ? 'Den overordnede enhed findes ikke længere' : null
    next = parent.parentId
  }
  return null
}

async function referencesMissing(trx: Db, input: UnitInput, self?: number): Promise<Record<string, string[]> | null> {
  const errors: Record<string, string[]> = {}
  if (!(await units.recordExists(trx, 'property', input.propertyId))) errors.propertyId = ['Ejendommen findes ikke længere']
  const parent = input.parentId === null ? null : await parentProblem(trx, input.parentId, self)
  if (parent) errors.parentId = [parent]
  return Object.keys(errors).length ? errors : null
}

/**
 * Register a unit at a property from a date (today when none is given). A building whose lease
 * has ended by then needs `acceptWarnings`.
 * @example await createUnit(db, { name: 'Mestringsenheden', propertyId: 4, headcount: 18, ... })
 */
export async function createUnit(db: Db, { acceptWarnings, ...input }: UnitInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const missing = await referencesMissing(trx, { ...input, acceptWarnings })
    if (missing) return fail('invalid', MISSING_MESSAGE, missing)
    const now = nowIso()
    const locatedFrom = input.locatedFrom ?? todayIso()
    const warning = await endedLeaseWarning(trx, input.propertyId, locatedFrom)
    if (warning && acceptWarnings !== 1) return placementNeedsConfirmation(warning)
    const values = { ...input, sortKey: sortKey(input.name), locatedFrom, createdAt: now, updatedAt: now }
    const id = await insertAudited(trx, 'unit', values, `Enhed oprettet: ${input.name}`)
    await insertLocation(trx, {
      unitId: id,
      propertyId: input.propertyId,
      headcount: input.headcount,
      fromDate: locatedFrom,
      toDate: null,
      relocationId: null,
      createdAt: now,
    })
    return ok({ id })
  })
}

/**
 * Correct the part at the unit's main site: the new headcount less what sits elsewhere. A unit that
 * has moved keeps its placement (only the headcount changes); one that has not may be corrected
 * to another property and date.
 */
async function correctMainSite(
  trx: Db,
  current: Unit,
  input: UnitInput,
  rows: CurrentLocation[],
  moved: boolean,
): Promise<ServiceResult<null>> {
  const main = rows.find((r) => r.propertyId === current.propertyId) ?? rows[0]
  const elsewhere = rows.filter((r) => r !== main)
  const mainMilli = toMilli(input.headcount) - elsewhere.reduce((s, r) => s + toMilli(r.headcount), 0)
  if (mainMilli < 0) {
    const where = joinDanish(elsewhere.map((r) => `${formatFte(r.headcount)} i ${r.propertyName}`))
    const message = `Enheden har ${where}; årsværk kan ikke være færre end det.`
    return fail('invalid', message, { headcount: [message] })
  }
  const headcount = fromMilli(mainMilli)
  const locatedFrom = input.locatedFrom ?? current.locatedFrom
  if (!main || main.id === null) {
    const fromDate = locatedFrom ?? todayIso()
    await insertLocation(trx, {
      unitId: current.id,
      propertyId: input.propertyId,
      headcount,
      fromDate,
      toDate: null,
      relocationId: null,
      createdAt: nowIso(),
    })
  } else if (moved) {
    await correctLocation(trx, main.id, { headcount })
  } else {
    await correctLocation(trx, main.id, { propertyId: input.propertyId, headcount, ...(locatedFrom ? { fromDate: locatedFrom } : {}) })
  }
  return ok(null)
}

/** A new property or date for the unit's placement, in a building whose lease has ended by then. */
async function movedIntoEndedLease(trx: Db, current: Unit, input: UnitInput): Promise<string | null> {
  const date = input.locatedFrom ?? current.locatedFrom ?? todayIso()
  if (input.propertyId === current.propertyId && date === current.locatedFrom) return null
  return endedLeaseWarning(trx, input.propertyId, date)
}

/**
 * Save an edit made on `version`. A new headcount changes the part at the unit's main site; a
 * new property is a correction, allowed only before the unit has moved by a relocation. A new
 * placement in a building whose lease has ended needs `acceptWarnings`.
 * @example await editUnit(db, 7, 2, { ...input, headcount: 19.5 })
 */
export async function editUnit(db: Db, id: number, version: number, input: UnitInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const current = await units.getUnit(trx, id)
    if (!current) return fail('not_found', 'Enheden findes ikke længere; den kan være slettet af en anden.')
    if (current.version !== version) return fail('conflict', CONFLICT_MESSAGE)
    const missing = await referencesMissing(trx, input, id)
    if (missing) return fail('invalid', MISSING_MESSAGE, missing)
    const rows = (await currentLocations(trx, [id])).get(id) ?? []
    const moved = (await hasRecordedMoves(trx, id)) || rows.length > 1
    if (input.propertyId !== current.propertyId && moved) return fail('invalid', MOVE_BY_RELOCATION, { propertyId: [MOVE_BY_RELOCATION] })
    const warning = await movedIntoEndedLease(trx, current, input)
    if (warning && input.acceptWarnings !== 1) return placementNeedsConfirmation(warning)
    const corrected = await correctMainSite(trx, current, input, rows, moved)
    if (!corrected.ok) return corrected
    const { acceptWarnings: _accepted, ...fields } = input
    const changes = { ...fields, sortKey: sortKey(input.name), locatedFrom: input.locatedFrom ?? current.locatedFrom, updatedAt: nowIso() }
    const saved = await updateAudited(trx, 'unit', id, version, changes, `Enhed ændret: ${input.name}`)
    return saved.ok ? ok({ id }) : saved
  })
}

/**
 * Delete a unit nothing refers to; otherwise say what refers to it.
 * @example await removeUnit(db, 7) // { ok: false, reason: 'blocked', message: 'PPR kan ikke slettes, fordi 2 flytninger henviser til enheden.' }
 */
export async function removeUnit(db: Db, id: number): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const current = await units.getUnit(trx, id)
    if (!current) return fail('not_found', 'Enheden findes ikke længere.')
    const deps = await units.countUnitDependents(trx, id)
    const parts = [
      deps.relocations && `${deps.relocations} ${deps.relocations === 1 ? 'flytning' : 'flytninger'}`,
      deps.people && `${deps.people} navngivne medarbejdere`,
      deps.children && `${deps.children} ${deps.children === 1 ? 'underenhed' : 'underenheder'}`,
      deps.measures && `${deps.measures} tiltag i scenarier`,
    ].filter(Boolean) as string[]
    if (parts.length) return fail('blocked', `${current.name} kan ikke slettes, fordi ${joinDanish(parts)} henviser til enheden.`)
    const deleted = await deleteAudited(trx, 'unit', id, `Enhed slettet: ${current.name}`, 'Enheden findes ikke længere.')
    return deleted.ok ? ok({ id }) : deleted
  })
}

/**
 * The units whose main site is a property, by name (for the property page).
 * @example await listUnitsAtProperty(db, 1) // [{ name: 'HR og Løn', headcount: 22, … }]
 */
export function listUnitsAtProperty(db: Db, propertyId: number): Promise<Unit[]> {
  return units.listUnitsAtProperty(db, propertyId)
}
