/**
 * The decided measures the register already holds, as scenario measures: lease notices and
 * sales. The baseline ("Vedtaget plan") is made of these plus the measures added to it by hand.
 */
import type { MeasureStatusText } from '#db/schema'
import type { Db } from '~/server/db.server'
import { relocationMeasureRows } from './relocation-measures.server'
import { listDatedSales, listLeaseNotices } from './scenarios.repo.server'
import type { MeasureRow } from './schemas'

export type { MeasureRow } from './schemas'

const LEASE_STATUS: Record<string, MeasureStatusText> = { terminated: 'decided', vacated: 'decided', ended: 'realised' }

const NO_RELOCATION = {
  unitId: null,
  toPropertyId: null,
  endDateOverride: null,
  operatingCostShare: null,
  headcount: null,
  refurbishmentOre: null,
  addedAnnualOperatingOre: null,
  movingCostOverrideOre: null,
}

/**
 * Measures for every tenant lease with a notice date, every sale with a takeover date, and every
 * decided or done relocation.
 * @example (await registerMeasures(db, nowIso())).filter((m) => m.kind === 'sale').length
 */
export async function registerMeasures(db: Db, now: string): Promise<MeasureRow[]> {
  // One after another: inside a transaction they share one connection.
  const leases = await listLeaseNotices(db)
  const sales = await listDatedSales(db)
  const relocations = await relocationMeasureRows(db, now)
  const base = { ...NO_RELOCATION, enabled: 1 as const, source: 'register' as const, createdAt: now }
  return [
    ...leases.map((l) => ({
      ...base,
      kind: 'lease_termination' as const,
      status: LEASE_STATUS[l.status] ?? 'decided',
      label: `Opsigelse: ${l.propertyName}`,
      leaseId: l.id,
      propertyId: null,
      effectDate: l.noticeDate!,
      priceOre: null,
      saleCostsOre: null,
    })),
    ...sales.map((s) => ({
      ...base,
      kind: 'sale' as const,
      status: (s.status === 'sold' ? 'realised' : 'decided') as MeasureStatusText,
      label: `Salg: ${s.name}`,
      leaseId: null,
      propertyId: s.propertyId,
      effectDate: s.takeoverDate!,
      priceOre: s.realisedPriceOre ?? s.expectedPriceOre ?? 0,
      saleCostsOre: s.saleCostsOre,
    })),
    ...relocations,
  ]
}
