/**
 * An alternative's measures in the interchange format's measure shape (docs/interchange.md),
 * with the keys an export of the same database gives: `property-1`, … in id order.
 */
import type { GoalSeekAlternative, GoalSeekInput } from '~/core/goal-seek'
import type { MeasureRecord } from '~/features/import-export/interchange-schema'

function keys(prefix: string, rows: readonly { id: number }[]): Map<number, string> {
  const sorted = [...rows].sort((a, b) => a.id - b.id)
  return new Map(sorted.map((r, i) => [r.id, `${prefix}-${i + 1}`]))
}

/**
 * @example interchangeMeasures(input, alternative)[0] // { kind: 'sale', status: 'proposal', propertyKey: 'property-3', … }
 */
export function interchangeMeasures(input: GoalSeekInput, alternative: GoalSeekAlternative, labels: readonly string[]): MeasureRecord[] {
  const property = keys('property', input.properties)
  const lease = keys('lease', input.leases)
  const unit = keys('unit', input.units)
  return alternative.measures.map(({ measure: m }, i): MeasureRecord => {
    const base = { status: 'proposal' as const, enabled: true, label: labels[i] ?? '', source: 'manual' as const }
    switch (m.kind) {
      case 'lease_termination':
        return {
          kind: m.kind,
          ...base,
          effectDate: m.noticeDate,
          leaseKey: lease.get(m.leaseId)!,
          endDateOverride: m.endDateOverride ?? null,
        }
      case 'sale':
        return {
          kind: m.kind,
          ...base,
          effectDate: m.takeoverDate,
          propertyKey: property.get(m.propertyId)!,
          priceOre: m.priceOre,
          saleCostsOre: m.saleCostsOre,
        }
      case 'closure':
        return {
          kind: m.kind,
          ...base,
          effectDate: m.date,
          propertyKey: property.get(m.propertyId)!,
          operatingCostShare: m.operatingCostShare,
        }
      case 'relocation':
        return {
          kind: m.kind,
          ...base,
          effectDate: m.date,
          unitKey: unit.get(m.unitId)!,
          fromPropertyKey: property.get(m.fromPropertyId)!,
          toPropertyKey: property.get(m.toPropertyId)!,
          headcount: m.headcount,
          refurbishmentOre: m.refurbishmentOre,
          addedAnnualOperatingOre: m.addedAnnualOperatingOre,
          movingCostOverrideOre: m.movingCostOverrideOre ?? null,
        }
    }
  })
}
