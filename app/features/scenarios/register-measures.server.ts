/**
 * The decided measures the register already holds, as scenario measures: lease notices and
 * sales. The baseline ("Vedtaget plan") is made of these plus the measures added to it by hand.
 */
import type { Kysely, Transaction } from 'kysely'
import type { Database, MeasureStatusText } from '#db/schema'
import type { MeasureRow } from './schemas'
import { relocationMeasureRows } from './relocation-measures.server'

type Db = Kysely<Database> | Transaction<Database>
export type { MeasureRow } from './schemas'

const LEASE_STATUS: Record<string, MeasureStatusText> = { terminated: 'decided', vacated: 'decided', ended: 'realised' }

/** Measures for every tenant lease with a notice date, every sale with a takeover date, and every decided or done relocation. */
export async function registerMeasures(db: Db, now: string): Promise<MeasureRow[]> {
  const leases = await db
    .selectFrom('lease')
    .innerJoin('property', 'property.id', 'lease.propertyId')
    .select(['lease.id', 'lease.noticeDate', 'lease.status', 'lease.counterparty', 'property.name as propertyName'])
    .where('lease.direction', '=', 'tenant')
    .where('lease.noticeDate', 'is not', null)
    .orderBy('lease.id')
    .execute()
  const sales = await db
    .selectFrom('sale')
    .innerJoin('property', 'property.id', 'sale.propertyId')
    .select([
      'sale.propertyId',
      'sale.status',
      'sale.takeoverDate',
      'sale.expectedPriceOre',
      'sale.realisedPriceOre',
      'sale.saleCostsOre',
      'property.name',
    ])
    .where('sale.status', '<>', 'withdrawn')
    .where('sale.takeoverDate', 'is not', null)
    .orderBy('sale.id')
    .execute()
  const base = {
    enabled: 1 as const,
    source: 'register' as const,
    createdAt: now,
    unitId: null,
    toPropertyId: null,
    endDateOverride: null,
    operatingCostShare: null,
    headcount: null,
    refurbishmentOre: null,
    addedAnnualOperatingOre: null,
    movingCostOverrideOre: null,
  }
  // Decided and done relocations from the relocation register (app/services/relocation-measures.server.ts).
  const relocations = await relocationMeasureRows(db, now)
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
