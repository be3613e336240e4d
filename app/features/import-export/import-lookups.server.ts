/**
 * What the import check knows of the register. In the check's worker thread, read through its own
 * connection (import-check.worker.server.ts): every record's index entry (what a row is matched
 * on), and the full stored records only of the entries a piece of the file's rows may match, with
 * their consumption years, read a piece at a time and let go after. Handed over whole otherwise
 * (`registerLookups`: a transaction the worker cannot see).
 */
import { consumptionByProperty } from '~/features/properties/consumption.server'
import type { Db } from '~/server/db.server'
import type { RegisterSource, StoredRecord } from './duplicates'
import type { ImportLookups } from './import-check.server'
import { readImportLookups, readRegisterIndex, readStoredRecords, RECORDS_PER_QUERY } from './import.repo.server'

/** @example const { properties, leaseIds, register } = await registerLookups(db) */
export async function registerLookups(db: Db) {
  const [lookups, years] = await Promise.all([readImportLookups(db), consumptionByProperty(db)])
  for (const p of lookups.register.properties) p.consumption = years.get(p.id) ?? []
  return lookups
}

/** The register as the check reads it, with the stored rows (for duplicates and the stamp). */
export type RegisterLookups = Awaited<ReturnType<typeof registerLookups>>

/** The stored records of these entries, properties with their years; `moved` when one changed or went since its entry was read. */
async function storedRecords(db: Db, kind: 'properties' | 'leases', entries: readonly { id: number; version: number }[]) {
  const records: StoredRecord[] = []
  for (let i = 0; i < entries.length; i += RECORDS_PER_QUERY) {
    const ids = entries.slice(i, i + RECORDS_PER_QUERY).map((e) => e.id)
    const piece = await readStoredRecords(db, kind === 'properties' ? 'property' : 'lease', ids)
    if (kind === 'properties') {
      const years = await consumptionByProperty(db, ids)
      for (const p of piece) p.consumption = years.get(p.id) ?? []
    }
    records.push(...piece)
  }
  const versions = new Map(records.map((r) => [r.id, Number(r.version)]))
  const moved = entries.some((e) => versions.get(e.id) !== Number(e.version))
  return { records, moved }
}

/**
 * The register as an index and a source of stored records (see above): for a national register
 * some tens of MB in the check's worker instead of the whole of every record.
 * @example const lookups = await registerIndexLookups(db); await lookups.register.records('properties', [entry])
 */
export async function registerIndexLookups(db: Db): Promise<ImportLookups & { register: RegisterSource }> {
  const index = await readRegisterIndex(db)
  let moved = false
  const register: RegisterSource = {
    ...index,
    async records(kind, entries): Promise<StoredRecord[]> {
      const read = await storedRecords(db, kind, entries)
      moved ||= read.moved
      return read.records
    },
    get moved() {
      return moved
    },
  }
  return { properties: index.properties, leaseIds: index.leases.map((l) => l.id), register }
}
