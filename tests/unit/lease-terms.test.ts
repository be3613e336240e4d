import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, addMonthsClamped, isLastDayOfMonth } from '~/core/dates'
import { describeLeaseEnd, doubleRentPeriod, isTermEnd, latestNoticeDate, leaseEndDate, type LeaseTerms } from '~/core/lease-terms'
import { isoDateArb } from './arbitraries'

describe('leaseEndDate (erhvervslejeloven § 64)', () => {
  it.each([
    // docs/calculation.md worked examples
    ['2023-06-15', 6, '2023-12-31'],
    ['2024-02-10', 3, '2024-05-31'],
    ['2024-02-01', 3, '2024-04-30'],
    // notice on the 1st reaches a 1st exactly: the lease ends the day before
    ['2024-01-01', 1, '2024-01-31'],
    // the 31st plus a month that has no 31st clamps to the month end, which is not a 1st
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-03-31', 1, '2024-04-30'],
    // no notice: the next 1st
    ['2024-05-10', 0, '2024-05-31'],
    ['2024-05-01', 0, '2024-04-30'],
    ['2024-12-15', 1, '2025-01-31'],
  ])('month terms: notice %s with %i months ends %s', (noticeDate, noticeMonths, end) => {
    expect(leaseEndDate({ noticeDate, noticeMonths, terms: 'month' })).toBe(end)
  })

  it.each([
    ['2024-02-10', 3, '2024-06-30'],
    ['2024-01-01', 3, '2024-03-31'],
    ['2024-01-02', 3, '2024-06-30'],
    ['2023-06-15', 6, '2023-12-31'],
    ['2023-07-02', 6, '2024-03-31'],
    ['2024-08-31', 1, '2024-09-30'],
    ['2024-09-01', 1, '2024-09-30'],
    ['2024-09-02', 1, '2024-12-31'],
  ])('quarter terms: notice %s with %i months ends %s', (noticeDate, noticeMonths, end) => {
    expect(leaseEndDate({ noticeDate, noticeMonths, terms: 'quarter' })).toBe(end)
  })

  it('never ends before the non-terminable date', () => {
    const args = { noticeDate: '2024-02-10', noticeMonths: 3, terms: 'month' as const }
    expect(leaseEndDate({ ...args, nonTerminableUntil: '2025-03-15' })).toBe('2025-03-15')
    expect(leaseEndDate({ ...args, nonTerminableUntil: '2024-05-31' })).toBe('2024-05-31')
    expect(leaseEndDate({ ...args, nonTerminableUntil: '2024-01-01' })).toBe('2024-05-31')
    expect(leaseEndDate({ ...args, nonTerminableUntil: null })).toBe('2024-05-31')
  })

  it('rejects impossible input', () => {
    expect(() => leaseEndDate({ noticeDate: '2024-02-30', noticeMonths: 3, terms: 'month' })).toThrow(RangeError)
    expect(() => leaseEndDate({ noticeDate: '2024-02-10', noticeMonths: -1, terms: 'month' })).toThrow(RangeError)
    expect(() => leaseEndDate({ noticeDate: '2024-02-10', noticeMonths: 1.5, terms: 'month' })).toThrow(RangeError)
  })
})

describe('latestNoticeDate ("beslut senest")', () => {
  it('finds the latest notice for a wished month end', () => {
    expect(latestNoticeDate({ wishedEndDate: '2024-05-31', noticeMonths: 3, terms: 'month' })).toEqual({
      latestNoticeDate: '2024-03-01',
      achievableEndDate: '2024-05-31',
      noticeDateForAchievableEnd: '2024-03-01',
    })
    expect(latestNoticeDate({ wishedEndDate: '2023-12-31', noticeMonths: 6, terms: 'month' }).latestNoticeDate).toBe('2023-07-01')
  })

  it('falls back to the last term end before a wished date that is not one', () => {
    const result = latestNoticeDate({ wishedEndDate: '2024-05-15', noticeMonths: 3, terms: 'month' })
    expect(result.latestNoticeDate).toBe('2024-02-01')
    expect(result.achievableEndDate).toBe('2024-04-30')
    expect(result.reason).toBe(
      '15.05.2024 er ikke en ophørsdag ved opsigelse til den 1. i en måned; lejemålet kan senest ophøre 30.04.2024 inden da.',
    )
  })

  it('uses quarter ends for quarter terms', () => {
    const result = latestNoticeDate({ wishedEndDate: '2024-05-31', noticeMonths: 3, terms: 'quarter' })
    expect(result.latestNoticeDate).toBe('2024-01-01')
    expect(result.achievableEndDate).toBe('2024-03-31')
    expect(result.reason).toContain('kvartalsskifte')
  })

  it('says so when the non-terminable date makes the wish impossible', () => {
    const result = latestNoticeDate({
      wishedEndDate: '2024-05-31',
      noticeMonths: 3,
      terms: 'month',
      nonTerminableUntil: '2025-03-15',
    })
    expect(result.latestNoticeDate).toBeNull()
    expect(result.achievableEndDate).toBe('2025-03-15')
    expect(result.noticeDateForAchievableEnd).toBe('2024-12-01')
    expect(result.reason).toBe('Lejemålet er uopsigeligt til 15.03.2025 og kan tidligst ophøre 15.03.2025.')
  })

  it('ends on the non-terminable date when it lies between the last term end and the wish', () => {
    const result = latestNoticeDate({
      wishedEndDate: '2025-03-20',
      noticeMonths: 3,
      terms: 'month',
      nonTerminableUntil: '2025-03-15',
    })
    expect(result.latestNoticeDate).toBe('2024-12-01')
    expect(result.achievableEndDate).toBe('2025-03-15')
    expect(result.reason).toContain('uopsigeligt til 15.03.2025')
  })

  const terms = fc.constantFrom<LeaseTerms>('month', 'quarter')
  const months = fc.integer({ min: 0, max: 36 })
  const floor = fc.option(isoDateArb, { nil: null })

  it('property: the latest notice ends the lease on or before the wish, one day later does not', () => {
    fc.assert(
      fc.property(isoDateArb, months, terms, floor, (wishedEndDate, noticeMonths, t, nonTerminableUntil) => {
        const result = latestNoticeDate({ wishedEndDate, noticeMonths, terms: t, nonTerminableUntil })
        const end = (noticeDate: string) => leaseEndDate({ noticeDate, noticeMonths, terms: t, nonTerminableUntil })
        expect(end(result.noticeDateForAchievableEnd)).toBe(result.achievableEndDate)
        if (result.latestNoticeDate === null) {
          expect(nonTerminableUntil! > wishedEndDate).toBe(true)
          expect(result.achievableEndDate).toBe(nonTerminableUntil)
          return
        }
        expect(end(result.latestNoticeDate) <= wishedEndDate).toBe(true)
        expect(end(addDays(result.latestNoticeDate, 1)) > wishedEndDate).toBe(true)
        expect(end(result.latestNoticeDate)).toBe(result.achievableEndDate)
        expect(result.reason === undefined).toBe(result.achievableEndDate === wishedEndDate)
      }),
    )
  })
})

describe('leaseEndDate properties', () => {
  it('property: a term end on or after notice date + N months − 1 day, and the first such', () => {
    fc.assert(
      fc.property(
        isoDateArb,
        fc.integer({ min: 0, max: 36 }),
        fc.constantFrom<LeaseTerms>('month', 'quarter'),
        (noticeDate, noticeMonths, terms) => {
          const end = leaseEndDate({ noticeDate, noticeMonths, terms })
          const earliest = addDays(addMonthsClamped(noticeDate, noticeMonths), -1)
          expect(isLastDayOfMonth(end)).toBe(true)
          expect(isTermEnd(end, terms)).toBe(true)
          if (terms === 'quarter') expect(['03-31', '06-30', '09-30', '12-31']).toContain(end.slice(5))
          expect(end >= earliest).toBe(true)
          // no earlier term end also qualifies: the month (or quarter) before is too early
          const previousEnd = addDays(`${end.slice(0, 8)}01`, -1)
          if (terms === 'month') expect(previousEnd < earliest).toBe(true)
        },
      ),
    )
  })

  it('property: later notice never ends the lease earlier', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 24 }), (noticeDate, days, noticeMonths) => {
        const a = leaseEndDate({ noticeDate, noticeMonths, terms: 'month' })
        const b = leaseEndDate({ noticeDate: addDays(noticeDate, days), noticeMonths, terms: 'month' })
        expect(b >= a).toBe(true)
      }),
    )
  })
})

describe('describeLeaseEnd', () => {
  it('explains the month rule', () => {
    expect(describeLeaseEnd({ noticeDate: '2024-02-10', noticeMonths: 3, terms: 'month' })).toBe(
      'Opsagt 10.02.2024 med 3 måneders varsel til den 1. i en måned: 10.05.2024 → ophør 31.05.2024',
    )
  })

  it('explains quarter terms, one month and the non-terminable date', () => {
    expect(describeLeaseEnd({ noticeDate: '2024-08-31', noticeMonths: 1, terms: 'quarter' })).toBe(
      'Opsagt 31.08.2024 med 1 måneds varsel til kvartalsskifte (1. jan., 1. apr., 1. jul., 1. okt.): 30.09.2024 → ophør 30.09.2024',
    )
    expect(describeLeaseEnd({ noticeDate: '2024-02-10', noticeMonths: 3, terms: 'month', nonTerminableUntil: '2025-03-15' })).toBe(
      'Opsagt 10.02.2024 med 3 måneders varsel til den 1. i en måned: 10.05.2024 → ophør 31.05.2024; ' +
        'uopsigeligt til 15.03.2025 → ophør 15.03.2025',
    )
  })
})

describe('doubleRentPeriod', () => {
  it('is the time from moving out until the lease ends', () => {
    expect(doubleRentPeriod({ moveOutDate: '2024-03-01', leaseEndDate: '2024-05-31' })).toEqual({
      from: '2024-03-01',
      to: '2024-05-31',
    })
    expect(doubleRentPeriod({ moveOutDate: '2024-05-31', leaseEndDate: '2024-05-31' })).toEqual({
      from: '2024-05-31',
      to: '2024-05-31',
    })
  })

  it('is null when staff stay until the end', () => {
    expect(doubleRentPeriod({ moveOutDate: '2024-06-01', leaseEndDate: '2024-05-31' })).toBeNull()
  })
})
