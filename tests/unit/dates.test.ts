import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonthsClamped,
  compareDates,
  danishDateOf,
  dayNumber,
  daysInMonth,
  firstOfMonthOnOrAfter,
  formatDanishDate,
  formatDanishMonth,
  fromDayNumber,
  isIsoDate,
  isLastDayOfMonth,
  lastDayOfMonth,
  maxDate,
  minDate,
  monthKey,
  parseDanishDate,
  todayIso,
  yearOf,
} from '~/core/dates'
import { isoDateArb } from './arbitraries'

describe('calendar arithmetic', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29)
    expect(daysInMonth(2023, 2)).toBe(28)
    expect(daysInMonth(1900, 2)).toBe(28)
    expect(daysInMonth(2000, 2)).toBe(29)
    expect(daysInMonth(2024, 4)).toBe(30)
    expect(daysInMonth(2024, 12)).toBe(31)
  })

  it('adds months and clamps a missing day to the month end', () => {
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonthsClamped('2023-01-31', 1)).toBe('2023-02-28')
    expect(addMonthsClamped('2023-12-31', 4)).toBe('2024-04-30')
    expect(addMonthsClamped('2023-06-15', 6)).toBe('2023-12-15')
    expect(addMonthsClamped('2024-03-31', -1)).toBe('2024-02-29')
    expect(addMonthsClamped('2024-05-01', -15)).toBe('2023-02-01')
  })

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01')
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01')
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
  })

  it('numbers days without time zones', () => {
    expect(dayNumber('1970-01-01')).toBe(0)
    expect(dayNumber('2000-03-01')).toBe(11017)
    fc.assert(
      fc.property(isoDateArb, (iso) => {
        expect(fromDayNumber(dayNumber(iso))).toBe(iso)
        expect(dayNumber(iso)).toBe(Date.parse(`${iso}T00:00:00Z`) / 86_400_000)
      }),
    )
  })

  it('finds the first of a month on or after a date', () => {
    expect(firstOfMonthOnOrAfter('2024-05-10')).toBe('2024-06-01')
    expect(firstOfMonthOnOrAfter('2024-05-01')).toBe('2024-05-01')
    expect(firstOfMonthOnOrAfter('2024-12-31')).toBe('2025-01-01')
  })

  it('compares, picks extremes and reads parts', () => {
    expect(compareDates('2024-01-01', '2023-12-31')).toBe(1)
    expect(compareDates('2024-01-01', '2024-01-01')).toBe(0)
    expect(maxDate('2024-01-01', '2024-03-01', '2023-05-05')).toBe('2024-03-01')
    expect(minDate('2024-01-01', '2024-03-01', '2023-05-05')).toBe('2023-05-05')
    expect(yearOf('2024-05-31')).toBe(2024)
    expect(monthKey('2024-05-31')).toBe('2024-05')
    expect(lastDayOfMonth('2024-02-10')).toBe('2024-02-29')
    expect(isLastDayOfMonth('2024-04-30')).toBe(true)
    expect(isLastDayOfMonth('2024-04-29')).toBe(false)
  })
})

describe('Danish dates', () => {
  it('formats day.month.year', () => {
    expect(formatDanishDate('2024-05-31')).toBe('31.05.2024')
    expect(formatDanishMonth('2024-09')).toBe('sep. 2024')
    expect(formatDanishMonth('2024-05-31')).toBe('maj 2024')
  })

  it.each([
    ['31.05.2024', '2024-05-31'],
    ['31-05-2024', '2024-05-31'],
    ['31/05/2024', '2024-05-31'],
    ['1.6.2024', '2024-06-01'],
    ['2024-05-31', '2024-05-31'],
    [' 29.02.2024 ', '2024-02-29'],
  ])('reads %j', (text, iso) => {
    expect(parseDanishDate(text)).toBe(iso)
  })

  it.each([
    '31.02.2024',
    '29.02.2023',
    '31.04.2024',
    '01.13.2024',
    '00.01.2024',
    '01.01.1899',
    '01.01.2201',
    '31.05.24',
    '31.05-2024',
    '2024-5-31',
    'i morgen',
    '',
  ])('rejects %j', (text) => {
    expect(parseDanishDate(text)).toBeNull()
  })

  it('round-trips every date', () => {
    fc.assert(
      fc.property(isoDateArb, (iso) => {
        expect(parseDanishDate(formatDanishDate(iso))).toBe(iso)
      }),
    )
  })

  it('validates ISO dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2023-02-29')).toBe(false)
    expect(isIsoDate('2024-2-29')).toBe(false)
    expect(isIsoDate(20240229)).toBe(false)
  })
})

describe('todayIso', () => {
  it('takes the calendar day in Copenhagen, not UTC', () => {
    expect(todayIso(new Date('2024-05-31T22:30:00Z'))).toBe('2024-06-01')
    expect(todayIso(new Date('2024-05-31T21:30:00Z'))).toBe('2024-05-31')
    expect(todayIso(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01')
    expect(todayIso(new Date('2024-12-31T22:30:00Z'))).toBe('2024-12-31')
  })
})

describe('danishDateOf', () => {
  it('takes the day a stored UTC instant fell on in Denmark', () => {
    expect(danishDateOf('2024-12-31T23:30:00.000Z')).toBe('2025-01-01')
    expect(danishDateOf('2024-12-31T22:30:00.000Z')).toBe('2024-12-31')
    expect(danishDateOf('2025-06-30T22:15:00.000Z')).toBe('2025-07-01')
    expect(danishDateOf('2025-06-30T21:45:00.000Z')).toBe('2025-06-30')
  })

  it('answers a plain calendar date as it is', () => {
    expect(danishDateOf('2025-03-12')).toBe('2025-03-12')
  })
})
