/**
 * Critical dates ("Frister"): for leases the municipality rents, the next notice deadline and the
 * end it reaches; lease ends already set; sale takeovers. Sorted by date.
 */
import { pageSlice } from '~/core/paging'
import { href } from 'react-router'
import { addMonthsClamped, todayIso } from '~/core/dates'
import { latestNoticeDate, leaseEndDate } from '~/core/lease-terms'
import { listTakeovers } from '~/features/sales/sales.server'
import type { Db } from '~/server/db.server'
import { listLeaseDeadlines } from './leases.repo.server'
import type { Deadline } from './types'

type DeadlineLease = Awaited<ReturnType<typeof listLeaseDeadlines>>[number]

/** A lease's deadline in the period: the latest notice for a running lease we rent, or its set end. */
function leaseDeadline(l: DeadlineLease, from: string, to: string): Deadline | null {
  const common = {
    title: `${l.counterparty}, ${l.propertyName}`,
    href: href('/lejemaal/:id', { id: String(l.id) }),
    annualAmountOre: l.annualRentOre + l.annualServiceOre,
  }
  if (l.noticeDate !== null) return l.endDate ? { kind: 'lease_end', date: l.endDate, leadsTo: null, ...common } : null
  if (l.direction !== 'tenant') return null
  const terms = { noticeMonths: l.noticeMonths, terms: l.terms, nonTerminableUntil: l.nonTerminableUntil }
  const earliestEnd = leaseEndDate({ noticeDate: from, ...terms })
  const deadline = latestNoticeDate({ wishedEndDate: earliestEnd, ...terms }).latestNoticeDate
  return deadline && deadline <= to ? { kind: 'notice_deadline', date: deadline, leadsTo: earliestEnd, ...common } : null
}

/**
 * Deadlines from `from` over `months` months.
 * @example await listDeadlines(db, '2024-01-01', 12)
 */
export async function listDeadlines(db: Db, from = todayIso(), months = 12): Promise<Deadline[]> {
  const to = addMonthsClamped(from, months)
  const out: Deadline[] = []
  for (const l of await listLeaseDeadlines(db, from, to)) {
    const deadline = leaseDeadline(l, from, to)
    if (deadline) out.push(deadline)
  }
  for (const s of await listTakeovers(db, from, to)) {
    out.push({
      kind: 'takeover',
      date: s.takeoverDate,
      title: s.propertyName,
      href: href('/ejendomme/:id', { id: String(s.propertyId) }),
      leadsTo: null,
      annualAmountOre: s.priceOre,
    })
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.title.localeCompare(b.title, 'da')))
}

/** Deadlines a page of /frister shows. */
export const DEADLINES_PAGE_SIZE = 50

/**
 * One page of the deadlines from `from` over `months` months, in date order, and how many there
 * are. The notice deadline is computed from each lease's terms (core/lease-terms.ts), so the
 * period's deadlines are computed (one pass over the running leases) and only the page is sent.
 * @example (await pageOfDeadlines(db, '2024-01-01', 12, 2)).deadlines.length // up to 50
 */
export async function pageOfDeadlines(db: Db, from: string, months: number, page: number) {
  const all = await listDeadlines(db, from, months)
  const { items, info } = pageSlice(all, page, DEADLINES_PAGE_SIZE)
  return { deadlines: items, total: info.total, page: info.page, pageCount: info.pageCount }
}
