/**
 * What the import check knows of the register: every property's id and name, every lease id, the
 * stored properties (with their consumption years, so a file's year is compared with them) and
 * leases. Read in the check's worker thread through its own connection (import-check.worker.server.ts).
 */
import { consumptionByProperty } from '~/features/properties/consumption.server'
import type { Db } from '~/server/db.server'
import { readImportLookups } from './import.repo.server'

/** @example const { properties, leaseIds, register } = await registerLookups(db) */
export async function registerLookups(db: Db) {
  const [lookups, years] = await Promise.all([readImportLookups(db), consumptionByProperty(db)])
  for (const p of lookups.register.properties) p.consumption = years.get(p.id) ?? []
  return lookups
}

/** The register as the check reads it, with the stored rows (for duplicates and the stamp). */
export type RegisterLookups = Awaited<ReturnType<typeof registerLookups>>
