/** An alternative's engine measures as scenario measure rows (status 'proposal'), with Danish labels. */
import type { GoalSeekAlternative, GoalSeekInput } from '~/core/goal-seek'
import type { Measure } from '~/core/savings'
import { EMPTY_MEASURE_FIELDS, type MeasureRow } from '~/features/scenarios/schemas'

function names(input: GoalSeekInput) {
  const property = new Map(input.properties.map((p) => [p.id, p.name]))
  const lease = new Map(input.leases.map((l) => [l.id, property.get(l.propertyId) ?? l.name]))
  const unit = new Map(input.units.map((u) => [u.id, u.name]))
  return { property, lease, unit }
}

type Names = ReturnType<typeof names>

function row(m: Measure, n: Names): Omit<MeasureRow, 'enabled' | 'source' | 'createdAt' | 'status'> {
  switch (m.kind) {
    case 'lease_termination':
      return {
        ...EMPTY_MEASURE_FIELDS,
        kind: m.kind,
        label: `Opsigelse: ${n.lease.get(m.leaseId)}`,
        leaseId: m.leaseId,
        effectDate: m.noticeDate,
      }
    case 'sale':
      return {
        ...EMPTY_MEASURE_FIELDS,
        kind: m.kind,
        label: `Salg: ${n.property.get(m.propertyId)}`,
        propertyId: m.propertyId,
        effectDate: m.takeoverDate,
        priceOre: m.priceOre,
        saleCostsOre: m.saleCostsOre,
      }
    case 'closure':
      return {
        ...EMPTY_MEASURE_FIELDS,
        kind: m.kind,
        label: `${m.operatingCostShare < 1 ? 'Delvis lukning' : 'Lukning'}: ${n.property.get(m.propertyId)}`,
        propertyId: m.propertyId,
        effectDate: m.date,
        operatingCostShare: m.operatingCostShare,
      }
    case 'relocation':
      return {
        ...EMPTY_MEASURE_FIELDS,
        kind: m.kind,
        label: `Flytning: ${n.unit.get(m.unitId)} til ${n.property.get(m.toPropertyId)}`,
        propertyId: m.fromPropertyId,
        unitId: m.unitId,
        toPropertyId: m.toPropertyId,
        effectDate: m.date,
        headcount: m.headcount,
        refurbishmentOre: m.refurbishmentOre,
        addedAnnualOperatingOre: m.addedAnnualOperatingOre,
        movingCostOverrideOre: m.movingCostOverrideOre ?? null,
      }
  }
}

/**
 * @example proposalRows(input, alternative, nowIso())[0]?.status // 'proposal'
 */
export function proposalRows(input: GoalSeekInput, alternative: GoalSeekAlternative, now: string): MeasureRow[] {
  const n = names(input)
  return alternative.measures.map(({ measure }) => ({
    ...row(measure, n),
    status: 'proposal' as const,
    enabled: 1 as const,
    source: 'manual' as const,
    createdAt: now,
  }))
}
