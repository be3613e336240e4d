/**
 * /frister pages in the database: on a generated portfolio with notices given, non-terminable
 * dates and takeovers, every page together is exactly the list computed lease by lease from the
 * terms (erhvervslejeloven § 64, core/lease-terms.ts), on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { addMonthsClamped } from '~/core/dates'
import { latestNoticeDate, leaseEndDate } from '~/core/lease-terms'
import { DEADLINES_PAGE_SIZE, pageOfDeadlines } from '~/features/leases/deadlines.server'
import { generatePortfolio } from '../../scripts/bench/generate'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'

const FROM = '2025-02-10'
const MONTHS = 12

describe.each(DIALECTS)('deadlines paged in SQL on %s', (dialect) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    await generatePortfolio(h.db, { seed: 5, properties: 600, measures: 0 })
    const leases = await h.db.selectFrom('lease').select(['id']).orderBy('id').execute()
    // Every seventh lease has been given notice, ending within the period or after it.
    for (const [i, l] of leases.entries()) {
      if (i % 7 === 0) {
        const end = addMonthsClamped('2025-03-31', i % 15)
        await h.db.updateTable('lease').set({ noticeDate: '2025-01-15', endDate: end }).where('id', '=', l.id).execute()
      } else if (i % 5 === 0) {
        // Non-terminable dates before, within and after the period, some shared.
        const floor = addMonthsClamped('2024-12-31', (i % 30) - 4)
        await h.db.updateTable('lease').set({ nonTerminableUntil: floor }).where('id', '=', l.id).execute()
      }
    }
    const owned = await h.db.selectFrom('property').select('id').where('ownership', '=', 'owned').orderBy('id').limit(6).execute()
    const now = new Date().toISOString()
    for (const [i, p] of owned.entries())
      await h.db
        .insertInto('sale')
        .values({
          propertyId: p.id,
          status: 'sold',
          designatedDate: '2024-01-01',
          councilReference: '',
          offeringDeadline: null,
          expectedPriceOre: 100_000_00 * (i + 1),
          realisedPriceOre: null,
          saleCostsOre: 0,
          takeoverDate: addMonthsClamped('2025-03-01', i),
          buyer: '',
          note: '',
          createdAt: now,
          updatedAt: now,
        })
        .execute()
  })
  afterAll(async () => h.close())

  /** The list computed lease by lease, as /frister listed it before it paged in the database. */
  async function expected() {
    const to = addMonthsClamped(FROM, MONTHS)
    const leases = await h.db
      .selectFrom('lease')
      .innerJoin('property', 'property.id', 'lease.propertyId')
      .selectAll('lease')
      .select(['property.name as propertyName'])
      .where('lease.status', 'in', ['active', 'terminated', 'vacated'])
      .execute()
    const items: { date: string; kind: string; title: string; leadsTo: string | null; key: string }[] = []
    for (const l of leases) {
      const title = `${l.counterparty}, ${l.propertyName}`
      const key = `0 ${l.sortKey}\u0000${String(l.id).padStart(9, '0')}`
      if (l.noticeDate !== null) {
        if (l.endDate && l.endDate >= FROM && l.endDate <= to) items.push({ date: l.endDate, kind: 'lease_end', title, leadsTo: null, key })
        continue
      }
      if (l.direction !== 'tenant') continue
      const terms = { noticeMonths: l.noticeMonths, terms: l.terms, nonTerminableUntil: l.nonTerminableUntil }
      const end = leaseEndDate({ noticeDate: FROM, ...terms })
      const deadline = latestNoticeDate({ wishedEndDate: end, ...terms }).latestNoticeDate
      if (deadline && deadline <= to) items.push({ date: deadline, kind: 'notice_deadline', title, leadsTo: end, key })
    }
    const sales = await h.db
      .selectFrom('sale')
      .innerJoin('property', 'property.id', 'sale.propertyId')
      .select(['sale.takeoverDate', 'property.name'])
      .execute()
    for (const s of sales) items.push({ date: s.takeoverDate!, kind: 'takeover', title: s.name, leadsTo: null, key: `1 ${s.name}` })
    const bytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
    return items.sort((a, b) => bytes(a.date, b.date) || bytes(a.key, b.key)).map(({ key: _key, ...item }) => item)
  }

  /** Every page of the period together, each page full but the last. */
  async function allPages() {
    const first = await pageOfDeadlines(h.db, FROM, MONTHS, 1)
    const got = [...first.deadlines]
    for (let page = 2; page <= first.pageCount; page++) {
      const p = await pageOfDeadlines(h.db, FROM, MONTHS, page)
      expect(p.deadlines.length).toBe(page < first.pageCount ? DEADLINES_PAGE_SIZE : first.total - (page - 1) * DEADLINES_PAGE_SIZE)
      got.push(...p.deadlines)
    }
    expect(got.length).toBe(first.total)
    return got.map(({ date, kind, title, leadsTo }) => ({ date, kind, title, leadsTo }))
  }

  it('pages exactly the deadlines computed lease by lease, in date order', async () => {
    const want = await expected()
    expect(want.length).toBeGreaterThan(3 * DEADLINES_PAGE_SIZE)
    expect(new Set(want.map((d) => d.kind))).toEqual(new Set(['lease_end', 'notice_deadline', 'takeover']))
    expect(await allPages()).toEqual(want)
  })

  it('answers the last page for a page beyond it', async () => {
    const last = await pageOfDeadlines(h.db, FROM, MONTHS, 1_000_000)
    expect(last.page).toBe(last.pageCount)
    expect(last.deadlines.length).toBeGreaterThan(0)
  })

  it('counts and orders afresh after a change to the leases (the days and their leases are kept per data generation)', async () => {
    const before = await pageOfDeadlines(h.db, FROM, MONTHS, 1)
    const running = await h.db
      .selectFrom('lease')
      .select('id')
      .where('direction', '=', 'tenant')
      .where('noticeDate', 'is', null)
      .where('status', '=', 'active')
      .orderBy('id')
      .executeTakeFirstOrThrow()
    // Notice given, ending on the period's first day: its end comes first on page 1.
    await h.db.updateTable('lease').set({ noticeDate: '2024-11-20', endDate: FROM }).where('id', '=', running.id).execute()
    const after = await pageOfDeadlines(h.db, FROM, MONTHS, 1)
    expect(after.total).toBe((await expected()).length)
    expect(await allPages()).toEqual(await expected())
    expect(before.deadlines.some((d) => d.href === `/lejemaal/${running.id}` && d.kind === 'lease_end')).toBe(false)
    expect(after.deadlines.some((d) => d.href === `/lejemaal/${running.id}` && d.kind === 'lease_end')).toBe(true)
  })

  it("takes a lease off its day's list when notice is given (the days' leases are kept per data generation)", async () => {
    const before = await pageOfDeadlines(h.db, FROM, MONTHS, 1)
    const shown = before.deadlines.find((d) => d.kind === 'notice_deadline')!
    const id = Number(shown.href.split('/').pop())
    await h.db.updateTable('lease').set({ noticeDate: '2024-11-20', endDate: FROM }).where('id', '=', id).execute()
    const after = await pageOfDeadlines(h.db, FROM, MONTHS, 1)
    expect(after.deadlines.some((d) => d.href === shown.href && d.kind === 'notice_deadline')).toBe(false)
    expect(after.deadlines.some((d) => d.href === shown.href && d.kind === 'lease_end')).toBe(true)
    expect(await allPages()).toEqual(await expected())
  })
})
