/** Use cases for the property register; each write runs in one transaction and is audited as 'property'. */
import type { Property } from '#db/schema'
import { fail, nowIso, ok, type ServiceResult } from '~/core/result'
import { refreshLeaseSearchText } from '~/features/leases/leases.server'
import { deleteAudited, insertAudited, updateAudited } from '~/server/audited.server'
import { recordAudit } from '~/server/audit.server'
import type { Db } from '~/server/db.server'
import type { GridRequest } from '~/server/grid-query.server'
import { inTransaction } from '~/server/transaction.server'
import * as repo from './properties.repo.server'
import type { PropertyInput } from './schemas'

export { derivedPropertyFields } from './properties.repo.server'

/**
 * Register a new property.
 * @example await createProperty(db, { name: 'Hedensted Rådhus', … })
 */
export function createProperty(db: Db, input: PropertyInput): Promise<ServiceResult> {
  const now = nowIso()
  return inTransaction(db, async (trx) => {
    const values = { ...input, ...repo.derivedPropertyFields(input), createdAt: now, updatedAt: now }
    return ok({ id: await insertAudited(trx, 'property', values, input.name) })
  })
}

/**
 * Save an edit made on `version`; refused when someone else saved since. A rename also renames
 * the property in its leases' search text.
 * @example await editProperty(db, 7, 3, { …input, name: 'Hedensted Rådhus' })
 */
export function editProperty(db: Db, id: number, version: number, input: PropertyInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const changes = { ...input, ...repo.derivedPropertyFields(input), updatedAt: nowIso() }
    const gone = 'Ejendommen findes ikke længere; den kan være slettet af en anden.'
    const saved = await updateAudited(trx, 'property', id, version, changes, input.name, gone)
    if (!saved.ok) return saved
    if (saved.value.before.name !== input.name) await refreshLeaseSearchText(trx, id, input.name)
    return ok({ id })
  })
}

/**
 * Delete a property nothing refers to; otherwise say what refers to it.
 * @example await removeProperty(db, 7) // refused: '… kan ikke slettes, fordi 1 lejemål hører til ejendommen …'
 */
export function removeProperty(db: Db, id: number): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const current = await repo.getProperty(trx, id)
    if (!current) return fail('not_found', 'Ejendommen findes ikke længere.')
    const deps = await repo.countPropertyDependents(trx, id)
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
    const deleted = await deleteAudited(trx, 'property', id, current.name, 'Ejendommen findes ikke længere.')
    return deleted.ok ? ok({ id }) : deleted
  })
}

/** "a, b og c" @example joinDanish(['1 lejemål', '2 enheder', 'et salg']) // '1 lejemål, 2 enheder og et salg' */
export function joinDanish(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`
}

/** One property, or undefined. @example await getProperty(db, 7) */
export function getProperty(db: Db, id: number): Promise<Property | undefined> {
  return repo.getProperty(db, id)
}

/** Id, name and town of every property, by name, for select boxes. @example await listPropertyOptions(db) */
export function listPropertyOptions(db: Db): Promise<{ id: number; name: string; town: string }[]> {
  return repo.listPropertyOptions(db)
}

/** A page of the property grid and its total. @example await listProperties(db, parseGridRequest(url.searchParams)) */
export function listProperties(db: Db, req: GridRequest): Promise<{ rows: Property[]; total: number }> {
  return repo.listProperties(db, req)
}

/** Every property the grid's filters match, in batches, for the exports. @example streamProperties(db, req) */
export function streamProperties(db: Db, req: GridRequest): AsyncGenerator<Property[]> {
  return repo.streamProperties(db, req)
}

// Added for sales
/** A property as a sale reads it (its name, ownership and status). @example await getPropertyForSale(trx, 7) */
export function getPropertyForSale(db: Db, id: number) {
  return repo.getProperty(db, id)
}

/**
 * Keep a property's status in step with its sale (udpeget, udbudt, solgt, back in use), with the
 * property's own audit row, so its history shows why its status changed. Runs in the sale's transaction.
 * @example await setPropertyStatusForSale(trx, 7, 'sold', nowIso())
 */
export async function setPropertyStatusForSale(db: Db, id: number, status: Property['status'], updatedAt: string): Promise<void> {
  const before = await repo.getProperty(db, id)
  if (!before || before.status === status) return
  await repo.updatePropertyStatus(db, id, status, updatedAt)
  await recordAudit(db, 'update', 'property', id, before, await repo.getProperty(db, id), `${before.name}: status fra salget`)
}

// Added for import-export: the register import and the portfolio file write many properties in
// the caller's one transaction.
import type { Db as ImportDb } from '~/server/db.server'
import { recordAuditBatch } from '~/server/audit.server'
import { fail as importFailure, nowIso as importTime, ok as importOk, type ServiceResult as ImportResult } from '~/core/result'
import {
  derivedPropertyFields as derivedForImport,
  insertPropertyRows,
  listPropertiesByIds,
  overwritePropertyRow,
} from '~/features/properties/properties.repo.server'
import type { PropertyInput as ImportedPropertyInput } from '~/features/properties/schemas'

/**
 * Create imported properties inside the caller's transaction; ids in input order. With `summary`,
 * each property gets its own audit row (the register import); without, the caller records the
 * file as a whole (the portfolio file).
 * @example const ids = await createImportedProperties(trx, inputs, (p) => `${p.name} (import af ejendomme.csv)`)
 */
export async function createImportedProperties(
  db: ImportDb,
  inputs: readonly ImportedPropertyInput[],
  summary?: (input: ImportedPropertyInput) => string,
): Promise<number[]> {
  const now = importTime()
  const ids = await insertPropertyRows(
    db,
    inputs.map((input) => ({ ...input, ...derivedForImport(input), createdAt: now, updatedAt: now })),
  )
  if (summary) {
    const stored = new Map((await listPropertiesByIds(db, ids)).map((row) => [row.id, row]))
    const entries = ids.map((id, i) => ({ id, before: null, after: stored.get(id), summary: summary(inputs[i]!) }))
    await recordAuditBatch(db, 'create', 'property', entries)
  }
  return ids
}

/**
 * Overwrite properties with imported rows (the file is the newer truth), each audited before and
 * after. Refused, for the caller to roll back, when one is gone or was saved by someone meanwhile.
 * @example await overwriteImportedProperties(trx, [{ id: 7, input }], (p) => `${p.name} (import af ejendomme.xlsx)`)
 */
export async function overwriteImportedProperties(
  db: ImportDb,
  rows: readonly { id: number; input: ImportedPropertyInput }[],
  summary: (input: ImportedPropertyInput) => string,
): Promise<ImportResult<null>> {
  const ids = rows.map((r) => r.id)
  const before = new Map((await listPropertiesByIds(db, ids)).map((row) => [row.id, row]))
  const now = importTime()
  for (const { id, input } of rows) {
    const current = before.get(id)
    if (!current) return importFailure('not_found', `Ejendommen med id ${id} findes ikke længere; intet er importeret.`)
    if (!(await overwritePropertyRow(db, id, current.version, { ...input, ...derivedForImport(input), updatedAt: now })))
      return importFailure('conflict', `${input.name} blev ændret af en anden under importen; intet er importeret. Prøv igen.`)
  }
  const after = new Map((await listPropertiesByIds(db, ids)).map((row) => [row.id, row]))
  const entries = rows.map(({ id, input }) => ({ id, before: before.get(id), after: after.get(id), summary: summary(input) }))
  await recordAuditBatch(db, 'update', 'property', entries)
  return importOk(null)
}
