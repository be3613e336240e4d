/**
 * The capacity page (Kapacitet): occupancy per property per month, computed by the savings
 * engine's occupancy timelines over the register's relocations (capacity-sweep.ts), paged by
 * property, and the timeline of who sits where in the properties shown.
 */
import { pageSlice } from '~/core/paging'
import type { RelocationStatus } from '#db/schema'
import { addDays, formatDanishDate, todayIso } from '~/core/dates'
import { presencePeriods } from '~/core/relocation-replay'
import type { EngineInput } from '~/core/savings'
import { buildTimeline, monthTicks, monthWindow, type PropertyEnd } from '~/core/timeline'
import { foldText } from '#db/text'
import type { Db } from '~/server/db.server'
import { perGeneration, readDataGeneration } from '~/server/data-generation.server'
import { heavyJob } from '~/server/heavy-lane.server'
import { listSaleTakeovers, listTenantLeaseEnds, namesById } from './capacity.repo.server'
import { heatRow } from '~/core/occupancy-cells'
import { goneFromMap, leftBehindIds, sweepCapacity, titlesOf, type PropertySummary } from './capacity-sweep'
import { loadRegisterPlan, planAssumptions, type RegisterPlan } from './relocation-plan.server'

export interface CapacityQuery {
  /** 'YYYY-MM'; default: January of the year of the first relocation not yet done. */
  from?: string
  months?: number
  level?: RelocationStatus
  propertyId?: number
  by?: 'property' | 'unit'
  /** Search in property names, and the page of the list (from 1). */
  q?: string
  page?: number
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

/** The month the page starts from: the asked one when inside the plan's horizon, else the default. */
function startMonth(assumptions: RegisterPlan['assumptions'], defaultStart: string, from: string | undefined): string {
  const { firstYear, lastYear } = assumptions
  return from && from >= `${firstYear}-01` && from <= `${lastYear}-12` ? from : defaultStart
}

/** Properties a page of the capacity list shows. */
export const CAPACITY_PAGE_SIZE = 20
/** Names of left-behind buildings the warning lists; the count says how many in all. */
const LEFT_BEHIND_SHOWN = 20

/** The positions of a list's items by a key, in list order. */
function positionsBy<T>(items: readonly T[], keyOf: (item: T) => number): Map<number, number[]> {
  const at = new Map<number, number[]>()
  items.forEach((item, i) => {
    const key = keyOf(item)
    const list = at.get(key)
    if (list) list.push(i)
    else at.set(key, [i])
  })
  return at
}

/** The items of these keys, in the list's own order. */
function itemsOf<T>(items: readonly T[], at: ReadonlyMap<number, number[]>, keys: Iterable<number>): T[] {
  const positions: number[] = []
  for (const key of keys) positions.push(...(at.get(key) ?? []))
  return positions.sort((a, b) => a - b).map((i) => items[i]!)
}

/**
 * What every window of one status level shares: who sat where when, the lookups by id, and the
 * plan's assumptions. Computed once per data generation and level (a national register takes a
 * second to read and replay), so the windows do not each keep a copy. The register's plan itself
 * (the engine's whole input, some 40 MB at national scale) is handed to the first window's sweep
 * and then let go; a later window reads it again.
 */
function levelState(db: Db, level: RelocationStatus) {
  // A national register's read and replay, in its turn (heavy-lane.server.ts).
  return heavyJob(() => readLevelState(db, level))
}

async function readLevelState(db: Db, level: RelocationStatus) {
  const [plan, ends] = await Promise.all([loadRegisterPlan(db, { minStatus: level }), propertyEnds(db)])
  const periods = presencePeriods(plan.units, plan.kept)
  const { firstYear, lastYear } = plan.assumptions
  let input: EngineInput | null = plan.input
  return {
    assumptions: plan.assumptions,
    /** Where the page starts when no month is asked for. */
    defaultStart: defaultFrom(plan.kept, firstYear, lastYear),
    ends,
    periods,
    /** Where each property's periods and ends are in those lists: a page picks its 20 without a scan. */
    periodsAt: positionsBy(periods, (p) => p.propertyId),
    endsAt: positionsBy(ends, (e) => e.propertyId),
    gone: goneFromMap(ends),
    statuses: new Map(plan.kept.map((r) => [r.id, r.status])),
    /** The engine's input for a window's sweep: the one read with the rest the first time, read again after. */
    async sweepInput(): Promise<EngineInput> {
      const held = input
      input = null
      return held ?? (await loadRegisterPlan(db, { minStatus: level })).input
    },
  }
}

/**
 * The version of what the capacity views read: the register, and the assumptions they count with
 * (the adopted plan's, or the defaults: relocation-plan.server.ts planAssumptions). Editing a
 * scenario, or promoting one with the same assumptions, keeps the views.
 */
async function capacityVersion(db: Db): Promise<string> {
  const [register, assumptions] = await Promise.all([readDataGeneration(db, 'register'), planAssumptions(db)])
  return `${register}:${JSON.stringify(assumptions)}`
}

const levelStateCached = perGeneration(levelState, (level) => level, 2, capacityVersion)

/**
 * What every view of one window and status level is cut from: the level's shared state and the
 * one sweep of its occupancy over the window. Kept per data generation for a few windows.
 */
async function capacityState(db: Db, level: RelocationStatus, from: string | undefined, months: number) {
  const shared = await levelStateCached(db, level)
  const window = monthWindow(startMonth(shared.assumptions, shared.defaultStart, from), months)
  const leftBehindAll = new Map<'property' | 'unit', Promise<string[]>>()
  const sweep = await heavyJob(async () => sweepCapacity(await shared.sweepInput(), window))
  const searches = new Map<string, PropertySummary[]>()
  return {
    ...shared,
    window,
    sweep,
    /** Months over capacity in the window, all properties together. */
    overMonths: sweep.used.reduce((n, p) => n + p.overMonths, 0),
    /**
     * The properties whose name holds the search (folded: case and Danish letters), the last few
     * searches kept: paging through one search's 45,000 matches filters the 100,000 names once.
     */
    matching(q: string): PropertySummary[] {
      const needle = foldText(q.trim())
      if (!needle) return sweep.used
      let found = searches.get(needle)
      if (!found) {
        found = sweep.used.filter((p) => foldText(p.name).includes(needle))
        searches.set(needle, found)
        if (searches.size > 8) searches.delete(searches.keys().next().value!)
      }
      return found
    },
    /** Buildings (or units) with staff left behind in the whole register, worked out at the first ask (a failed read is not kept). */
    leftBehind(db: Db, by: 'property' | 'unit'): Promise<string[]> {
      let found = leftBehindAll.get(by)
      if (!found) {
        found = leftBehindNamed(db, leftBehindIds(shared.periods, window, shared.gone, by), by)
        leftBehindAll.set(by, found)
        found.catch(() => leftBehindAll.delete(by))
      }
      return found
    },
  }
}
type CapacityState = Awaited<ReturnType<typeof capacityState>>

const capacityStateCached = perGeneration(capacityState, (level, from, months) => `${level}:${from ?? ''}:${months}`, 4, capacityVersion)

/** The titles of left-behind properties or units, their names read for them only. */
async function leftBehindNamed(db: Db, ids: number[], by: 'property' | 'unit'): Promise<string[]> {
  return titlesOf(ids, await namesById(db, by, ids))
}

/**
 * Who sits where month by month in the window, as bars per property or per unit, for the
 * properties shown (named by the page's own rows); the names of their units are read for the page.
 */
async function timelineOf(db: Db, state: CapacityState, shown: ReadonlyMap<number, string>, by: 'property' | 'unit') {
  const periods = itemsOf(state.periods, state.periodsAt, shown.keys())
  const ends = itemsOf(state.ends, state.endsAt, shown.keys())
  const unitNames = await namesById(
    db,
    'unit',
    periods.map((p) => p.unitId),
  )
  return buildTimeline({ window: state.window, periods, ends, propertyNames: shown, unitNames, statuses: state.statuses }, by)
}

/** Buildings (or units) with staff left behind, over the whole register or the one property shown. */
function leftBehindOf(db: Db, state: CapacityState, query: CapacityQuery, shown: ReadonlyMap<number, string>): Promise<string[]> {
  const by = query.by ?? 'property'
  if (query.propertyId === undefined) return state.leftBehind(db, by)
  const ids = leftBehindIds(itemsOf(state.periods, state.periodsAt, [query.propertyId]), state.window, state.gone, by)
  return by === 'property' ? Promise.resolve(titlesOf(ids, shown)) : leftBehindNamed(db, ids, by)
}

/** One page of the properties listed. */
function pageOf(matching: PropertySummary[], page: number) {
  const { items, info } = pageSlice(matching, page, CAPACITY_PAGE_SIZE)
  return { ids: items.map((p) => p.propertyId), total: info.total, page: info.page, pageCount: info.pageCount }
}

/**
 * The capacity page for a window of months and a status level: one sweep of the register (kept
 * per data generation), then month rows for one page of properties (20, searched by name) and, on
 * demand, one property.
 * @example const page = await getCapacityPage(db, { from: '2024-01', months: 24, level: 'planned', q: 'rådhus' })
 */
export async function getCapacityPage(db: Db, query: CapacityQuery) {
  const level = query.level ?? 'planned'
  const state = await capacityStateCached(db, level, query.from, query.months ?? 24)
  const { sweep, window } = state
  const { firstYear, lastYear, deskFactor } = state.assumptions
  const list = pageOf(state.matching(query.q ?? ''), query.page ?? 1)
  // Each row knows when its building is gone, so staff still there show as left behind.
  const goneFrom = (propertyId: number) => state.gone.get(propertyId) ?? null
  const occupancy = sweep.monthsOf(list.ids).map((p) => heatRow(p, goneFrom(p.propertyId)))
  const opened = query.propertyId === undefined ? undefined : sweep.monthsOf([query.propertyId])[0]
  const detail = opened ? { ...opened, goneFrom: goneFrom(opened.propertyId) } : null
  // The properties the timeline shows, by their names on the page.
  const shown = new Map(
    query.propertyId === undefined ? occupancy.map((p) => [p.propertyId, p.name]) : [[query.propertyId, detail?.name ?? '']],
  )
  const [leftBehind, timeline] = await Promise.all([
    leftBehindOf(db, state, query, shown),
    timelineOf(db, state, shown, query.by ?? 'property'),
  ])
  return {
    level,
    from: window.months[0]!,
    months: window.months.length,
    deskFactor,
    horizon: { firstYear, lastYear },
    timelineBy: query.by === 'unit' ? ('enhed' as const) : ('ejendom' as const),
    ticks: monthTicks(window),
    q: query.q ?? '',
    page: list.page,
    pageCount: list.pageCount,
    propertyCount: list.total,
    occupancy,
    detail,
    timeline,
    /** Every month of the plan's horizon, for the "from" choice. */
    monthChoices: monthWindow(`${firstYear}-01`, (lastYear - firstYear + 1) * 12).months,
    overMonths: state.overMonths,
    leftBehind: leftBehind.slice(0, LEFT_BEHIND_SHOWN),
    leftBehindCount: leftBehind.length,
  }
}

export type CapacityPage = Awaited<ReturnType<typeof getCapacityPage>>
