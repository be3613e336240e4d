/**
 * Import properties and leases from an .xlsx or CSV file. The file is read and checked in a worker
 * thread (import-worker.server.ts); checking writes nothing. Importing checks again and writes
 * every row in ONE transaction, only when the file has no errors at all, one audit row per record,
 * reporting progress while it writes.
 */
import { createImportedLeases, overwriteImportedLeases } from '~/features/leases/leases.server'
import { createImportedProperties, overwriteImportedProperties } from '~/features/properties/properties.server'
import type { ImportReport } from '~/core/sheets/report'
import { ok, type ServiceResult } from '~/core/result'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import type { ImportPlan, ProgressFn } from './import-check.server'
import { readImportLookups } from './import.repo.server'
import { ImportCheckError, runImportCheck } from './import-worker.server'

export type { ImportPhase, ProgressFn } from './import-check.server'
export type { ImportReport }

/** Rows written between two progress reports (and two pauses that let the progress reach the browser). */
const WRITE_BATCH = 500

function toReport(plan: ImportPlan, written: ImportReport['written']): ImportReport {
  return { format: plan.format, sheets: plan.sheets, issues: plan.issues, issueCount: plan.issueCount, written }
}

/** A file the check could not read at all, reported like any other file issue. */
function failedReport(filename: string, message: string): ImportReport {
  return { format: null, sheets: [], issues: [{ sheet: filename, row: 0, column: '', value: '', message }], issueCount: 1, written: null }
}

async function plan(db: Db, filename: string, bytes: Uint8Array, progress: ProgressFn, signal?: AbortSignal) {
  progress('read', 0, 1)
  return runImportCheck(filename, bytes, await readImportLookups(db), progress, signal)
}

/**
 * Check a file without writing anything.
 * @example const report = await checkImport(db, 'ejendomme.csv', bytes)
 */
export async function checkImport(
  db: Db,
  filename: string,
  bytes: Uint8Array,
  progress: ProgressFn = () => {},
  signal?: AbortSignal,
): Promise<ImportReport> {
  try {
    return toReport(await plan(db, filename, bytes, progress, signal), null)
  } catch (error) {
    if (error instanceof ImportCheckError) return failedReport(filename, error.message)
    throw error
  }
}

/**
 * Check a file and, when it has no errors, write it in one transaction. With errors nothing is written.
 * @example const report = await importFile(db, 'ejendomme.xlsx', bytes); report.written // { properties: 12, leases: 0 }
 */
export async function importFile(
  db: Db,
  filename: string,
  bytes: Uint8Array,
  progress: ProgressFn = () => {},
  signal?: AbortSignal,
): Promise<ImportReport> {
  let checked: ImportPlan
  try {
    checked = await plan(db, filename, bytes, progress, signal)
  } catch (error) {
    if (error instanceof ImportCheckError) return failedReport(filename, error.message)
    throw error
  }
  if (checked.issueCount > 0 || checked.properties.length + checked.leases.length === 0) return toReport(checked, null)
  const total = checked.properties.length + checked.leases.length
  let done = 0
  const step = async (rows: number) => {
    progress('write', (done += rows), total)
    // Let the progress line leave for the browser before the next batch.
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
  const written = await inTransaction(db, async (trx) => writePlan(trx, checked, filename, step))
  if (!written.ok) return failedReport(filename, written.message)
  progress('write', total, total)
  return toReport(checked, { properties: checked.properties.length, leases: checked.leases.length })
}

function chunks<T>(rows: readonly T[], size = WRITE_BATCH): T[][] {
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size))
  return out
}

/** Properties first (a lease may name a property of the same file), then leases; each record audited. */
async function writePlan(trx: Db, plan: ImportPlan, filename: string, step: (rows: number) => Promise<void>): Promise<ServiceResult<null>> {
  const source = `import af ${filename}`
  const newIds = new Map<string, number>()
  for (const batch of chunks(plan.properties.filter((r) => r.id === null))) {
    const ids = await createImportedProperties(
      trx,
      batch.map((r) => r.input),
      (p) => `${p.name} (${source})`,
    )
    batch.forEach((r, i) => newIds.set(r.key, ids[i]!))
    await step(batch.length)
  }
  for (const batch of chunks(plan.properties.filter((r) => r.id !== null))) {
    const rows = batch.map((r) => ({ id: r.id!, input: r.input }))
    const saved = await overwriteImportedProperties(trx, rows, (p) => `${p.name} (${source})`)
    if (!saved.ok) return saved
    await step(batch.length)
  }
  // Names as they are after the property rows were written: a lease's search text has its property's name.
  const names = plan.leases.length ? await readPropertyNames(trx) : new Map<number, string>()
  const leaseOf = (r: ImportPlan['leases'][number]) => {
    const propertyId = 'id' in r.property ? r.property.id : newIds.get(r.property.newKey)!
    return { input: { ...r.input, propertyId }, propertyName: names.get(propertyId) ?? '' }
  }
  for (const batch of chunks(plan.leases.filter((r) => r.id === null))) {
    await createImportedLeases(trx, batch.map(leaseOf), (l) => `${l.counterparty} (${source})`)
    await step(batch.length)
  }
  for (const batch of chunks(plan.leases.filter((r) => r.id !== null))) {
    const rows = batch.map((r) => ({ id: r.id!, lease: leaseOf(r) }))
    const saved = await overwriteImportedLeases(trx, rows, (l) => `${l.counterparty} (${source})`)
    if (!saved.ok) return saved
    await step(batch.length)
  }
  return ok(null)
}

async function readPropertyNames(trx: Db): Promise<Map<number, string>> {
  const lookups = await readImportLookups(trx)
  return new Map(lookups.properties.map((p) => [p.id, p.name]))
}
