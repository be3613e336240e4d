/**
 * Import properties and leases from an .xlsx or CSV file. The file is read and checked in a worker
 * thread (import-worker.server.ts); checking writes nothing. Importing checks again and writes
 * every row in ONE transaction, only when the file has no errors at all, one audit row per record,
 * reporting progress while it writes. Rows already in the register (duplicates.ts) are skipped
 * when unchanged and updated when changed, unless the user chose otherwise.
 */
import { createImportedLeases, overwriteImportedLeases, refreshLeaseSearchText } from '~/features/leases/leases.server'
import { createImportedProperties, overwriteImportedProperties } from '~/features/properties/properties.server'
import { saveImportedConsumption } from '~/features/properties/consumption.server'
import type { DuplicateChoices, ImportReport } from '~/core/sheets/report'
import { ok, type ServiceResult } from '~/core/result'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import { databaseUrlOf } from '#db/connection'
import { DEFAULT_CHOICES } from './duplicates'
import type { ImportPlan, ProgressFn } from './import-check.server'
import { registerLookups } from './import-lookups.server'
import { readPropertyNames } from './import.repo.server'
import { ImportCheckError, runImportCheck } from './import-worker.server'

export type { ImportPhase, ProgressFn } from './import-check.server'
export type { ImportReport }

/** Rows written between two progress reports (and two pauses that let the progress reach the browser). */
const WRITE_BATCH = 500

/** What the user decided after the check: choices for rows already in the register, and the register stamp the check saw. */
export interface ImportOptions {
  choices?: DuplicateChoices
  /** The check's `registerStamp`; when the register has moved since, the import is refused. */
  stamp?: string
  /**
   * The bytes are the caller's to give up (an upload): they move to the checking worker instead of
   * being copied, so a national file is not held twice while it is checked. The caller must not
   * read them afterwards.
   */
  handOver?: boolean
}

/** A checked file and what the register looked like when it was checked. */
type Checked = ImportPlan & { stamp: string; names: Map<number, string> }

/** Where the worker finds the register: this database's location, or (a transaction) the lookups read here. */
async function registerFor(db: Db): Promise<Parameters<typeof runImportCheck>[2]> {
  const databaseUrl = databaseUrlOf(db)
  return databaseUrl ? { databaseUrl } : { lookups: await registerLookups(db) }
}

function toReport(plan: Checked, written: ImportReport['written']): ImportReport {
  const { format, sheets, issues, issueCount } = plan
  return { format, sheets, issues, issueCount, written, duplicates: { ...plan.duplicates, registerStamp: plan.stamp } }
}

/** A file the check could not read at all, reported like any other file issue. */
function failedReport(filename: string, message: string): ImportReport {
  const issues = [{ sheet: filename, row: 0, column: '', value: '', message }]
  return { format: null, sheets: [], issues, issueCount: 1, written: null, duplicates: null }
}

const MOVED = 'Registret er ændret, siden filen blev kontrolleret; intet er gemt. Kontrollér filen igen, og vælg igen.'

async function plan(
  db: Db,
  filename: string,
  bytes: Uint8Array,
  progress: ProgressFn,
  signal: AbortSignal | undefined,
  options: ImportOptions,
  reportOnly = false,
) {
  progress('read', 0, 1)
  const choices = options.choices ?? DEFAULT_CHOICES
  const checked = await runImportCheck(filename, bytes, await registerFor(db), progress, signal, choices, reportOnly, options.handOver)
  return { ...checked, names: new Map(checked.names) }
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
  options: ImportOptions = {},
): Promise<ImportReport> {
  try {
    return toReport(await plan(db, filename, bytes, progress, signal, options, true), null)
  } catch (error) {
    if (error instanceof ImportCheckError) return failedReport(filename, error.message)
    throw error
  }
}

const writes = (rows: readonly { action: string }[]) => rows.filter((r) => r.action !== 'skip').length

/**
 * Check a file and, when it has no errors, write it in one transaction. With errors nothing is
 * written; nor when every row is already in the register unchanged (or skipped).
 * @example const report = await importFile(db, 'ejendomme.xlsx', bytes); report.written // { properties: 12, leases: 0 }
 */
export async function importFile(
  db: Db,
  filename: string,
  bytes: Uint8Array,
  progress: ProgressFn = () => {},
  signal?: AbortSignal,
  options: ImportOptions = {},
): Promise<ImportReport> {
  let checked: Checked
  try {
    checked = await plan(db, filename, bytes, progress, signal, options)
  } catch (error) {
    if (error instanceof ImportCheckError) return failedReport(filename, error.message)
    throw error
  }
  if (options.stamp !== undefined && options.stamp !== checked.stamp) return failedReport(filename, MOVED)
  const total = writes(checked.properties) + writes(checked.leases)
  if (checked.issueCount > 0 || total === 0) return toReport(checked, null)
  let done = 0
  const step = async (rows: number) => {
    progress('write', (done += rows), total)
    // Let the progress line leave for the browser before the next batch.
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
  const written = await inTransaction(db, async (trx) => writePlan(trx, checked, filename, step))
  if (!written.ok) return failedReport(filename, written.message)
  progress('write', total, total)
  return toReport(checked, { properties: writes(checked.properties), leases: writes(checked.leases) })
}

function chunks<T>(rows: readonly T[], size = WRITE_BATCH): T[][] {
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size))
  return out
}

/**
 * Properties first (a lease may name a property of the same file), then leases; each record
 * audited. Skipped rows write nothing; a lease on a skipped or updated property row goes to
 * that property.
 */
async function writePlan(trx: Db, plan: Checked, filename: string, step: (rows: number) => Promise<void>): Promise<ServiceResult<null>> {
  const source = `import af ${filename}`
  const idOfKey = new Map(plan.properties.filter((r) => r.target !== null).map((r) => [r.key, r.target!]))
  for (const batch of chunks(plan.properties.filter((r) => r.action === 'create'))) {
    const ids = await createImportedProperties(
      trx,
      batch.map((r) => r.input),
      (p) => `${p.name} (${source})`,
    )
    batch.forEach((r, i) => idOfKey.set(r.key, ids[i]!))
    await step(batch.length)
  }
  const saved = await updateProperties(trx, plan, source, step)
  if (!saved.ok) return saved
  const consumption = plan.properties
    .filter((r) => r.consumption && r.action !== 'skip')
    .map((r) => ({ propertyId: idOfKey.get(r.key)!, name: r.input.name, year: r.consumption! }))
  const years = await saveImportedConsumption(trx, consumption, source)
  if (!years.ok) return years
  // Names as they are after the property rows were written: a lease's search text has its property's name.
  const names = plan.leases.length ? await readPropertyNames(trx) : new Map<number, string>()
  const leaseOf = (r: ImportPlan['leases'][number]) => {
    const propertyId = 'id' in r.property ? r.property.id : idOfKey.get(r.property.newKey)!
    return { input: { ...r.input, propertyId }, propertyName: names.get(propertyId) ?? '' }
  }
  for (const batch of chunks(plan.leases.filter((r) => r.action === 'create'))) {
    await createImportedLeases(trx, batch.map(leaseOf), (l) => `${l.counterparty} (${source})`)
    await step(batch.length)
  }
  for (const batch of chunks(plan.leases.filter((r) => r.action === 'update'))) {
    const rows = batch.map((r) => ({ id: r.target!, lease: leaseOf(r) }))
    const saved = await overwriteImportedLeases(trx, rows, (l) => `${l.counterparty} (${source})`)
    if (!saved.ok) return saved
    await step(batch.length)
  }
  return ok(null)
}

/** Updated properties, audited; a renamed one renames itself in its leases' search text. */
async function updateProperties(trx: Db, plan: Checked, source: string, step: (rows: number) => Promise<void>) {
  // A row that changes only its consumption year leaves the property as it is.
  for (const batch of chunks(plan.properties.filter((r) => r.action === 'update' && r.propertyChanged !== false))) {
    const rows = batch.map((r) => ({ id: r.target!, input: r.input }))
    const saved = await overwriteImportedProperties(trx, rows, (p) => `${p.name} (${source})`)
    if (!saved.ok) return saved
    for (const r of rows) if (plan.names.get(r.id) !== r.input.name) await refreshLeaseSearchText(trx, r.id, r.input.name)
    await step(batch.length)
  }
  return ok(null)
}
