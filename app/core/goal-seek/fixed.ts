/**
 * The scenario's own measures as fixed input: already in, their costs counted and their moves
 * applied. The solver proposes only what comes on top, never a second action on a building a
 * scenario measure already acts on, and never a move into a building the scenario gives up.
 */
import { monthlyOccupancy, type EngineInput, type IsoDate, type Measure, type RelocationMeasure } from './engine-adapter'
import { milliOf } from './scale'
import type { GoalSeekInput, GoalSeekUnit } from './types'

export interface FixedEffects {
  /** Properties a scenario measure acts on (sale, closure, lease termination), with that measure's label. */
  covered: Map<number, string>
  /** Properties a scenario measure gives up (sale, full closure, lease termination): no destination. */
  gone: Set<number>
  /** Share of workplaces a scenario's partial closure takes away, by property. */
  closedShare: Map<number, number>
  /** The units where they sit once the scenario's relocations are done (a split unit in several places). */
  placements: GoalSeekUnit[]
  /** Desks needed per month of the horizon under the scenario's measures, for the buildings they change. */
  monthlyNeed: Map<number, number[]>
  /**
   * The last day a scenario relocation moves people into or out of a building: where the units sit
   * (`placements`) holds from then on, so no proposed action on the building may start earlier.
   */
  settledFrom: Map<number, IsoDate>
}

const labelOf = (m: Measure) => m.label ?? m.id

function coveredProperties(input: GoalSeekInput, measures: readonly Measure[]): Pick<FixedEffects, 'covered' | 'gone' | 'closedShare'> {
  const leaseProperty = new Map(input.leases.map((l) => [l.id, l.propertyId]))
  const covered = new Map<number, string>()
  const gone = new Set<number>()
  const closedShare = new Map<number, number>()
  for (const m of measures) {
    if (m.kind === 'relocation') continue
    const propertyId = m.kind === 'lease_termination' ? leaseProperty.get(m.leaseId) : m.propertyId
    if (propertyId === undefined) continue
    if (!covered.has(propertyId)) covered.set(propertyId, labelOf(m))
    if (m.kind === 'closure' && m.operatingCostShare < 1) {
      closedShare.set(propertyId, Math.max(closedShare.get(propertyId) ?? 0, m.operatingCostShare))
    } else gone.add(propertyId)
  }
  return { covered, gone, closedShare }
}

/**
 * Where each unit sits after the scenario's relocations, in thousandths of an FTE: a relocation
 * moves at most what is there, as the engine does. A unit's stated desk need is split in
 * proportion to its headcount.
 */
function placementsAfter(units: readonly GoalSeekUnit[], relocations: readonly RelocationMeasure[]): GoalSeekUnit[] {
  const milli = new Map<number, Map<number, number>>()
  for (const u of units) milli.set(u.id, new Map([[u.propertyId, milliOf(u.headcount)]]))
  for (const r of [...relocations].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const at = milli.get(r.unitId)
    if (!at) continue
    const moved = Math.min(at.get(r.fromPropertyId) ?? 0, milliOf(r.headcount))
    at.set(r.fromPropertyId, (at.get(r.fromPropertyId) ?? 0) - moved)
    at.set(r.toPropertyId, (at.get(r.toPropertyId) ?? 0) + moved)
  }
  return units.flatMap((u) => {
    const total = milliOf(u.headcount)
    return [...milli.get(u.id)!]
      .filter(([, m]) => m > 0)
      .map(([propertyId, m]) => {
        const piece: GoalSeekUnit = { ...u, propertyId, headcount: m / 1000 }
        if (u.workplacesNeeded !== null && u.workplacesNeeded !== undefined && total > 0) {
          piece.workplacesNeeded = (u.workplacesNeeded * m) / total
        }
        return piece
      })
  })
}

/**
 * What the scenario's measures do to the solver's starting point.
 *
 * @example fixedEffects(input, engineInputWithFixed).covered.get(3) // 'Salg: Skolegade 3'
 */
export function fixedEffects(input: GoalSeekInput, engine: EngineInput): FixedEffects {
  const measures = input.fixedMeasures ?? []
  const relocations = measures.filter((m): m is RelocationMeasure => m.kind === 'relocation')
  const changed = new Set(relocations.flatMap((r) => [r.fromPropertyId, r.toPropertyId]))
  const monthlyNeed = new Map<number, number[]>()
  const settledFrom = new Map<number, IsoDate>()
  for (const r of relocations) {
    for (const id of [r.fromPropertyId, r.toPropertyId]) if ((settledFrom.get(id) ?? '') < r.date) settledFrom.set(id, r.date)
  }
  if (changed.size > 0) {
    for (const p of monthlyOccupancy(engine, { propertyIds: [...changed].sort((a, b) => a - b) })) {
      monthlyNeed.set(
        p.propertyId,
        p.months.map((m) => m.workplacesNeeded),
      )
    }
  }
  return {
    ...coveredProperties(input, measures),
    placements: relocations.length > 0 ? placementsAfter(input.units, relocations) : [...input.units],
    monthlyNeed,
    settledFrom,
  }
}
