import { formatDanishDate, type IsoDate } from '~/core/dates'
import { formatNumberDa } from '~/core/money'
import type { EngineContext } from './measures'
import type { Conflict, RelocationMeasure, UnitInput } from './types'

/**
 * Headcounts are integer thousandths of an FTE and desk needs integer billionths of a desk, so
 * a unit moved in parts adds up exactly and "125 × 0,8 > 100" is never a float accident.
 */
export const HEADCOUNT_SCALE = 1000
/** Desk needs are billionths of a desk (thousandths of an FTE × millionths of a desk factor). */
export const NEED_SCALE = 1_000_000_000

export interface OccupancyState {
  date: IsoDate
  /** Headcount after every relocation of the date, thousandths of an FTE. */
  milli: number
  /** Desks needed, billionths. */
  need: number
}

export interface UnitPresence {
  unitId: number
  initialMilli: number
  changes: { date: IsoDate; milli: number }[]
}

export interface PropertyTimeline {
  propertyId: number
  initialMilli: number
  initialNeed: number
  /** Totals after each date with relocations, in date order. */
  changes: OccupancyState[]
  /** Every unit that is at the property at some point. */
  units: UnitPresence[]
  /** Lookup by unit id, built only for properties with many units (most have one or two). */
  unitIndex?: Map<number, UnitPresence>
}

export interface Occupancy {
  /** Units by the property the register puts them at. */
  initialUnits: Map<number, UnitInput[]>
  /** Timelines of the properties relocations touch; others are built on demand (timelineFor). */
  timelines: Map<number, PropertyTimeline>
  overMoves: Conflict[]
  deskFactorMicro: number
}

/** Desks a unit needs for part of its headcount (billionths). */
function needOf(unit: UnitInput, milli: number, deskFactorMicro: number): number {
  const unitMilli = Math.round(unit.headcount * HEADCOUNT_SCALE)
  if (unit.workplacesNeeded === null || unit.workplacesNeeded === undefined) return milli * deskFactorMicro
  if (unitMilli <= 0) return 0
  return Math.round(unit.workplacesNeeded * NEED_SCALE * (milli / unitMilli))
}

/** A property's timeline before any relocation: the units the register puts there. */
function initialTimeline(occupancy: Occupancy, propertyId: number): PropertyTimeline {
  const t: PropertyTimeline = { propertyId, initialMilli: 0, initialNeed: 0, changes: [], units: [] }
  for (const unit of occupancy.initialUnits.get(propertyId) ?? []) {
    const milli = Math.round(unit.headcount * HEADCOUNT_SCALE)
    t.initialMilli += milli
    t.initialNeed += needOf(unit, milli, occupancy.deskFactorMicro)
    t.units.push({ unitId: unit.id, initialMilli: milli, changes: [] })
  }
  return t
}

/**
 * A property's headcount timeline (an empty one for a property nobody uses). Properties no
 * relocation touches get theirs built here, on demand: storing 20,000 of them costs more than
 * building the few that are asked for.
 *
 * @example timelineFor(occupancy, 2).initialMilli // 12_500
 */
export function timelineFor(occupancy: Occupancy, propertyId: number): PropertyTimeline {
  return occupancy.timelines.get(propertyId) ?? initialTimeline(occupancy, propertyId)
}

function touched(occupancy: Occupancy, propertyId: number): PropertyTimeline {
  let t = occupancy.timelines.get(propertyId)
  if (!t) {
    t = initialTimeline(occupancy, propertyId)
    occupancy.timelines.set(propertyId, t)
  }
  return t
}

/**
 * Desks the register's units need at a property before any relocation (billionths).
 *
 * @example initialNeed(occupancy, 2) // 80_000_000_000 (100 FTE × 0,8)
 */
export function initialNeed(occupancy: Occupancy, propertyId: number): number {
  let need = 0
  for (const unit of occupancy.initialUnits.get(propertyId) ?? []) {
    need += needOf(unit, Math.round(unit.headcount * HEADCOUNT_SCALE), occupancy.deskFactorMicro)
  }
  return need
}

/** A unit's presence at a property, added when it first arrives. */
function presenceOf(t: PropertyTimeline, unitId: number): UnitPresence {
  if (!t.unitIndex && t.units.length > 8) t.unitIndex = new Map(t.units.map((u) => [u.unitId, u]))
  let presence = t.unitIndex ? t.unitIndex.get(unitId) : t.units.find((u) => u.unitId === unitId)
  if (!presence) {
    presence = { unitId, initialMilli: 0, changes: [] }
    t.units.push(presence)
    t.unitIndex?.set(unitId, presence)
  }
  return presence
}

/** Records a unit's new headcount at a property and the property's new totals. */
function record(t: PropertyTimeline, unitId: number, date: IsoDate, unitMilli: number, dMilli: number, dNeed: number): void {
  const presence = presenceOf(t, unitId)
  const lastUnit = presence.changes.at(-1)
  if (lastUnit?.date === date) lastUnit.milli = unitMilli
  else presence.changes.push({ date, milli: unitMilli })
  const last = t.changes.at(-1)
  const milli = (last?.milli ?? t.initialMilli) + dMilli
  const need = (last?.need ?? t.initialNeed) + dNeed
  if (last?.date === date) Object.assign(last, { milli, need })
  else t.changes.push({ date, milli, need })
}

/**
 * FTE from thousandths, Danish style with only the decimals it needs (integer formatting: it
 * runs for every conflict message).
 *
 * @example fte(12_500) // '12,5'
 */
export function fte(milli: number): string {
  if (milli >= 0 && milli < 1_000_000 && milli % HEADCOUNT_SCALE === 0) return String(milli / HEADCOUNT_SCALE)
  const whole = Math.trunc(Math.abs(milli) / HEADCOUNT_SCALE)
  const fraction = (Math.abs(milli) % HEADCOUNT_SCALE).toString().padStart(3, '0').replace(/0+$/, '')
  const sign = milli < 0 ? '-' : ''
  return `${sign}${formatNumberDa(whole)}${fraction ? `,${fraction}` : ''}`
}

function overMove(m: RelocationMeasure, unit: UnitInput, present: number, requested: number, from: string): Conflict {
  return {
    kind: 'over_move',
    propertyId: m.fromPropertyId,
    unitId: unit.id,
    measureId: m.id,
    month: m.date.slice(0, 7),
    message:
      `Flytningen ${formatDanishDate(m.date)} flytter ${fte(requested)} årsværk af ${unit.name} fra ${from}, ` +
      `men enheden har kun ${fte(present)} årsværk der.`,
  }
}

/**
 * Headcount per property over time: units start where the register puts them, then the kept
 * relocations apply in date order. A relocation moves at most what the unit has at the origin;
 * asking for more is an over_move conflict.
 *
 * @example buildOccupancy(ctx).timelines.get(1)?.changes // [{ date: '2024-08-01', milli: 0, need: 0 }]
 */
export function buildOccupancy(ctx: EngineContext): Occupancy {
  const initialUnits = new Map<number, UnitInput[]>()
  for (const unit of ctx.unitList) {
    if (!ctx.properties.has(unit.propertyId)) continue
    const list = initialUnits.get(unit.propertyId)
    if (list) list.push(unit)
    else initialUnits.set(unit.propertyId, [unit])
  }
  const deskFactorMicro = Math.round(ctx.input.assumptions.deskFactor * 1_000_000)
  const occupancy: Occupancy = { initialUnits, timelines: new Map(), overMoves: [], deskFactorMicro }
  const where = new Map<number, Map<number, number>>()
  for (const { measure: m, from } of ctx.measures) {
    if (m.kind !== 'relocation' || from === null) continue
    const unit = ctx.units.get(m.unitId)
    const fromProperty = ctx.properties.get(m.fromPropertyId)
    if (!unit || !fromProperty || !ctx.properties.has(m.toPropertyId)) continue
    let dist = where.get(unit.id)
    if (!dist) {
      // Only relocated units need a distribution; the rest stay where the register puts them.
      dist = new Map<number, number>()
      if (ctx.properties.has(unit.propertyId)) dist.set(unit.propertyId, Math.round(unit.headcount * HEADCOUNT_SCALE))
      where.set(unit.id, dist)
    }
    const present = dist.get(m.fromPropertyId) ?? 0
    const requested = Math.round(m.headcount * HEADCOUNT_SCALE)
    if (requested > present) occupancy.overMoves.push(overMove(m, unit, present, requested, fromProperty.name))
    const moved = Math.min(requested, present)
    if (moved <= 0 || m.fromPropertyId === m.toPropertyId) continue
    const leftAt = present - moved
    const arrivedAt = (dist.get(m.toPropertyId) ?? 0) + moved
    const dNeedFrom = needOf(unit, leftAt, deskFactorMicro) - needOf(unit, present, deskFactorMicro)
    const dNeedTo = needOf(unit, arrivedAt, deskFactorMicro) - needOf(unit, arrivedAt - moved, deskFactorMicro)
    dist.set(m.fromPropertyId, leftAt)
    dist.set(m.toPropertyId, arrivedAt)
    record(touched(occupancy, m.fromPropertyId), unit.id, m.date, leftAt, -moved, dNeedFrom)
    record(touched(occupancy, m.toPropertyId), unit.id, m.date, arrivedAt, moved, dNeedTo)
  }
  return occupancy
}

/**
 * Headcount a unit has at a property after the relocations dated on or before `date`.
 *
 * @example unitMilliOn(presence, '2024-06-01') // 2_500
 */
export function unitMilliOn(presence: UnitPresence, date: IsoDate): number {
  let milli = presence.initialMilli
  for (const change of presence.changes) {
    if (change.date > date) break
    milli = change.milli
  }
  return milli
}

/**
 * Property totals after the relocations dated on or before `date`.
 *
 * @example totalsOn(timeline, '2024-06-01') // { milli: 0, need: 0 }
 */
export function totalsOn(t: PropertyTimeline, date: IsoDate): { milli: number; need: number } {
  let state = { milli: t.initialMilli, need: t.initialNeed }
  for (const change of t.changes) {
    if (change.date > date) break
    state = change
  }
  return state
}
