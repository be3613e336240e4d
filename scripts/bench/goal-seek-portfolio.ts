/** Generated portfolios for the goal-seek benchmark: deterministic from a seed, in memory. */
import type { GoalSeekInput, GoalSeekProperty, GoalSeekUnit } from '../../app/core/goal-seek'
import type { LeaseInput } from '../../app/core/goal-seek/engine-adapter'

/** A small deterministic generator (mulberry32), so every run sees the same portfolio. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Spec {
  seed: number
  properties: number
  units: number
  leasedShare: number
  keepShare: number
  targetKroner: number
}

const kr = (kroner: number) => Math.round(kroner) * 100

/** A portfolio of the given size, the same for the same seed. */
export function generate(spec: Spec): GoalSeekInput {
  const next = random(spec.seed)
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const units: GoalSeekUnit[] = []
  const need = new Map<number, number>()
  for (let id = 1; id <= spec.units; id++) {
    // Every building houses someone, so every action moves people and costs something.
    const propertyId = id <= spec.properties ? id : between(1, spec.properties)
    const headcount = between(2, 60) / 2
    units.push({ id, name: `Enhed ${id}`, headcount, propertyId })
    need.set(propertyId, (need.get(propertyId) ?? 0) + headcount * 0.8)
  }
  const properties: GoalSeekProperty[] = []
  const leases: LeaseInput[] = []
  for (let id = 1; id <= spec.properties; id++) {
    const leased = next() < spec.leasedShare
    // One building in twenty is a large shared office with room to spare.
    const hub = id % 20 === 1
    const used = Math.ceil(need.get(id) ?? 0)
    // Other buildings are fairly full: closing half of one means moving some of its people.
    const workplaces = hub ? used + between(80, 200) : Math.ceil(used * (1 + between(0, 20) / 100))
    const operating = kr(between(50, 900) * 1000)
    properties.push({
      id,
      name: `${hub ? 'Rådhus' : 'Ejendom'} ${id}`,
      ownership: leased ? 'leased' : 'owned',
      grossAreaM2: workplaces * 20,
      workplaces,
      annualOperatingCostOre: operating,
      annualMaintenanceOre: Math.round(operating / 4),
      maintenanceBacklogOre: kr(between(0, 2000) * 1000),
      keep: hub || next() < spec.keepShare,
      expectedSalePriceOre: leased ? 0 : kr(between(500, 20_000) * 1000),
      saleCostsOre: leased ? 0 : kr(between(20, 150) * 1000),
      refurbishmentPerPersonOre: hub ? kr(between(0, 10) * 1000) : 0,
    })
    if (leased) {
      leases.push({
        id,
        propertyId: id,
        name: `Lejemål ${id}`,
        direction: 'tenant',
        annualRentOre: kr(between(100, 1500) * 1000),
        annualServiceOre: kr(between(0, 150) * 1000),
        operatingCostPaidByMunicipality: next() < 0.5,
        noticeMonths: between(3, 12),
        terms: next() < 0.3 ? 'quarter' : 'month',
        nonTerminableUntil: next() < 0.15 ? `202${between(6, 9)}-12-31` : null,
        startDate: null,
      })
    }
  }
  return {
    properties,
    leases,
    units,
    assumptions: {
      firstYear: 2025,
      lastYear: 2030,
      targetAnnualOre: kr(spec.targetKroner),
      deskFactor: 0.8,
      movingCostPerPersonOre: kr(5_000),
      countAvoidedMaintenance: true,
      rentIndexationPct: 2,
    },
  }
}
