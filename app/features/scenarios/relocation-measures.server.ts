/** The register's decided and done relocations as scenario measures (for the baseline). */
import { effectiveRelocations, MEASURE_STATUS } from '~/core/relocation-replay'
import { listRelocationsForMeasures, loadEngineUnits } from '~/features/relocations/engine-units.server'
import type { Db } from '~/server/db.server'
import type { MeasureRow } from './schemas'

/**
 * 'Tættere Sammen: PPR' inside a rotation, else 'Flytning: PPR til Juelsminde Rådhus'.
 * @example relocationLabel({ rotationName: null, unitName: 'PPR', toPropertyName: 'Juelsminde Rådhus' })
 */
export function relocationLabel(r: { rotationName: string | null; unitName: string; toPropertyName: string }): string {
  return r.rotationName ? `${r.rotationName}: ${r.unitName}` : `Flytning: ${r.unitName} til ${r.toPropertyName}`
}

/**
 * Decided relocations become decided measures, done ones realised; ideas and plans stay out of
 * the decided plan. A done move that emptied its origin moves the unit's whole part there.
 *
 * @example await relocationMeasureRows(db, nowIso()) // [{ kind: 'relocation', status: 'realised', ... }]
 */
export async function relocationMeasureRows(db: Db, now: string): Promise<MeasureRow[]> {
  const kept = await listRelocationsForMeasures(db)
  if (kept.length === 0) return []
  const units = await loadEngineUnits(
    db,
    kept.filter((r) => r.status === 'done'),
  )
  return effectiveRelocations(units, kept).map((r) => ({
    kind: 'relocation' as const,
    status: MEASURE_STATUS[r.status],
    enabled: 1 as const,
    source: 'register' as const,
    createdAt: now,
    label: relocationLabel(r),
    leaseId: null,
    propertyId: r.fromPropertyId,
    unitId: r.unitId,
    toPropertyId: r.toPropertyId,
    effectDate: r.date,
    endDateOverride: null,
    priceOre: null,
    saleCostsOre: null,
    operatingCostShare: null,
    headcount: r.headcount,
    refurbishmentOre: r.refurbishmentOre,
    addedAnnualOperatingOre: r.addedAnnualOperatingOre,
    movingCostOverrideOre: r.movingCostOre,
  }))
}
