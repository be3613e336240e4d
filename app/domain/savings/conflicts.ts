import { dayNumber, formatDanishDate, monthKey, type IsoDate } from '../dates'
import { accrueRangeUnits, unitsToKroner } from './accrual'
import type { EngineContext } from './measures'
import {
  fte,
  timelineFor,
  totalsOn,
  unitMilliOn,
  type Occupancy,
  type PropertyTimeline,
  type UnitPresence,
} from './occupancy'
import type { Conflict, DoubleRentPeriod } from './types'

interface Deadline {
  measureId: string
  propertyId: number
  /** First day the property is no longer available. */
  date: IsoDate
  /** Danish, e.g. 'på overtagelsesdagen 16.03.2024' (built only for a conflict). */
  text: () => string
}

function deadlines(ctx: EngineContext): Deadline[] {
  const result: Deadline[] = []
  for (const { measure: m, from } of ctx.measures) {
    if (m.kind === 'lease_termination') {
      const lease = ctx.leases.get(m.leaseId)
      const end = ctx.leaseEnds.get(m.id)
      if (!lease || lease.direction !== 'tenant' || !end || !from) continue
      const text = () => `efter lejemålets ophør ${formatDanishDate(end)}`
      result.push({ measureId: m.id, propertyId: lease.propertyId, date: from, text })
    } else if (!from) {
      continue
    } else if (m.kind === 'sale' && ctx.properties.get(m.propertyId)?.ownership === 'owned') {
      const text = () => `på overtagelsesdagen ${formatDanishDate(m.takeoverDate)}`
      result.push({ measureId: m.id, propertyId: m.propertyId, date: m.takeoverDate, text })
    } else if (m.kind === 'closure' && m.operatingCostShare >= 1 && ctx.properties.has(m.propertyId)) {
      // Only a full closure empties the building; a partial one (a wing) leaves room for people.
      result.push({
        measureId: m.id,
        propertyId: m.propertyId,
        date: m.date,
        text: () => `ved lukningen ${formatDanishDate(m.date)}`,
      })
    }
  }
  return result
}

/** The most FTE a unit has at a property on or after `date`. */
function milliOnOrAfter(presence: UnitPresence, date: IsoDate): number {
  let milli = unitMilliOn(presence, date)
  for (const change of presence.changes) {
    if (change.date > date && change.milli > milli) milli = change.milli
  }
  return milli
}

/**
 * Units still (partly) at a property on the first day it is gone (the day after a terminated
 * lease ends, a sale's takeover date, a closure's date), or moving in later.
 *
 * @example leftBehindConflicts(ctx, occupancy)[0]?.kind // 'left_behind'
 */
export function leftBehindConflicts(ctx: EngineContext, occupancy: Occupancy): Conflict[] {
  const conflicts: Conflict[] = []
  for (const d of deadlines(ctx)) {
    for (const presence of timelineFor(occupancy, d.propertyId).units) {
      const milli = milliOnOrAfter(presence, d.date)
      if (milli <= 0) continue
      const unitName = ctx.units.get(presence.unitId)?.name ?? `Enhed ${presence.unitId}`
      const propertyName = ctx.properties.get(d.propertyId)?.name ?? `ejendom ${d.propertyId}`
      conflicts.push({
        kind: 'left_behind',
        propertyId: d.propertyId,
        unitId: presence.unitId,
        measureId: d.measureId,
        month: monthKey(d.date),
        message: `${unitName} (${fte(milli)} årsværk) er stadig i ${propertyName} ${d.text()}.`,
      })
    }
  }
  return conflicts
}

/** The day a property became empty for good on or before `date`, if staff moved out of it. */
function emptySince(t: PropertyTimeline, date: IsoDate): IsoDate | null {
  if (totalsOn(t, date).milli > 0) return null
  let since: IsoDate | null = null
  let previous = t.initialMilli
  for (const change of t.changes) {
    if (change.date > date) break
    if (change.milli === 0 && previous > 0) since = change.date
    previous = change.milli
  }
  return since
}

/**
 * Double rent: for each terminated tenant lease whose premises are emptied by relocations
 * before the lease ends, the days rent and service are still paid, and what they cost.
 *
 * @example doubleRentPeriods(ctx, occupancy, idx)[0] // { from: '2024-08-01', to: '2024-12-31', ... }
 */
export function doubleRentPeriods(
  ctx: EngineContext,
  occupancy: Occupancy,
  rentUnits: (annualOre: number, year: number) => bigint,
): DoubleRentPeriod[] {
  const periods: DoubleRentPeriod[] = []
  for (const { measure: m } of ctx.measures) {
    if (m.kind !== 'lease_termination') continue
    const lease = ctx.leases.get(m.leaseId)
    const end = ctx.leaseEnds.get(m.id)
    if (!lease || lease.direction !== 'tenant' || !end) continue
    const from = emptySince(timelineFor(occupancy, lease.propertyId), end)
    if (!from) continue
    const annualOre = lease.annualRentOre + lease.annualServiceOre
    const amount = unitsToKroner(accrueRangeUnits((year) => rentUnits(annualOre, year), from, end))
    const days = dayNumber(end) - dayNumber(from) + 1
    periods.push({
      measureId: m.id,
      leaseId: lease.id,
      propertyId: lease.propertyId,
      from,
      to: end,
      days,
      amount,
      explanation:
        `${lease.name} står tom fra ${formatDanishDate(from)}, men husleje og service betales ` +
        `til ophør ${formatDanishDate(end)} (${days} dage).`,
    })
  }
  return periods
}
