/**
 * Critical dates ("Frister"): for leases the municipality rents, the next notice deadline and the
 * end it reaches; lease ends already set; sale takeovers. By date, a page at a time.
 *
 * A running lease's notice deadline follows from its terms alone (notice months, month or quarter,
 * a non-terminable date), so the deadlines are counted per day from a few hundred groups of terms
 * and the day counts of set ends; each day's leases are listed by id in name order once per data
 * generation, and only the page's rows are read (150,000 leases or 15).
 */
import { href } from 'react-router'
import { addMonthsClamped } from '~/core/dates'
import { latestNoticeDate, leaseEndDate } from '~/core/lease-terms'
import { pageOf } from '~/core/paging'
import { listTakeovers } from '~/features/sales/sales.server'
import type { Db } from '~/server/db.server'
import { perGeneration } from '~/server/data-generation.server'
import {
  countLeaseEndsByDate,
  countRunningLeasesByTerms,
  listDeadlineLeaseIdsOn,
  listDeadlineLeases,
  type DayTerms,
  type NoticeTerms,
} from './leases.repo.server'
import type { Deadline } from './types'

/** Deadlines a page of /frister shows. */
export const DEADLINES_PAGE_SIZE = 50

type Takeover = Awaited<ReturnType<typeof listTakeovers>>[number]
type DayLease = Awaited<ReturnType<typeof listDeadlineLeases>>[number]

/** What falls on one day: leases (set ends and notice deadlines of these terms) and takeovers. */
interface Day {
  date: string
  leases: number
  terms: DayTerms[]
  takeovers: Takeover[]
}

/**
 * The latest notice date from `from` for a running lease on these terms and the end it reaches
 * (erhvervslejeloven § 64), or null when it falls after `to`.
 * @example noticeDeadline({ noticeMonths: 3, terms: 'month', nonTerminableUntil: null }, '2024-02-10', '2024-05-10') // { date: '2024-03-01', leadsTo: '2024-05-31' }
 */
export function noticeDeadline(t: NoticeTerms, from: string, to: string): { date: string; leadsTo: string } | null {
  const terms = { noticeMonths: t.noticeMonths, terms: t.terms, nonTerminableUntil: t.nonTerminableUntil }
  const earliestEnd = leaseEndDate({ noticeDate: from, ...terms })
  const deadline = latestNoticeDate({ wishedEndDate: earliestEnd, ...terms }).latestNoticeDate
  return deadline && deadline <= to ? { date: deadline, leadsTo: earliestEnd } : null
}

/**
 * The days with deadlines from `from` to `to`, in date order, with what each holds; kept per data
 * generation for a few periods, so paging through one period counts the register once (about
 * 15 ms of 50 at 37,000 leases). Shared: read-only.
 */
const daysOfDeadlines = perGeneration(countDaysOfDeadlines, (from, to) => `${from}:${to}`, 8, 'register')

async function countDaysOfDeadlines(db: Db, from: string, to: string): Promise<Day[]> {
  const [groups, ends, takeovers] = await Promise.all([
    countRunningLeasesByTerms(db, from),
    countLeaseEndsByDate(db, from, to),
    listTakeovers(db, from, to),
  ])
  const days = new Map<string, Day>()
  const day = (date: string) => days.get(date) ?? days.set(date, { date, leases: 0, terms: [], takeovers: [] }).get(date)!
  for (const g of groups) {
    const deadline = noticeDeadline(g, from, to)
    if (!deadline) continue
    const d = day(deadline.date)
    d.leases += g.n
    addTerms(d.terms, g)
  }
  for (const e of ends) day(e.date).leases += e.n
  for (const t of takeovers) day(t.takeoverDate).takeovers.push(t)
  for (const d of days.values()) d.takeovers.sort((a, b) => a.propertyName.localeCompare(b.propertyName, 'da'))
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/**
 * The leases of one day in the order shown, kept per data generation like the days: the first
 * day of a national period holds some 29,000 of the 37,000 leases, and sorting them took 14 ms of
 * each page's 16; paging through the day sorts them once (4 bytes a lease).
 */
const leaseIdsOfDay = perGeneration(
  async (db: Db, d: Day, from: string, _to: string) =>
    Int32Array.from(await listDeadlineLeaseIdsOn(db, { date: d.date, from, terms: d.terms })),
  (d, from, to) => `${from}:${to}:${d.date}`,
  64,
  'register',
)

/** One more group of terms on a day: merged into the day's entry for its notice period and terms. */
function addTerms(list: DayTerms[], g: NoticeTerms): void {
  let t = list.find((x) => x.noticeMonths === g.noticeMonths && x.terms === g.terms)
  if (!t) list.push((t = { noticeMonths: g.noticeMonths, terms: g.terms, open: false, floors: null }))
  const f = g.nonTerminableUntil
  if (f === null) t.open = true
  else
    t.floors = t.floors
      ? { first: f < t.floors.first ? f : t.floors.first, last: f > t.floors.last ? f : t.floors.last }
      : { first: f, last: f }
}

function leaseItem(l: DayLease, from: string, to: string): Deadline {
  const common = {
    title: `${l.counterparty}, ${l.propertyName}`,
    href: href('/lejemaal/:id', { id: String(l.id) }),
    annualAmountOre: l.annualRentOre + l.annualServiceOre,
  }
  if (l.noticeDate !== null) return { kind: 'lease_end', date: l.endDate!, leadsTo: null, ...common }
  const floor = l.nonTerminableUntil !== null && l.nonTerminableUntil > from ? l.nonTerminableUntil : null
  const deadline = noticeDeadline({ noticeMonths: l.noticeMonths, terms: l.terms, nonTerminableUntil: floor }, from, to)!
  return { kind: 'notice_deadline', date: deadline.date, leadsTo: deadline.leadsTo, ...common }
}

function takeoverItem(t: Takeover): Deadline {
  return {
    kind: 'takeover',
    date: t.takeoverDate,
    title: t.propertyName,
    href: href('/ejendomme/:id', { id: String(t.propertyId) }),
    leadsTo: null,
    annualAmountOre: t.priceOre,
  }
}

/** A page's place before its leases' rows are read: a lease by id, or a takeover. */
type Entry = { lease: number } | { takeover: Takeover }

/** Up to `limit` entries of one day from `skip` on: its leases in name order, then its takeovers. */
async function entriesOfDay(db: Db, d: Day, from: string, to: string, skip: number, limit: number): Promise<Entry[]> {
  const out: Entry[] = []
  if (skip < d.leases) {
    const ids = await leaseIdsOfDay(db, d, from, to)
    for (const id of ids.subarray(skip, skip + limit)) out.push({ lease: id })
  }
  const takeovers = d.takeovers.slice(Math.max(0, skip - d.leases))
  for (const t of takeovers.slice(0, limit - out.length)) out.push({ takeover: t })
  return out
}

/**
 * One page of the deadlines from `from` over `months` months, by date (within a day: leases by
 * counterparty, then takeovers), and how many there are.
 * @example (await pageOfDeadlines(db, '2024-01-01', 12, 2)).deadlines.length // up to 50
 */
export async function pageOfDeadlines(db: Db, from: string, months: number, page: number | string) {
  const to = addMonthsClamped(from, months)
  const days = await daysOfDeadlines(db, from, to)
  const total = days.reduce((n, d) => n + d.leases + d.takeovers.length, 0)
  const info = pageOf(page, total, DEADLINES_PAGE_SIZE)
  let skip = (info.page - 1) * DEADLINES_PAGE_SIZE
  const entries: Entry[] = []
  for (const d of days) {
    if (entries.length === DEADLINES_PAGE_SIZE) break
    const count = d.leases + d.takeovers.length
    if (skip >= count) {
      skip -= count
      continue
    }
    entries.push(...(await entriesOfDay(db, d, from, to, skip, DEADLINES_PAGE_SIZE - entries.length)))
    skip = 0
  }
  // The page's lease rows in one read, whichever days they fall on.
  const rows = await listDeadlineLeases(
    db,
    entries.flatMap((e) => ('lease' in e ? [e.lease] : [])),
  )
  const byId = new Map(rows.map((l) => [l.id, l]))
  const deadlines = entries.flatMap((e): Deadline[] => {
    if ('takeover' in e) return [takeoverItem(e.takeover)]
    const lease = byId.get(e.lease)
    return lease ? [leaseItem(lease, from, to)] : []
  })
  return { deadlines, total: info.total, page: info.page, pageCount: info.pageCount }
}
