/**
 * Use cases for the lease register; each write runs in one transaction and is audited as 'lease'.
 * This module reads the lease's property through its own repo, so the property service may call
 * it (on a rename) without an import circle.
 */
import type { Lease } from '#db/schema'
import { leaseEndDate } from '~/core/lease-terms'
import { fail, nowIso, ok, type ServiceResult } from '~/core/result'
import { deleteAudited, insertAudited, updateAudited } from '~/server/audited.server'
import type { Db } from '~/server/db.server'
import type { GridRequest } from '~/server/grid-query.server'
import { inTransaction } from '~/server/transaction.server'
import * as repo from './leases.repo.server'
import type { LeaseInput } from './schemas'
import type { LeaseRow } from './types'

export { derivedLeaseFields } from './leases.repo.server'

/**
 * The end date the register stores: erhvervslejeloven § 64 from the notice date, or none.
 * @example computeEndDate({ noticeDate: '2024-02-10', noticeMonths: 3, terms: 'month', nonTerminableUntil: null }) // '2024-05-31'
 */
export function computeEndDate(input: Pick<LeaseInput, 'noticeDate' | 'noticeMonths' | 'terms' | 'nonTerminableUntil'>): string | null {
  if (!input.noticeDate) return null
  return leaseEndDate({
    noticeDate: input.noticeDate,
    noticeMonths: input.noticeMonths,
    terms: input.terms,
    nonTerminableUntil: input.nonTerminableUntil,
  })
}

async function derived(trx: Db, input: LeaseInput) {
  const propertyName = await repo.getPropertyName(trx, input.propertyId)
  if (propertyName === undefined) return null
  return { ...repo.derivedLeaseFields({ counterparty: input.counterparty, propertyName }), endDate: computeEndDate(input) }
}

const NO_PROPERTY = fail('invalid', 'Ejendommen findes ikke.', { propertyId: ['Vælg en ejendom fra listen'] })

/**
 * Register a lease; its end date follows from the notice date.
 * @example await createLease(db, { propertyId: 7, direction: 'tenant', counterparty: 'Udlejer A/S', … })
 */
export function createLease(db: Db, input: LeaseInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const extra = await derived(trx, input)
    if (!extra) return NO_PROPERTY
    const now = nowIso()
    const id = await insertAudited(trx, 'lease', { ...input, ...extra, createdAt: now, updatedAt: now }, input.counterparty)
    return ok({ id })
  })
}

/**
 * Save an edit made on `version`; refused when someone else saved since.
 * @example await editLease(db, 3, 1, { …input, noticeDate: '2024-02-10', status: 'terminated' })
 */
export function editLease(db: Db, id: number, version: number, input: LeaseInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const gone = 'Lejemålet findes ikke længere; det kan være slettet af en anden.'
    if (!(await repo.getLease(trx, id))) return fail('not_found', gone)
    const extra = await derived(trx, input)
    if (!extra) return NO_PROPERTY
    const saved = await updateAudited(trx, 'lease', id, version, { ...input, ...extra, updatedAt: nowIso() }, input.counterparty, gone)
    return saved.ok ? ok({ id }) : saved
  })
}

/**
 * Delete a lease no scenario measure names; otherwise say so.
 * @example await removeLease(db, 3)
 */
export function removeLease(db: Db, id: number): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const before = await repo.getLease(trx, id)
    if (!before) return fail('not_found', 'Lejemålet findes ikke længere.')
    const measures = await repo.countLeaseMeasures(trx, id)
    if (measures > 0) {
      return fail('blocked', `Lejemålet indgår i ${measures} tiltag i scenarier. Fjern tiltagene fra scenarierne først.`)
    }
    const deleted = await deleteAudited(trx, 'lease', id, before.counterparty, 'Lejemålet findes ikke længere.')
    return deleted.ok ? ok({ id }) : deleted
  })
}

/** One lease with its property's name, or undefined. @example await getLease(db, 3) */
export function getLease(db: Db, id: number): Promise<LeaseRow | undefined> {
  return repo.getLease(db, id)
}

/** A page of the lease grid and its total. @example await listLeases(db, parseGridRequest(url.searchParams)) */
export function listLeases(db: Db, req: GridRequest): Promise<{ rows: LeaseRow[]; total: number }> {
  return repo.listLeases(db, req)
}

/** Every lease the grid's filters match, in batches, for the exports. @example streamLeases(db, req) */
export function streamLeases(db: Db, req: GridRequest): AsyncGenerator<LeaseRow[]> {
  return repo.streamLeases(db, req)
}

/** The leases on one property. @example await listLeasesOfProperty(db, 7) */
export function listLeasesOfProperty(db: Db, propertyId: number): Promise<Lease[]> {
  return repo.listLeasesOfProperty(db, propertyId)
}

/**
 * Keep the leases' search text in step with a renamed property (run in the rename's transaction).
 * @example await refreshLeaseSearchText(trx, 7, 'Hedensted Rådhus')
 */
export function refreshLeaseSearchText(db: Db, propertyId: number, propertyName: string): Promise<void> {
  return repo.refreshLeaseSearchText(db, propertyId, propertyName)
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
