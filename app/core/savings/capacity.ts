import { formatDanishMonth, isoDate, type IsoDate } from '~/core/dates'
import { formatNumberDa } from '~/core/money'
import { isoMonth, isoYear } from './days'
import { buildContext, type EngineContext } from './measures'
import {
  buildOccupancy,
  fte,
  HEADCOUNT_SCALE,
  initialNeed,
  NEED_SCALE,
  timelineFor,
  type Occupancy,
  type PropertyTimeline,
} from './occupancy'
import type { Conflict, EngineInput, PropertyInput } from './types'

/** One month of a property's occupancy, in the timeline's integer scales. */
export interface MonthState {
  month: string
  peakMilli: number
  peakNeed: number
  endMilli: number
}

/**
 * Walks a property's timeline month by month over the horizon. A month's peak is the highest
 * headcount (and need) on any of its days, so a unit arriving on the 10th before another leaves
 * on the 20th counts both: that is when desks run short.
 *
 * @example monthStates(timeline, 2024, 2025)[8] // { month: '2024-09', peakMilli: 130_000, ... }
 */
export function monthStates(t: PropertyTimeline, firstYear: number, lastYear: number): MonthState[] {
  const months: MonthState[] = []
  let state = { milli: t.initialMilli, need: t.initialNeed }
  let i = 0
  const index = (date: IsoDate) => (isoYear(date) - firstYear) * 12 + isoMonth(date) - 1
  while (i < t.changes.length && index(t.changes[i]!.date) < 0) state = t.changes[i++]!
  for (let m = 0; m < (lastYear - firstYear + 1) * 12; m++) {
    while (i < t.changes.length && index(t.changes[i]!.date) === m && t.changes[i]!.date.endsWith('-01')) {
      state = t.changes[i++]!
    }
    let peakMilli = state.milli
    let peakNeed = state.need
    while (i < t.changes.length && index(t.changes[i]!.date) === m) {
      state = t.changes[i++]!
      peakMilli = Math.max(peakMilli, state.milli)
      peakNeed = Math.max(peakNeed, state.need)
    }
    const key = isoDate(firstYear + Math.floor(m / 12), (m % 12) + 1, 1).slice(0, 7)
    months.push({ month: key, peakMilli, peakNeed, endMilli: state.milli })
  }
  return months
}

export interface OccupancyMonth {
  month: string
  /** Peak FTE on any day of the month. */
  headcount: number
  /** FTE at the end of the month. */
  headcountAtEnd: number
  /** Peak desks needed (headcount × desk factor, or the units' own need). */
  workplacesNeeded: number
  workplaces: number
  /** Gross area per peak FTE; null when empty. */
  m2PerFte: number | null
  over: boolean
}

export interface PropertyOccupancy {
  propertyId: number
  name: string
  workplaces: number
  grossAreaM2: number
  months: OccupancyMonth[]
}

function toMonths(property: PropertyInput, t: PropertyTimeline, firstYear: number, lastYear: number): OccupancyMonth[] {
  const capacity = property.workplaces * NEED_SCALE
  return monthStates(t, firstYear, lastYear).map((s) => ({
    month: s.month,
    headcount: s.peakMilli / HEADCOUNT_SCALE,
    headcountAtEnd: s.endMilli / HEADCOUNT_SCALE,
    workplacesNeeded: Math.round(s.peakNeed / 1_000_000) / 1000,
    workplaces: property.workplaces,
    m2PerFte: s.peakMilli > 0 ? (property.grossAreaM2 * HEADCOUNT_SCALE) / s.peakMilli : null,
    over: s.peakNeed > capacity,
  }))
}

/**
 * Occupancy per property per month of the horizon, for the HR capacity page. By default only
 * properties that house a unit at some point; pass propertyIds to choose.
 *
 * @example monthlyOccupancy(input)[0]?.months[0] // { month: '2024-01', headcount: 12.5, ... }
 */
export function monthlyOccupancy(input: EngineInput, opts?: { propertyIds?: readonly number[] }): PropertyOccupancy[] {
  const ctx = buildContext(input)
  const occupancy = buildOccupancy(ctx)
  const { firstYear, lastYear } = input.assumptions
  const used = new Set([...occupancy.initialUnits.keys(), ...occupancy.timelines.keys()])
  const ids = opts?.propertyIds ?? [...used].sort((a, b) => a - b)
  const result: PropertyOccupancy[] = []
  for (const id of ids) {
    const property = ctx.properties.get(id)
    if (!property) continue
    const t = timelineFor(occupancy, id)
    const { name, workplaces, grossAreaM2 } = property
    result.push({ propertyId: id, name, workplaces, grossAreaM2, months: toMonths(property, t, firstYear, lastYear) })
  }
  return result
}

function desks(need: number): string {
  const value = Math.round(need / 1_000_000) / 1000
  return formatNumberDa(value, Number.isInteger(value) ? 0 : 1)
}

function capacityRun(property: PropertyInput, run: MonthState[]): Conflict {
  const first = run[0]!.month
  const last = run.at(-1)!.month
  const peakNeed = Math.max(...run.map((s) => s.peakNeed))
  const peakMilli = Math.max(...run.map((s) => s.peakMilli))
  const period = first === last ? formatDanishMonth(first) : `${formatDanishMonth(first)}–${formatDanishMonth(last)}`
  return {
    kind: 'capacity',
    propertyId: property.id,
    month: first,
    monthTo: last,
    message:
      `${property.name} mangler arbejdspladser i ${period}: op til ${fte(peakMilli)} årsværk skal bruge ` +
      `${desks(peakNeed)} arbejdspladser, men der er ${property.workplaces}.`,
  }
}

/**
 * One capacity conflict per property per run of consecutive months in which the desks needed
 * (headcount × desk factor, or the units' own need) exceed its workplaces on some day.
 *
 * @example capacityConflicts(ctx, occupancy)[0]?.month // '2024-08'
 */
export function capacityConflicts(ctx: EngineContext, occupancy: Occupancy): Conflict[] {
  const { firstYear, lastYear } = ctx.input.assumptions
  const conflicts: Conflict[] = []
  const check = (property: PropertyInput, t: PropertyTimeline) => {
    let run: MonthState[] = []
    for (const state of monthStates(t, firstYear, lastYear)) {
      if (state.peakNeed > property.workplaces * NEED_SCALE) {
        run.push(state)
        continue
      }
      if (run.length > 0) conflicts.push(capacityRun(property, run))
      run = []
    }
    if (run.length > 0) conflicts.push(capacityRun(property, run))
  }
  for (const t of occupancy.timelines.values()) {
    const property = ctx.properties.get(t.propertyId)
    if (!property) continue
    const capacity = property.workplaces * NEED_SCALE
    // Most properties never come near their capacity; skip the month walk for them.
    if (t.initialNeed > capacity || t.changes.some((c) => c.need > capacity)) check(property, t)
  }
  for (const propertyId of occupancy.initialUnits.keys()) {
    const property = ctx.properties.get(propertyId)
    if (!property || occupancy.timelines.has(propertyId)) continue
    if (initialNeed(occupancy, propertyId) > property.workplaces * NEED_SCALE) check(property, timelineFor(occupancy, propertyId))
  }
  conflicts.sort((a, b) => (a.propertyId ?? 0) - (b.propertyId ?? 0) || (a.month ?? '').localeCompare(b.month ?? ''))
  return conflicts
}
