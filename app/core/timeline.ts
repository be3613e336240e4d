/**
 * The capacity timeline (a Gantt chart) as plain data: bars for the periods units spend at
 * properties, markers for lease ends and sale takeovers, placed as percentages of a window of
 * months. Pure, so the page only draws it; grouped per property or per unit.
 */
import { addDays, dayNumber, formatDanishDate, formatDanishMonth, lastDayOfMonth, maxDate, minDate, type IsoDate } from '~/core/dates'
import { formatFte, relocationStatusLabels } from '~/core/relocation-labels'
import type { PresencePeriod, RelocationStatus } from './relocation-replay'

export interface TimelineWindow {
  /** First day of the first month. */
  start: IsoDate
  /** Last day of the last month. */
  end: IsoDate
  /** 'YYYY-MM' of each month, in order. */
  months: string[]
}

/** A window of `count` months from `from` ('YYYY-MM'). */
export function monthWindow(from: string, count: number): TimelineWindow {
  const months: string[] = []
  let [year, month] = from.split('-').map(Number) as [number, number]
  for (let i = 0; i < count; i++) {
    months.push(`${year}-${String(month).padStart(2, '0')}`)
    month += 1
    if (month > 12) [year, month] = [year + 1, 1]
  }
  return { start: `${months[0]}-01`, end: lastDayOfMonth(`${months.at(-1)}-01`), months }
}

/** When a property stops being available: the day after a lease ends, a sale's takeover day. */
export interface PropertyEnd {
  propertyId: number
  /** First day it is gone. */
  date: IsoDate
  kind: 'lease_end' | 'takeover'
  label: string
}

export interface TimelineMarker {
  kind: PropertyEnd['kind']
  left: number
  label: string
}

export interface TimelineBar {
  left: number
  width: number
  /** Staff still there after the property is gone (the red part). */
  late: boolean
  /** Arrived by a relocation not yet done. */
  planned: boolean
  label: string
  title: string
}

export interface TimelineRow {
  key: string
  label: string
  href: string
  bars: TimelineBar[]
  markers: TimelineMarker[]
}

export interface TimelineGroup {
  key: string
  title: string
  href: string
  markers: TimelineMarker[]
  rows: TimelineRow[]
  /** Someone sits there after the property is gone. */
  leftBehind: boolean
}

export interface TimelineInput {
  window: TimelineWindow
  periods: readonly PresencePeriod[]
  ends: readonly PropertyEnd[]
  propertyNames: ReadonlyMap<number, string>
  unitNames: ReadonlyMap<number, string>
  /** Status of each relocation, by id. */
  statuses: ReadonlyMap<number, RelocationStatus>
}

function position(window: TimelineWindow, date: IsoDate): number {
  const span = dayNumber(window.end) - dayNumber(window.start) + 1
  return Math.round(((dayNumber(date) - dayNumber(window.start)) / span) * 10_000) / 100
}

function periodTitle(p: PresencePeriod, input: TimelineInput): string {
  const from = p.from ? `fra ${formatDanishDate(p.from)}` : 'fra start'
  const to = p.to ? `til ${formatDanishDate(p.to)}` : 'og fremefter'
  const status = (id: number | null) => (id === null ? '' : ` (${relocationStatusLabels[input.statuses.get(id) ?? 'done'].toLowerCase()})`)
  const arrived = p.arrivedBy === null ? '' : `; ankommer ved flytning${status(p.arrivedBy)}`
  const left = p.leftBy === null ? '' : `; flytter ved flytning${status(p.leftBy)}`
  return `${input.unitNames.get(p.unitId) ?? ''}: ${formatFte(p.headcount)} årsværk i ${input.propertyNames.get(p.propertyId) ?? ''} ${from} ${to}${arrived}${left}`
}

/** The bars of one period inside the window: an ordinary part and, after the property is gone, a late part. */
function bars(p: PresencePeriod, input: TimelineInput, goneFrom: IsoDate | null): TimelineBar[] {
  const { window } = input
  const from = maxDate(p.from ?? window.start, window.start)
  const to = minDate(p.to ?? window.end, window.end)
  if (from > to) return []
  const planned = p.arrivedBy !== null && input.statuses.get(p.arrivedBy) !== 'done'
  const base = { planned, label: formatFte(p.headcount), title: periodTitle(p, input) }
  const bar = (a: IsoDate, b: IsoDate, late: boolean): TimelineBar => {
    const left = position(window, a)
    return { ...base, late, left, width: Math.max(position(window, addDays(b, 1)) - left, 0.3) }
  }
  if (!goneFrom || goneFrom > to) return [bar(from, to, false)]
  if (goneFrom <= from) return [bar(from, to, true)]
  return [bar(from, addDays(goneFrom, -1), false), bar(goneFrom, to, true)]
}

function markers(propertyId: number, input: TimelineInput): TimelineMarker[] {
  return input.ends
    .filter((e) => e.propertyId === propertyId && e.date >= input.window.start && e.date <= addDays(input.window.end, 1))
    .map((e) => ({ kind: e.kind, left: position(input.window, e.date), label: e.label }))
}

const collator = new Intl.Collator('da')

/**
 * Groups per property (rows per unit) or per unit (rows per property), for periods that touch
 * the window. A unit still at a property after it is gone gets a red bar and flags its group.
 *
 * @example buildTimeline(input, 'property')[0].rows[0].bars[0].late // true when left behind
 */
export function buildTimeline(input: TimelineInput, by: 'property' | 'unit'): TimelineGroup[] {
  const goneFrom = new Map<number, IsoDate>()
  for (const e of input.ends) goneFrom.set(e.propertyId, minDate(e.date, goneFrom.get(e.propertyId) ?? e.date))
  const groups = new Map<number, TimelineGroup>()
  const rows = new Map<string, TimelineRow>()
  for (const p of input.periods) {
    const b = bars(p, input, goneFrom.get(p.propertyId) ?? null)
    if (b.length === 0) continue
    const [groupId, rowId] = by === 'property' ? [p.propertyId, p.unitId] : [p.unitId, p.propertyId]
    let group = groups.get(groupId)
    if (!group) {
      const title = (by === 'property' ? input.propertyNames : input.unitNames).get(groupId) ?? ''
      const href = by === 'property' ? `/kapacitet?ejendom=${groupId}` : `/enheder/${groupId}`
      group = { key: `g${groupId}`, title, href, markers: by === 'property' ? markers(groupId, input) : [], rows: [], leftBehind: false }
      groups.set(groupId, group)
    }
    const key = `${groupId}-${rowId}`
    let row = rows.get(key)
    if (!row) {
      const label = (by === 'property' ? input.unitNames : input.propertyNames).get(rowId) ?? ''
      const href = by === 'property' ? `/enheder/${rowId}` : `/kapacitet?ejendom=${rowId}`
      row = { key, label, href, bars: [], markers: by === 'unit' ? markers(rowId, input) : [] }
      rows.set(key, row)
      group.rows.push(row)
    }
    row.bars.push(...b)
    if (b.some((x) => x.late)) group.leftBehind = true
  }
  const sorted = [...groups.values()].sort((a, b) => collator.compare(a.title, b.title))
  for (const g of sorted) g.rows.sort((a, b) => collator.compare(a.label, b.label))
  return sorted
}

/** Month labels for the header, with their positions: 'jan. 2024' at 0 %, … */
export function monthTicks(window: TimelineWindow): { key: string; left: number; label: string }[] {
  return window.months.map((m) => ({ key: m, left: position(window, `${m}-01`), label: formatDanishMonth(m) }))
}
