/**
 * Pure rules for the relocation register (no I/O): where a unit starts before its recorded
 * relocations, how the register's relocations become the savings engine's measures, and the
 * periods each unit spends at each property (the timeline).
 *
 * Kept beside the services rather than in app/domain, which the savings engine's owner keeps;
 * it only uses the engine's public types.
 *
 * A unit's headcount is one number over time (as in the engine). The register records where the
 * parts sit now; a headcount edit changes the part at the unit's main site. So that such an edit
 * replays correctly, a done relocation that emptied its origin moves *everything* the unit has
 * there in the replay (a team that grew after its move is not left behind in the old building).
 */
import { addDays, type IsoDate } from '~/core/dates'
import type { MeasureStatus, RelocationMeasure, UnitInput } from '~/core/savings'

export type RelocationStatus = 'idea' | 'planned' | 'decided' | 'done'

/** Status order: a level keeps its own status and every later one. */
export const STATUS_RANK: Record<RelocationStatus, number> = { idea: 0, planned: 1, decided: 2, done: 3 }

/** How a relocation's status reads as an engine measure's status. */
export const MEASURE_STATUS: Record<RelocationStatus, MeasureStatus> = {
  idea: 'proposal',
  planned: 'proposal',
  decided: 'decided',
  done: 'realised',
}

/** FTE are compared and summed in thousandths, like the engine, so 19,5 + 0,5 is exactly 20. */
export const toMilli = (fte: number) => Math.round(fte * 1000)
export const fromMilli = (milli: number) => milli / 1000

export interface ReplayRelocation {
  id: number
  unitId: number
  fromPropertyId: number
  toPropertyId: number
  date: IsoDate
  headcount: number
  status: RelocationStatus
  /** Done and took everything the unit had at the origin (recorded when it was marked done). */
  emptiedOrigin?: boolean
}

export interface RegisterUnit {
  id: number
  name: string
  headcount: number
  workplacesNeeded: number | null
  /** The unit's main site now. */
  propertyId: number
}

/** Date, then id: the order relocations apply in, everywhere. */
export function byDate<T extends { date: IsoDate; id: number }>(a: T, b: T): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id
}

/**
 * Units as the engine wants them: where each sat before its first done relocation, with its
 * whole (current) headcount.
 *
 * @example engineUnits([{ id: 1, propertyId: 9, ... }], [{ unitId: 1, fromPropertyId: 4, status: 'done', ... }])[0].propertyId // 4
 */
export function engineUnits(units: readonly RegisterUnit[], relocations: readonly ReplayRelocation[]): UnitInput[] {
  const start = new Map<number, number>()
  for (const r of [...relocations].filter((r) => r.status === 'done').sort(byDate)) {
    if (!start.has(r.unitId)) start.set(r.unitId, r.fromPropertyId)
  }
  return units.map((u) => ({
    id: u.id,
    name: u.name,
    headcount: u.headcount,
    workplacesNeeded: u.workplacesNeeded,
    propertyId: start.get(u.id) ?? u.propertyId,
  }))
}

/** Headcount per property for one unit, in thousandths. */
type Distribution = Map<number, number>

function startDistribution(unit: UnitInput): Distribution {
  return new Map([[unit.propertyId, toMilli(unit.headcount)]])
}

/**
 * Relocations in date order with the FTE each really moves in the replay: what it asks for, or,
 * for a done relocation that emptied its origin, everything the unit has there.
 *
 * @example effectiveRelocations(units, relocations)[0].headcount // 18
 */
export function effectiveRelocations<R extends ReplayRelocation>(units: readonly UnitInput[], relocations: readonly R[]): R[] {
  const byUnit = new Map(units.map((u) => [u.id, u]))
  const dists = new Map<number, Distribution>()
  const result: R[] = []
  for (const r of [...relocations].sort(byDate)) {
    const unit = byUnit.get(r.unitId)
    if (!unit) {
      result.push(r)
      continue
    }
    let dist = dists.get(unit.id)
    if (!dist) dists.set(unit.id, (dist = startDistribution(unit)))
    const present = dist.get(r.fromPropertyId) ?? 0
    const asked = r.emptiedOrigin ? present : toMilli(r.headcount)
    const moved = Math.min(asked, present)
    dist.set(r.fromPropertyId, present - moved)
    dist.set(r.toPropertyId, (dist.get(r.toPropertyId) ?? 0) + moved)
    result.push(asked === toMilli(r.headcount) ? r : { ...r, headcount: fromMilli(asked) })
  }
  return result
}

/** Costs of a relocation, in øre (the moving cost null means the scenario's rate per person). */
export interface RelocationCosts {
  movingCostOre: number | null
  refurbishmentOre: number
  addedAnnualOperatingOre: number
}

/**
 * The engine measure for a register relocation; its id is `flytning-<id>` so conflicts can be
 * traced back to it.
 */
export function toRelocationMeasure(r: ReplayRelocation & RelocationCosts & { label?: string }): RelocationMeasure {
  return {
    id: relocationMeasureId(r.id),
    kind: 'relocation',
    status: MEASURE_STATUS[r.status],
    label: r.label,
    unitId: r.unitId,
    fromPropertyId: r.fromPropertyId,
    toPropertyId: r.toPropertyId,
    date: r.date,
    headcount: r.headcount,
    refurbishmentOre: r.refurbishmentOre,
    addedAnnualOperatingOre: r.addedAnnualOperatingOre,
    movingCostOverrideOre: r.movingCostOre,
  }
}

export const relocationMeasureId = (id: number) => `flytning-${id}`

/** A period a unit (or part of it) spends at a property; `to` is the last day, null when open. */
export interface PresencePeriod {
  unitId: number
  propertyId: number
  /** null: before any relocation (the register's start). */
  from: IsoDate | null
  to: IsoDate | null
  headcount: number
  /** The relocation that started the period. */
  arrivedBy: number | null
  /** The relocation that ended it. */
  leftBy: number | null
}

/**
 * Every unit's periods at every property, replaying the relocations in date order (each moves at
 * most what the unit has at its origin). A partial move splits a period into the part that stays
 * and the part that arrives elsewhere.
 *
 * @example presencePeriods([{ id: 1, propertyId: 4, headcount: 18 }], [move 18 from 4 to 1 on 2024-08-12])
 *   // [{ propertyId: 4, from: null, to: '2024-08-11', ... }, { propertyId: 1, from: '2024-08-12', to: null, ... }]
 */
export function presencePeriods(units: readonly UnitInput[], relocations: readonly ReplayRelocation[]): PresencePeriod[] {
  const done: PresencePeriod[] = []
  const open = new Map<number, Map<number, PresencePeriod>>()
  for (const u of units) {
    open.set(
      u.id,
      new Map([
        [
          u.propertyId,
          { unitId: u.id, propertyId: u.propertyId, from: null, to: null, headcount: u.headcount, arrivedBy: null, leftBy: null },
        ],
      ]),
    )
  }
  const change = (
    periods: Map<number, PresencePeriod>,
    unitId: number,
    propertyId: number,
    date: IsoDate,
    milli: number | null,
    by: number,
  ) => {
    const current = periods.get(propertyId)
    if (current) {
      done.push({ ...current, to: addDays(date, -1), leftBy: by })
      periods.delete(propertyId)
    }
    if (milli !== null)
      periods.set(propertyId, { unitId, propertyId, from: date, to: null, headcount: fromMilli(milli), arrivedBy: by, leftBy: null })
  }
  for (const r of [...relocations].sort(byDate)) {
    const periods = open.get(r.unitId)
    if (!periods?.has(r.fromPropertyId) || r.fromPropertyId === r.toPropertyId) continue
    const present = toMilli(periods.get(r.fromPropertyId)!.headcount)
    const moved = Math.min(toMilli(r.headcount), present)
    // A unit without staff (an association using the building) still moves as a whole.
    if (moved <= 0 && present > 0) continue
    const there = periods.get(r.toPropertyId)
    change(periods, r.unitId, r.fromPropertyId, r.date, present - moved > 0 ? present - moved : null, r.id)
    change(periods, r.unitId, r.toPropertyId, r.date, toMilli(there?.headcount ?? 0) + moved, r.id)
  }
  for (const periods of open.values()) done.push(...periods.values())
  return done
}
