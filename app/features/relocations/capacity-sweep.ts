/**
 * The capacity page at national scale, as pure functions: one pass over the engine's occupancy
 * timelines (units placed, relocations applied in date order) tells for every property whether
 * anybody sits there in the window and how many of its months are over capacity, walking only the
 * window's months and the property's own changes. Full month rows are built only for the page
 * shown. Figures are the engine's (monthStates), so the page and HR's checks agree.
 */
import { maxDate, minDate, type IsoDate } from '~/core/dates'
import type { PresencePeriod } from '~/core/relocation-replay'
import type { EngineInput, OccupancyMonth, PropertyOccupancy, PropertyInput } from '~/core/savings'
import { monthStates } from '~/core/savings/capacity'
import { buildContext } from '~/core/savings/measures'
import { buildOccupancy, HEADCOUNT_SCALE, NEED_SCALE, timelineFor, type Occupancy, type PropertyTimeline } from '~/core/savings/occupancy'
import type { TimelineWindow } from '~/core/timeline'

/** A property the window uses, with what the list needs to sort, search and count. */
export interface PropertySummary {
  propertyId: number
  name: string
  /** Months of the window (inside the plan's horizon) over capacity. */
  overMonths: number
}

/** The horizon's month index of 'YYYY-MM' (or a date): 0 is January of the first year. */
const monthIndex = (date: string, firstYear: number) => (Number(date.slice(0, 4)) - firstYear) * 12 + Number(date.slice(5, 7)) - 1

/**
 * Whether anybody sits at the property in the window, and its months over capacity, walking the
 * timeline's changes once and the window's months once (the rules of monthStates).
 * @example windowSummary(t, 430 * NEED_SCALE, { start: 0, end: 11 }, 2024) // { used: true, overMonths: 0 }
 */
export function windowSummary(
  t: PropertyTimeline,
  capacity: number,
  span: { start: number; end: number },
  firstYear: number,
): { used: boolean; overMonths: number } {
  let milli = t.initialMilli
  let need = t.initialNeed
  let i = 0
  const changes = t.changes
  while (i < changes.length && monthIndex(changes[i]!.date, firstYear) < span.start) ({ milli, need } = changes[i++]!)
  let used = false
  let overMonths = 0
  for (let m = span.start; m <= span.end; m++) {
    // Moves on the 1st take effect before the month starts; later ones raise the month's peak.
    while (i < changes.length && monthIndex(changes[i]!.date, firstYear) === m && changes[i]!.date.endsWith('-01'))
      ({ milli, need } = changes[i++]!)
    let peakMilli = milli
    let peakNeed = need
    while (i < changes.length && monthIndex(changes[i]!.date, firstYear) === m) {
      ;({ milli, need } = changes[i++]!)
      peakMilli = Math.max(peakMilli, milli)
      peakNeed = Math.max(peakNeed, need)
    }
    if (peakMilli > 0) used = true
    if (peakNeed > capacity) overMonths++
  }
  return { used, overMonths }
}

/** The window's months that lie inside the plan's horizon, as month indexes. */
function spanOf(window: TimelineWindow, firstYear: number, lastYear: number): { start: number; end: number } {
  const last = (lastYear - firstYear + 1) * 12 - 1
  return { start: Math.max(monthIndex(window.months[0]!, firstYear), 0), end: Math.min(monthIndex(window.months.at(-1)!, firstYear), last) }
}

export interface CapacitySweep {
  /** Every property somebody sits in during the window, in Danish name order. */
  used: PropertySummary[]
  /** Month rows of the given properties, cut to the window. */
  monthsOf(propertyIds: readonly number[]): PropertyOccupancy[]
}

/** What a property's month rows need of it. */
type PropertyFacts = Pick<PropertyInput, 'name' | 'workplaces' | 'grossAreaM2'>

function toMonths(
  property: PropertyFacts,
  t: PropertyTimeline,
  firstYear: number,
  lastYear: number,
  keep: ReadonlySet<string>,
): OccupancyMonth[] {
  const capacity = property.workplaces * NEED_SCALE
  return monthStates(t, firstYear, lastYear)
    .filter((s) => keep.has(s.month))
    .map((s) => ({
      month: s.month,
      headcount: s.peakMilli / HEADCOUNT_SCALE,
      headcountAtEnd: s.endMilli / HEADCOUNT_SCALE,
      workplacesNeeded: Math.round(s.peakNeed / 1_000_000) / 1000,
      workplaces: property.workplaces,
      m2PerFte: s.peakMilli > 0 ? (property.grossAreaM2 * HEADCOUNT_SCALE) / s.peakMilli : null,
      over: s.peakNeed > capacity,
    }))
}

const collator = new Intl.Collator('da')

/**
 * Occupancy of the whole register in one pass, summarised per property for the window.
 * @example sweepCapacity(plan.input, monthWindow('2024-01', 24)).used.length // 27
 */
export function sweepCapacity(input: EngineInput, window: TimelineWindow): CapacitySweep {
  const ctx = buildContext(input)
  const occupancy: Occupancy = buildOccupancy(ctx)
  const { firstYear, lastYear } = input.assumptions
  const span = spanOf(window, firstYear, lastYear)
  const used: PropertySummary[] = []
  for (const id of new Set([...occupancy.initialUnits.keys(), ...occupancy.timelines.keys()])) {
    const property = ctx.properties.get(id)
    if (!property || span.start > span.end) continue
    const summary = windowSummary(timelineFor(occupancy, id), property.workplaces * NEED_SCALE, span, firstYear)
    if (summary.used) used.push({ propertyId: id, name: property.name, overMonths: summary.overMonths })
  }
  used.sort((a, b) => collator.compare(a.name, b.name) || a.propertyId - b.propertyId)
  // Only the facts the month rows need are kept with the sweep, not each property's whole input.
  const facts = new Map<number, PropertyFacts>()
  for (const [id, { name, workplaces, grossAreaM2 }] of ctx.properties) facts.set(id, { name, workplaces, grossAreaM2 })
  return { used, monthsOf: monthsFrom(facts, occupancy, firstYear, lastYear, new Set(window.months)) }
}

/**
 * Month rows from the properties and their occupancy only: the sweep is kept (per window, in the
 * compute worker), and the rest of the engine's context (leases, units by id, measures) would
 * otherwise be kept with it.
 */
function monthsFrom(
  properties: ReadonlyMap<number, PropertyFacts>,
  occupancy: Occupancy,
  firstYear: number,
  lastYear: number,
  keep: ReadonlySet<string>,
): CapacitySweep['monthsOf'] {
  return (ids) =>
    ids.flatMap((id) => {
      const property = properties.get(id)
      if (!property) return []
      const { name, workplaces, grossAreaM2 } = property
      return [
        {
          propertyId: id,
          name,
          workplaces,
          grossAreaM2,
          months: toMonths(property, timelineFor(occupancy, id), firstYear, lastYear, keep),
        },
      ]
    })
}

/**
 * The timeline groups (properties, or units) in which somebody sits in a building after it is
 * gone (the timeline's red bars), without building the timeline: one pass over the periods.
 * @example leftBehindIds(periods, window, goneFrom, 'property') // [6]
 */
export function leftBehindIds(
  periods: readonly PresencePeriod[],
  window: TimelineWindow,
  goneFrom: ReadonlyMap<number, IsoDate>,
  by: 'property' | 'unit',
): number[] {
  const late = new Set<number>()
  for (const p of periods) {
    const from = maxDate(p.from ?? window.start, window.start)
    const to = minDate(p.to ?? window.end, window.end)
    const gone = goneFrom.get(p.propertyId)
    if (from <= to && gone !== undefined && gone <= to) late.add(by === 'property' ? p.propertyId : p.unitId)
  }
  return [...late]
}

/** The titles of those ids, in Danish order. @example titlesOf([6], names) // ['Mestringsenheden, Vesterbrogade 4B'] */
export function titlesOf(ids: readonly number[], titles: ReadonlyMap<number, string>): string[] {
  return ids.map((id) => titles.get(id) ?? '').sort(collator.compare)
}

/**
 * The titles of the timeline groups with staff left behind (leftBehindIds, titlesOf).
 * @example leftBehindTitles(periods, window, goneFrom, names, 'property') // ['Mestringsenheden, Vesterbrogade 4B']
 */
export function leftBehindTitles(
  periods: readonly PresencePeriod[],
  window: TimelineWindow,
  goneFrom: ReadonlyMap<number, IsoDate>,
  titles: ReadonlyMap<number, string>,
  by: 'property' | 'unit',
): string[] {
  return titlesOf(leftBehindIds(periods, window, goneFrom, by), titles)
}

/**
 * The first day each property is gone (its tenant lease ended or its buyer took over), in one pass.
 * @example goneFromMap([{ propertyId: 6, date: '2024-09-01' }]).get(6) // '2024-09-01'
 */
export function goneFromMap(ends: readonly { propertyId: number; date: IsoDate }[]): Map<number, IsoDate> {
  const gone = new Map<number, IsoDate>()
  for (const e of ends) gone.set(e.propertyId, minDate(e.date, gone.get(e.propertyId) ?? e.date))
  return gone
}
