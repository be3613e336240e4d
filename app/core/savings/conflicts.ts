import { dayNumber, formatDanishDate, monthKey, type IsoDate } from '~/core/dates'
import { accrueRangeUnits, unitsToKroner } from './accrual'
import type { EngineContext } from './measures'
import { fte, HEADCOUNT_SCALE, totalsOn, unitMilliOn, type Occupancy, type PropertyTimeline, type UnitPresence } from './occupancy'
import type { Conflict, DoubleRentPeriod, Measure } from './types'

/** Danish: when the property is gone, e.g. 'på overtagelsesdagen 16.03.2024' (only for a conflict). */
function deadlineText(m: Measure, ctx: EngineContext): string {
  switch (m.kind) {
    case 'lease_termination':
      return `efter lejemålets ophør ${formatDanishDate(ctx.leaseEnds.get(m.id) ?? '')}`
    case 'sale':
      return `på overtagelsesdagen ${formatDanishDate(m.takeoverDate)}`
    case 'closure':
    case 'relocation':
      return `ved lukningen ${formatDanishDate(m.date)}`
  }
}

/**
 * The property a measure gives up, or null when it empties no building. It is gone from the
 * measure's effective date: the day after a terminated lease ends, a sale's takeover date, a
 * closure's date.
 */
function givenUp(ctx: EngineContext, m: Measure): number | null {
  if (m.kind === 'lease_termination') {
    const lease = ctx.leases.get(m.leaseId)
    // The caller skips measures without an effective date, so the lease has ended.
    return lease && lease.direction === 'tenant' ? lease.propertyId : null
  }
  if (m.kind === 'sale' && ctx.properties.get(m.propertyId)?.ownership === 'owned') return m.propertyId
  // Only a full closure empties the building; a partial one (a wing) leaves room for people.
  if (m.kind === 'closure' && m.operatingCostShare >= 1 && ctx.properties.has(m.propertyId)) return m.propertyId
  return null
}

/** The most FTE a unit has at a property on or after `date`. */
function milliOnOrAfter(presence: UnitPresence, date: IsoDate): number {
  let milli = unitMilliOn(presence, date)
  for (const change of presence.changes) {
    if (change.date > date && change.milli > milli) milli = change.milli
  }
  return milli
}

function leftBehind(ctx: EngineContext, m: Measure, propertyId: number, date: IsoDate, unitId: number, milli: number): Conflict {
  const unitName = ctx.units.get(unitId)?.name ?? `Enhed ${unitId}`
  const propertyName = ctx.properties.get(propertyId)?.name ?? `ejendom ${propertyId}`
  return {
    kind: 'left_behind',
    propertyId,
    unitId,
    measureId: m.id,
    month: monthKey(date),
    message: `${unitName} (${fte(milli)} årsværk) er stadig i ${propertyName} ${deadlineText(m, ctx)}.`,
  }
}

/**
 * Units still (partly) at a property on the first day it is gone (the day after a terminated
 * lease ends, a sale's takeover date, a closure's date), or moving in later.
 *
 * @example leftBehindConflicts(ctx, occupancy)[0]?.kind // 'left_behind'
 */
export function leftBehindConflicts(ctx: EngineContext, occupancy: Occupancy): Conflict[] {
  const conflicts: Conflict[] = []
  for (const { measure: m, from: date } of ctx.measures) {
    const propertyId = date === null ? null : givenUp(ctx, m)
    if (propertyId === null || date === null) continue
    const t = occupancy.timelines.get(propertyId)
    if (!t) {
      // No relocation touches the property: its register units stay there all along.
      for (const unit of occupancy.initialUnits.get(propertyId) ?? []) {
        const milli = Math.round(unit.headcount * HEADCOUNT_SCALE)
        if (milli > 0) conflicts.push(leftBehind(ctx, m, propertyId, date, unit.id, milli))
      }
      continue
    }
    for (const presence of t.units) {
      const milli = milliOnOrAfter(presence, date)
      if (milli > 0) conflicts.push(leftBehind(ctx, m, propertyId, date, presence.unitId, milli))
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
    // A property no relocation touches never becomes empty.
    const t = occupancy.timelines.get(lease.propertyId)
    const from = t ? emptySince(t, end) : null
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
