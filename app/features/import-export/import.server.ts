/**
 * Import properties and leases from an .xlsx or CSV file. Checking writes nothing; importing checks
 * again and writes every row in ONE transaction, only when the file has no errors at all.
 */
import type { Kysely, Transaction } from 'kysely'
import type { Database, NewLease, NewProperty } from '#db/schema'
import { recordAudit } from '~/server/audit.server'
import type { ImportReport } from '~/core/sheets/report'
import { derivedLeaseFields, getLease } from '~/features/leases/leases.repo.server'
import { derivedPropertyFields, getProperty } from '~/features/properties/properties.repo.server'
import {
  IMPORT_BATCH,
  insertLeaseBatch,
  insertPropertyBatch,
  listPropertyNames,
  overwriteLease,
  overwriteProperty,
} from '~/features/import-export/import.repo.server'
import { checkImportFile, type ImportPlan, type ProgressFn } from './import-check.server'
import { computeEndDate } from '~/features/leases/leases.server'
import { nowIso } from '~/core/result'

export type { ImportPhase, ProgressFn } from './import-check.server'
export type { ImportReport }

function toReport(plan: ImportPlan, written: ImportReport['written']): ImportReport {
  return { format: plan.format, sheets: plan.sheets, issues: plan.issues, issueCount: plan.issueCount, written }
}

/**
 * Check a file without writing anything.
 * @example const report = await checkImport(db, 'ejendomme.csv', bytes)
 */
export async function checkImport(db: Kysely<Database>, filename: string, bytes: Uint8Array, progress?: ProgressFn): Promise<ImportReport> {
  return toReport(await checkImportFile(db, filename, bytes, progress), null)
}

/**
 * Check a file and, when it has no errors, write it in one transaction. With errors nothing is written.
 * @example const report = await importFile(db, 'ejendomme.xlsx', bytes); report.written // { properties: 12, leases: 0 }
 */
export async function importFile(
  db: Kysely<Database>,
  filename: string,
  bytes: Uint8Array,
  progress: ProgressFn = () => {},
): Promise<ImportReport> {
  const plan = await checkImportFile(db, filename, bytes, progress)
  if (plan.issueCount > 0 || plan.properties.length + plan.leases.length === 0) return toReport(plan, null)
  const total = plan.properties.length + plan.leases.length
  await db.transaction().execute(async (trx) => {
    const newIds = await writeProperties(trx, plan, (n) => progress('write', n, total))
    await writeLeases(trx, plan, newIds, (n) => progress('write', plan.properties.length + n, total))
    // New rows are summarised in one entry; every overwritten record is audited with before/after above.
    const created = {
      properties: plan.properties.filter((r) => r.id === null).length,
      leases: plan.leases.filter((r) => r.id === null).length,
    }
    await recordAudit(
      trx,
      'create',
      'import',
      filename,
      null,
      { file: filename, ...created },
      `Import af ${filename}: ${created.properties} nye ejendomme, ${created.leases} nye lejemål`,
    )
  })
  progress('write', total, total)
  return toReport(plan, { properties: plan.properties.length, leases: plan.leases.length })
}

function chunks<T>(rows: T[], size = IMPORT_BATCH): T[][] {
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size))
  return out
}

/** Writes the property rows; returns the ids given to new ones, by row key. */
async function writeProperties(
  trx: Transaction<Database>,
  plan: ImportPlan,
  progress: (done: number) => void,
): Promise<Map<string, number>> {
  const now = nowIso()
  const values = (r: ImportPlan['properties'][number]) => ({ ...r.input, ...derivedPropertyFields(r.input), updatedAt: now })
  const newIds = new Map<string, number>()
  let done = 0
  for (const batch of chunks(plan.properties.filter((r) => r.id === null))) {
    const ids = await insertPropertyBatch(
      trx,
      batch.map((r): NewProperty => ({ ...values(r), createdAt: now })),
    )
    batch.forEach((r, i) => newIds.set(r.key, ids[i]!))
    progress((done += batch.length))
  }
  for (const r of plan.properties.filter((p) => p.id !== null)) {
    const before = await getProperty(trx, r.id!)
    await overwriteProperty(trx, r.id!, values(r))
    await recordAudit(trx, 'update', 'property', r.id!, before, await getProperty(trx, r.id!), `${r.input.name} (import)`)
    if (++done % IMPORT_BATCH === 0) progress(done)
  }
  return newIds
}

async function writeLeases(
  trx: Transaction<Database>,
  plan: ImportPlan,
  newIds: Map<string, number>,
  progress: (done: number) => void,
): Promise<void> {
  if (!plan.leases.length) return
  const now = nowIso()
  // Names after the property rows were written: search text includes the property's name.
  const names = new Map((await listPropertyNames(trx)).map((p) => [p.id, p.name]))
  const values = (r: ImportPlan['leases'][number]) => {
    const propertyId = 'id' in r.property ? r.property.id : newIds.get(r.property.newKey)!
    const input = { ...r.input, propertyId }
    return {
      ...input,
      ...derivedLeaseFields({ counterparty: input.counterparty, propertyName: names.get(propertyId) ?? '' }),
      endDate: computeEndDate(input),
      updatedAt: now,
    }
  }
  let done = 0
  for (const batch of chunks(plan.leases.filter((r) => r.id === null))) {
    await insertLeaseBatch(
      trx,
      batch.map((r): NewLease => ({ ...values(r), createdAt: now })),
    )
    progress((done += batch.length))
  }
  for (const r of plan.leases.filter((l) => l.id !== null)) {
    const before = await getLease(trx, r.id!)
    await overwriteLease(trx, r.id!, values(r))
    await recordAudit(trx, 'update', 'lease', r.id!, before, await getLease(trx, r.id!), `${r.input.counterparty} (import)`)
    if (++done % IMPORT_BATCH === 0) progress(done)
  }
}
