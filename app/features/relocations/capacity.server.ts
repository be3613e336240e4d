/**
 * The capacity page (Kapacitet): occupancy per property per month, computed by the savings
 * engine's monthlyOccupancy over the register's relocations, and the timeline of who sits where.
 */
import type { RelocationStatus } from '#db/schema'
import { addDays, formatDanishDate, todayIso } from '~/core/dates'
import { presencePeriods } from '~/core/relocation-replay'
import { monthlyOccupancy, type PropertyOccupancy } from '~/core/savings'
import { buildTimeline, monthTicks, monthWindow, type PropertyEnd, type TimelineGroup, type TimelineWindow } from '~/core/timeline'
import type { Db } from '~/server/db.server'
import { listSaleTakeovers, listTenantLeaseEnds } from './capacity.repo.server'
import { loadRegisterPlan, type RegisterPlan } from './relocation-plan.server'

export interface CapacityQuery {
  /** 'YYYY-MM'; default: January of the year of the first relocation not yet done. */
  from?: string
  months?: number
  level?: RelocationStatus
  propertyId?: number
  by?: 'property' | 'unit'
}

/** Lease ends (the day after) and sale takeovers: the days properties stop being available. */
async function propertyEnds(db: Db): Promise<PropertyEnd[]> {
  const [leases, sales] = await Promise.all([listTenantLeaseEnds(db), listSaleTakeovers(db)])
  return [
    ...leases.map((l) => ({
      propertyId: l.propertyId,
      date: addDays(l.endDate, 1),
      kind: 'lease_end' as const,
      label: `Lejemålet ophører ${formatDanishDate(l.endDate)}`,
    })),
    ...sales.map((s) => ({
      propertyId: s.propertyId,
      date: s.takeoverDate,
      kind: 'takeover' as const,
      label: `Overtagelsesdag ${formatDanishDate(s.takeoverDate)}`,
    })),
  ]
}

/** January of the first relocation not yet done; else of the latest one; else this year. */
function defaultFrom(relocations: readonly { date: string; status: RelocationStatus }[], firstYear: number, lastYear: number): string {
  const pending = relocations
    .filter((r) => r.status !== 'done')
    .map((r) => r.date)
    .sort()
  const all = relocations.map((r) => r.date).sort()
  const date = pending[0] ?? all.at(-1) ?? todayIso()
  const year = Number(date.slice(0, 4))
  return `${Math.min(Math.max(year, firstYear), lastYear)}-01`
}

/** Occupancy rows cut to the window; properties nobody uses in it are left out. */
function inWindow(rows: PropertyOccupancy[], window: TimelineWindow): PropertyOccupancy[] {
  const keep = new Set(window.months)
  return rows
    .map((p) => ({ ...p, months: p.months.filter((m) => keep.has(m.month)) }))
    .filter((p) => p.months.some((m) => m.headcount > 0))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'))
}

/** The first day a property is gone (lease ended or sold), or null. */
function goneFromOf(ends: readonly PropertyEnd[]) {
  return (propertyId: number): string | null =>
    ends
      .filter((e) => e.propertyId === propertyId)
      .map((e) => e.date)
      .sort()[0] ?? null
}

/** The month the page starts from: the asked one when inside the plan's horizon, else the default. */
function startMonth(plan: RegisterPlan, from: string | undefined): string {
  const { firstYear, lastYear } = plan.assumptions
  return from && from >= `${firstYear}-01` && from <= `${lastYear}-12` ? from : defaultFrom(plan.kept, firstYear, lastYear)
}

/** Who sits where month by month in the window, as bars per property or per unit. */
function timelineOf(plan: RegisterPlan, window: TimelineWindow, ends: PropertyEnd[], query: CapacityQuery): TimelineGroup[] {
  const names = (list: readonly { id: number; name: string }[]) => new Map(list.map((x) => [x.id, x.name]))
  return buildTimeline(
    {
      window,
      periods: presencePeriods(plan.units, plan.kept).filter((p) => query.propertyId === undefined || p.propertyId === query.propertyId),
      ends,
      propertyNames: names(plan.input.properties),
      unitNames: names(plan.units),
      statuses: new Map(plan.kept.map((r) => [r.id, r.status])),
    },
    query.by ?? 'property',
  )
}

/**
 * Everything the capacity page shows for a window of months and a status level.
 * @example const page = await getCapacityPage(db, { from: '2024-01', months: 24, level: 'planned' })
 */
export async function getCapacityPage(db: Db, query: CapacityQuery) {
  const level = query.level ?? 'planned'
  const [plan, ends] = await Promise.all([loadRegisterPlan(db, { minStatus: level }), propertyEnds(db)])
  const { firstYear, lastYear, deskFactor } = plan.assumptions
  const from = startMonth(plan, query.from)
  const window = monthWindow(from, query.months ?? 24)
  const goneFrom = goneFromOf(ends)
  // Each row knows when its building is gone, so staff still there show as left behind.
  const withEnd = (p: PropertyOccupancy) => ({ ...p, goneFrom: goneFrom(p.propertyId) })
  const occupancy = inWindow(monthlyOccupancy(plan.input), window).map(withEnd)
  const timeline = timelineOf(plan, window, ends, query)
  const detail =
    query.propertyId === undefined
      ? null
      : (occupancy.find((p) => p.propertyId === query.propertyId) ??
        inWindowAll(monthlyOccupancy(plan.input, { propertyIds: [query.propertyId] }), window).map(withEnd)[0] ??
        null)
  return {
    level,
    from,
    months: window.months.length,
    deskFactor,
    horizon: { firstYear, lastYear },
    timelineBy: query.by === 'unit' ? ('enhed' as const) : ('ejendom' as const),
    ticks: monthTicks(window),
    occupancy,
    detail,
    timeline,
    /** Every month of the plan's horizon, for the "from" choice. */
    monthChoices: monthWindow(`${firstYear}-01`, (lastYear - firstYear + 1) * 12).months,
    properties: plan.input.properties
      .filter((p) => occupancy.some((o) => o.propertyId === p.id) || p.id === query.propertyId)
      .map((p) => ({ id: p.id, name: p.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'da')),
    overMonths: occupancy.reduce((n, p) => n + p.months.filter((m) => m.over).length, 0),
    leftBehind: timeline.filter((g) => g.leftBehind).map((g) => g.title),
  }
}

function inWindowAll(rows: PropertyOccupancy[], window: TimelineWindow): PropertyOccupancy[] {
  const keep = new Set(window.months)
  return rows.map((p) => ({ ...p, months: p.months.filter((m) => keep.has(m.month)) }))
}

export type CapacityPage = Awaited<ReturnType<typeof getCapacityPage>>
