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
