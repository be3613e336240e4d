/** Use cases for the property register; each runs in one transaction. */
import type { Kysely } from 'kysely'
import type { Database } from '#db/schema'
import {
  countPropertyDependents,
  deleteProperty,
  derivedPropertyFields,
  getProperty,
  insertProperty,
  updateProperty,
  updatePropertyStatus,
} from '~/features/properties/properties.repo.server'
import { refreshLeaseSearchText } from '~/features/leases/leases.repo.server'
import type { PropertyInput } from '~/features/properties/schemas'
import { recordAudit } from '~/server/audit.server'
import { CONFLICT_MESSAGE, fail, nowIso, ok, type ServiceResult } from '~/core/result'

/**
 * Register a new property.
 * @example await createProperty(db, { name: 'Hedensted Rådhus', … })
 */
export async function createProperty(db: Kysely<Database>, input: PropertyInput): Promise<ServiceResult> {
  const now = nowIso()
  const id = await db.transaction().execute(async (trx) => {
    const newId = await insertProperty(trx, { ...input, ...derivedPropertyFields(input), createdAt: now, updatedAt: now })
    await recordAudit(trx, 'create', 'property', newId, null, await getProperty(trx, newId), input.name)
    return newId
  })
  return ok({ id })
}

/** Save an edit made on `version`; refused when someone else saved since. */
export async function editProperty(db: Kysely<Database>, id: number, version: number, input: PropertyInput): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const current = await getProperty(trx, id)
    if (!current) return fail('not_found', 'Ejendommen findes ikke længere; den kan være slettet af en anden.')
    const saved = await updateProperty(trx, id, version, { ...input, ...derivedPropertyFields(input), updatedAt: nowIso() })
    if (!saved) return fail('conflict', CONFLICT_MESSAGE)
    if (current.name !== input.name) await refreshLeaseSearchText(trx, id, input.name)
    await recordAudit(trx, 'update', 'property', id, current, await getProperty(trx, id), input.name)
    return ok({ id })
  })
}

/** Delete a property nothing refers to; otherwise say what refers to it. */
export async function removeProperty(db: Kysely<Database>, id: number): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const current = await getProperty(trx, id)
    if (!current) return fail('not_found', 'Ejendommen findes ikke længere.')
    const deps = await countPropertyDependents(trx, id)
    const parts = [
      deps.leases && `${deps.leases} lejemål`,
      deps.units && `${deps.units} ${deps.units === 1 ? 'enhed' : 'enheder'}`,
      deps.sales && `et salg`,
      deps.measures && `${deps.measures} tiltag i scenarier`,
    ].filter(Boolean)
    if (parts.length) {
      return fail(
        'blocked',
        `${current.name} kan ikke slettes, fordi ${joinDanish(parts as string[])} hører til ejendommen. Slet eller flyt dem først.`,
      )
    }
    await deleteProperty(trx, id)
    await recordAudit(trx, 'delete', 'property', id, current, null, current.name)
    return ok({ id })
  })
}

/** "a, b og c" */
export function joinDanish(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`
}

// Added for sales
/** A property as a sale reads it (its name, ownership and status). @example await getPropertyForSale(trx, 7) */
export function getPropertyForSale(db: Kysely<Database>, id: number) {
  return getProperty(db, id)
}

/**
 * Keep a property's status in step with its sale (udpeget, udbudt, solgt, back in use).
 * @example await setPropertyStatusForSale(trx, 7, 'sold', nowIso())
 */
export function setPropertyStatusForSale(db: Kysely<Database>, id: number, status: Database['property']['status'], updatedAt: string) {
  return updatePropertyStatus(db, id, status, updatedAt)
}
