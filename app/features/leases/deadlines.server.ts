/**
 * Critical dates ("Frister"): for leases the municipality rents, the next notice deadline and the
 * end it reaches; lease ends already set; sale takeovers. Sorted by date.
 */
import type { Kysely } from 'kysely'
import type { Database } from '#db/schema'
import { addMonthsClamped, todayIso } from '~/core/dates'
import { latestNoticeDate, leaseEndDate } from '~/core/lease-terms'
import { listLeaseDeadlines } from '~/features/leases/leases.repo.server'

export type DeadlineKind = 'notice_deadline' | 'lease_end' | 'takeover'

export interface Deadline {
  kind: DeadlineKind
  date: string
  title: string
  href: string
  /** The date this deadline leads to (e.g. the end a timely notice reaches). */
  leadsTo: string | null
  annualAmountOre: number | null
}

/**
 * Deadlines from `from` over `months` months.
 * @example await listDeadlines(db, '2024-01-01', 12)
 */
export async function listDeadlines(db: Kysely<Database>, from = todayIso(), months = 12): Promise<Deadline[]> {
  const to = addMonthsClamped(from, months)
  const leases = await listLeaseDeadlines(db, from, to)
  const out: Deadline[] = []
  for (const l of leases) {
    const href = `/lejemaal/${l.id}`
    const annual = l.annualRentOre + l.annualServiceOre
    if (l.noticeDate === null) {
      if (l.direction !== 'tenant') continue
      const terms = { noticeMonths: l.noticeMonths, terms: l.terms, nonTerminableUntil: l.nonTerminableUntil }
      const earliestEnd = leaseEndDate({ noticeDate: from, ...terms })
      const deadline = latestNoticeDate({ wishedEndDate: earliestEnd, ...terms }).latestNoticeDate
      if (deadline && deadline <= to) {
        out.push({
          kind: 'notice_deadline',
          date: deadline,
          title: `${l.counterparty}, ${l.propertyName}`,
          href,
          leadsTo: earliestEnd,
          annualAmountOre: annual,
        })
      }
    } else if (l.endDate) {
      out.push({
        kind: 'lease_end',
        date: l.endDate,
        title: `${l.counterparty}, ${l.propertyName}`,
        href,
        leadsTo: null,
        annualAmountOre: annual,
      })
    }
  }
  const takeovers = await db
    .selectFrom('sale')
    .innerJoin('property', 'property.id', 'sale.propertyId')
    .select(['sale.takeoverDate', 'property.name', 'property.id', 'sale.realisedPriceOre', 'sale.expectedPriceOre'])
    .where('sale.takeoverDate', '>=', from)
    .where('sale.takeoverDate', '<=', to)
    .where('sale.status', '<>', 'withdrawn')
    .execute()
  for (const s of takeovers) {
    out.push({
      kind: 'takeover',
      date: s.takeoverDate!,
      title: s.name,
      href: `/ejendomme/${s.id}`,
      leadsTo: null,
      annualAmountOre: s.realisedPriceOre ?? s.expectedPriceOre,
    })
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.title.localeCompare(b.title, 'da')))
}
