/**
 * Use cases for organisational units (enheder). A unit's headcount is its total; where the parts
 * sit is in unit_location_history. Editing a unit corrects it (a typing error, a team that grew);
 * moving it is a relocation, so the history stays.
 */
import type { Kysely, Transaction } from 'kysely'
import type { Database, Unit } from '#db/schema'
import { recordAudit } from '~/server/audit.server'
import { todayIso } from '~/core/dates'
import { correctLocation, currentLocations, hasRecordedMoves, insertLocation } from '~/features/relocations/unit-locations.repo.server'
import { countUnitDependents, deleteUnit, getUnit, insertUnit, updateUnit } from '~/features/relocations/units.repo.server'
import type { UnitInput } from '~/features/relocations/schemas/unit'
import { formatFte } from '~/core/relocation-labels'
import { inTransaction } from '~/server/transaction.server'
import { joinDanish } from '~/features/properties/properties.server'
import { fromMilli, toMilli } from '~/core/relocation-replay'
import { CONFLICT_MESSAGE, fail, nowIso, ok, type ServiceResult } from '~/core/result'

type Trx = Transaction<Database>

const MOVE_BY_RELOCATION =
  'Enheden er flyttet med registrerede flytninger. Brug en flytning (Flytninger) for at flytte den, så historikken bevares.'

async function referencesMissing(trx: Trx, input: UnitInput, self?: number): Promise<Record<string, string[]> | null> {
  const errors: Record<string, string[]> = {}
  if (!(await trx.selectFrom('property').select('id').where('id', '=', input.propertyId).executeTakeFirst()))
    errors.propertyId = ['Ejendommen findes ikke længere']
  if (input.parentId !== null) {
    // Walk up from the chosen parent: meeting the unit itself would make a circle.
    const seen = new Set<number>()
    let next: number | null = input.parentId
    while (next !== null && !seen.has(next)) {
      if (next === self) {
        errors.parentId = ['En enhed kan ikke ligge under sig selv eller en af sine underenheder']
        break
      }
      seen.add(next)
      const parent: Pick<Unit, 'parentId'> | undefined = await trx
        .selectFrom('unit')
        .select('parentId')
        .where('id', '=', next)
        .executeTakeFirst()
      if (!parent) {
        if (next === input.parentId) errors.parentId = ['Den overordnede enhed findes ikke længere']
        break
      }
      next = parent.parentId
    }
  }
  return Object.keys(errors).length ? errors : null
}

/**
 * Register a unit at a property from a date (today when none is given).
 * @example await createUnit(db, { name: 'Mestringsenheden', propertyId: 4, headcount: 18, ... })
 */
export async function createUnit(db: Kysely<Database>, input: UnitInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const missing = await referencesMissing(trx, input)
    if (missing) return fail('invalid', 'Noget af det, enheden henviser til, findes ikke længere.', missing)
    const now = nowIso()
    const locatedFrom = input.locatedFrom ?? todayIso()
    const id = await insertUnit(trx, { ...input, locatedFrom, createdAt: now, updatedAt: now })
    await insertLocation(trx, {
      unitId: id,
      propertyId: input.propertyId,
      headcount: input.headcount,
      fromDate: locatedFrom,
      toDate: null,
      relocationId: null,
      createdAt: now,
    })
    await recordAudit(trx, 'create', 'unit', id, null, { ...input, locatedFrom }, `Enhed oprettet: ${input.name}`)
    return ok({ id })
  })
}

/**
 * Save an edit made on `version`. A new headcount changes the part at the unit's main site; a
 * new property is a correction, allowed only before the unit has moved by a relocation.
 */
export async function editUnit(db: Kysely<Database>, id: number, version: number, input: UnitInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const current = await getUnit(trx, id)
    if (!current) return fail('not_found', 'Enheden findes ikke længere; den kan være slettet af en anden.')
    if (current.version !== version) return fail('conflict', CONFLICT_MESSAGE)
    const missing = await referencesMissing(trx, input, id)
    if (missing) return fail('invalid', 'Noget af det, enheden henviser til, findes ikke længere.', missing)
    const rows = (await currentLocations(trx, [id])).get(id) ?? []
    const moved = (await hasRecordedMoves(trx, id)) || rows.length > 1
    if (input.propertyId !== current.propertyId && moved) return fail('invalid', MOVE_BY_RELOCATION, { propertyId: [MOVE_BY_RELOCATION] })
    const main = rows.find((r) => r.propertyId === current.propertyId) ?? rows[0]
    const elsewhere = rows.filter((r) => r !== main)
    const mainMilli = toMilli(input.headcount) - elsewhere.reduce((s, r) => s + toMilli(r.headcount), 0)
    if (mainMilli < 0) {
      const where = joinDanish(elsewhere.map((r) => `${formatFte(r.headcount)} i ${r.propertyName}`))
      const message = `Enheden har ${where}; årsværk kan ikke være færre end det.`
      return fail('invalid', message, { headcount: [message] })
    }
    const now = nowIso()
    const locatedFrom = input.locatedFrom ?? current.locatedFrom
    if (!main || main.id === null) {
      await insertLocation(trx, {
        unitId: id,
        propertyId: input.propertyId,
        headcount: fromMilli(mainMilli),
        fromDate: locatedFrom ?? todayIso(),
        toDate: null,
        relocationId: null,
        createdAt: now,
      })
    } else {
      await correctLocation(
        trx,
        main.id,
        moved
          ? { headcount: fromMilli(mainMilli) }
          : { propertyId: input.propertyId, headcount: fromMilli(mainMilli), ...(locatedFrom ? { fromDate: locatedFrom } : {}) },
      )
    }
    const after = { ...input, locatedFrom, updatedAt: now }
    if (!(await updateUnit(trx, id, version, after))) return fail('conflict', CONFLICT_MESSAGE)
    await recordAudit(trx, 'update', 'unit', id, current, after, `Enhed ændret: ${input.name}`)
    return ok({ id })
  })
}

/** Delete a unit nothing refers to; otherwise say what refers to it. */
export async function removeUnit(db: Kysely<Database>, id: number): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const current = await getUnit(trx, id)
    if (!current) return fail('not_found', 'Enheden findes ikke længere.')
    const deps = await countUnitDependents(trx, id)
    const parts = [
      deps.relocations && `${deps.relocations} ${deps.relocations === 1 ? 'flytning' : 'flytninger'}`,
      deps.people && `${deps.people} navngivne medarbejdere`,
      deps.children && `${deps.children} ${deps.children === 1 ? 'underenhed' : 'underenheder'}`,
      deps.measures && `${deps.measures} ${deps.measures === 1 ? 'tiltag' : 'tiltag'} i scenarier`,
    ].filter(Boolean) as string[]
    if (parts.length) return fail('blocked', `${current.name} kan ikke slettes, fordi ${joinDanish(parts)} henviser til enheden.`)
    await deleteUnit(trx, id)
    await recordAudit(trx, 'delete', 'unit', id, current, null, `Enhed slettet: ${current.name}`)
    return ok({ id })
  })
}

// Added for properties (the property page)
import { listUnitsAtProperty } from '~/features/relocations/units.repo.server'

/** The units whose main site is the property, by name. @example await listUnitsOfProperty(db, 7) */
export function listUnitsOfProperty(db: Kysely<Database>, propertyId: number): Promise<Unit[]> {
  return listUnitsAtProperty(db, propertyId)
}
