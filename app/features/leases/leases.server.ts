/** Use cases for the lease register; each runs in one transaction. */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '#db/schema'
import { leaseEndDate } from '~/core/lease-terms'
import { getProperty } from '~/features/properties/properties.repo.server'
import { deleteLease, derivedLeaseFields, getLease, insertLease, updateLease } from '~/features/leases/leases.repo.server'
import type { LeaseInput } from '~/features/leases/schemas'
import { recordAudit } from '~/server/audit.server'
import { CONFLICT_MESSAGE, fail, nowIso, ok, type ServiceResult } from '~/core/result'

/** The end date the register stores: erhvervslejeloven § 64 from the notice date, or none. */
export function computeEndDate(input: Pick<LeaseInput, 'noticeDate' | 'noticeMonths' | 'terms' | 'nonTerminableUntil'>): string | null {
  if (!input.noticeDate) return null
  return leaseEndDate({
    noticeDate: input.noticeDate,
    noticeMonths: input.noticeMonths,
    terms: input.terms,
    nonTerminableUntil: input.nonTerminableUntil,
  })
}

async function derived(trx: Transaction<Database>, input: LeaseInput) {
  const property = await getProperty(trx, input.propertyId)
  if (!property) return null
  return { ...derivedLeaseFields({ counterparty: input.counterparty, propertyName: property.name }), endDate: computeEndDate(input) }
}

const NO_PROPERTY = fail('invalid', 'Ejendommen findes ikke.', { propertyId: ['Vælg en ejendom fra listen'] })

/** Register a lease; its end date follows from the notice date. */
export async function createLease(db: Kysely<Database>, input: LeaseInput): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const extra = await derived(trx, input)
    if (!extra) return NO_PROPERTY
    const now = nowIso()
    const id = await insertLease(trx, { ...input, ...extra, createdAt: now, updatedAt: now })
    await recordAudit(trx, 'create', 'lease', id, null, await getLease(trx, id), input.counterparty)
    return ok({ id })
  })
}

/** Save an edit made on `version`; refused when someone else saved since. */
export async function editLease(db: Kysely<Database>, id: number, version: number, input: LeaseInput): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const before = await getLease(trx, id)
    if (!before) return fail('not_found', 'Lejemålet findes ikke længere; det kan være slettet af en anden.')
    const extra = await derived(trx, input)
    if (!extra) return NO_PROPERTY
    const saved = await updateLease(trx, id, version, { ...input, ...extra, updatedAt: nowIso() })
    if (!saved) return fail('conflict', CONFLICT_MESSAGE)
    await recordAudit(trx, 'update', 'lease', id, before, await getLease(trx, id), input.counterparty)
    return ok({ id })
  })
}

export async function removeLease(db: Kysely<Database>, id: number): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const before = await getLease(trx, id)
    if (!before) return fail('not_found', 'Lejemålet findes ikke længere.')
    const scenarioUses = await trx
      .selectFrom('scenarioMeasure')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('leaseId', '=', id)
      .executeTakeFirstOrThrow()
    if (Number(scenarioUses.n) > 0) {
      return fail('blocked', `Lejemålet indgår i ${scenarioUses.n} tiltag i scenarier. Fjern tiltagene fra scenarierne først.`)
    }
    await deleteLease(trx, id)
    await recordAudit(trx, 'delete', 'lease', id, before, null, before.counterparty)
    return ok({ id })
  })
}

// Added for import-export: the register import and the portfolio file write many leases in the
// caller's one transaction.
import type { Db as ImportDb } from '~/server/db.server'
import { recordAuditBatch } from '~/server/audit.server'
import { fail as importFailure, nowIso as importTime, ok as importOk, type ServiceResult as ImportResult } from '~/core/result'
import type { LeaseInput as ImportedLeaseInput } from '~/features/leases/schemas'
import {
  derivedLeaseFields as derivedForImport,
  insertLeaseRows,
  listLeasesByIds,
  overwriteLeaseRow,
} from '~/features/leases/leases.repo.server'

/** A lease from a file and the name of its property (for the search text). */
export interface ImportedLease {
  input: ImportedLeaseInput
  propertyName: string
}

function importedValues(lease: ImportedLease, now: string) {
  return {
    ...lease.input,
    ...derivedForImport({ counterparty: lease.input.counterparty, propertyName: lease.propertyName }),
    endDate: computeEndDate(lease.input),
    updatedAt: now,
  }
}

/**
 * Create imported leases inside the caller's transaction; ids in input order; end dates by § 64.
 * With `summary`, each lease gets its own audit row; without, the caller records the file as a whole.
 * @example const ids = await createImportedLeases(trx, [{ input, propertyName: 'Rårup Skole' }], (l) => l.counterparty)
 */
export async function createImportedLeases(
  db: ImportDb,
  leases: readonly ImportedLease[],
  summary?: (input: ImportedLeaseInput) => string,
): Promise<number[]> {
  const now = importTime()
  const ids = await insertLeaseRows(
    db,
    leases.map((lease) => ({ ...importedValues(lease, now), createdAt: now })),
  )
  if (summary) {
    const stored = new Map((await listLeasesByIds(db, ids)).map((row) => [row.id, row]))
    const entries = ids.map((id, i) => ({ id, before: null, after: stored.get(id), summary: summary(leases[i]!.input) }))
    await recordAuditBatch(db, 'create', 'lease', entries)
  }
  return ids
}

/**
 * Overwrite leases with imported rows (the file is the newer truth), each audited before and
 * after. Refused, for the caller to roll back, when one is gone or was saved by someone meanwhile.
 * @example await overwriteImportedLeases(trx, [{ id: 3, lease: { input, propertyName: 'Rårup Skole' } }], (l) => l.counterparty)
 */
export async function overwriteImportedLeases(
  db: ImportDb,
  rows: readonly { id: number; lease: ImportedLease }[],
  summary: (input: ImportedLeaseInput) => string,
): Promise<ImportResult<null>> {
  const ids = rows.map((r) => r.id)
  const before = new Map((await listLeasesByIds(db, ids)).map((row) => [row.id, row]))
  const now = importTime()
  for (const { id, lease } of rows) {
    const current = before.get(id)
    if (!current) return importFailure('not_found', `Lejemålet med id ${id} findes ikke længere; intet er importeret.`)
    if (!(await overwriteLeaseRow(db, id, current.version, importedValues(lease, now))))
      return importFailure(
        'conflict',
        `${lease.input.counterparty} blev ændret af en anden under importen; intet er importeret. Prøv igen.`,
      )
  }
  const after = new Map((await listLeasesByIds(db, ids)).map((row) => [row.id, row]))
  const entries = rows.map(({ id, lease }) => ({ id, before: before.get(id), after: after.get(id), summary: summary(lease.input) }))
  await recordAuditBatch(db, 'update', 'lease', entries)
  return importOk(null)
}
