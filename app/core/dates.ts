/**
 * Calendar dates as ISO strings ('YYYY-MM-DD'). Budgets and leases run on calendar days, not
 * instants, so nothing here touches time zones: arithmetic is on year/month/day integers.
 */
export type IsoDate = string

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const DANISH_PATTERN = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/

/**
 * Number of days in a month (month 1-12).
 *
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/**
 * The ISO string of a year, month (1-12) and day.
 *
 * @example isoDate(2024, 5, 1) // '2024-05-01'
 */
export function isoDate(year: number, month: number, day: number): IsoDate {
  if (year >= 1000 && year <= 9999) {
    return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * True for a real calendar date written 'YYYY-MM-DD'.
 *
 * @example isIsoDate('2023-02-29') // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const match = ISO_PATTERN.exec(value)
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))
}

/**
 * Year, month (1-12) and day of a valid ISO date.
 *
 * @example isoParts('2024-05-31') // { year: 2024, month: 5, day: 31 }
 */
export function isoParts(iso: IsoDate): { year: number; month: number; day: number } {
  return { year: yearOf(iso), month: monthOf(iso), day: Number(iso.slice(8, 10)) }
}

/** @example yearOf('2024-05-31') // 2024 */
export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4))
}

/** @example monthOf('2024-05-31') // 5 */
export function monthOf(iso: IsoDate): number {
  return Number(iso.slice(5, 7))
}

/** @example monthKey('2024-05-31') // '2024-05' */
export function monthKey(iso: IsoDate): string {
  return iso.slice(0, 7)
}

/**
 * Days since 1970-01-01 (proleptic Gregorian, H. Hinnant's integer algorithm), so day arithmetic
 * never depends on the host's time zone or Date's two-digit-year quirks.
 *
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(iso: IsoDate): number {
  const { year, month, day } = isoParts(iso)
  return civilDayNumber(year, month, day)
}

/** Days since 1970-01-01 of a valid year, month (1-12) and day. @example civilDayNumber(1970, 1, 2) // 1 */
export function civilDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** @example fromDayNumber(0) // '1970-01-01' */
export function fromDayNumber(days: number): IsoDate {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const shifted = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1
  const month = shifted < 10 ? shifted + 3 : shifted - 9
  return isoDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
}

/**
 * Adds (or subtracts) days.
 *
 * @example addDays('2024-02-28', 2) // '2024-03-01'
 */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const { year, month, day } = isoParts(iso)
  // Within the same month no calendar arithmetic is needed (the common case: the day after).
  if (day + days >= 1 && day + days <= 28) return isoDate(year, month, day + days)
  return fromDayNumber(dayNumber(iso) + days)
}

/**
 * Adds calendar months; a day the target month lacks becomes its last day.
 *
 * @example addMonthsClamped('2024-01-31', 1) // '2024-02-29'
 */
export function addMonthsClamped(iso: IsoDate, months: number): IsoDate {
  const { year, month, day } = isoParts(iso)
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = index - targetYear * 12 + 1
  return isoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)))
}

/** @example compareDates('2024-01-01', '2023-12-31') // 1 */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0
}

/** @example maxDate('2024-01-01', '2024-03-01') // '2024-03-01' */
export function maxDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((max, date) => (date > max ? date : max), first)
}

/** @example minDate('2024-01-01', '2024-03-01') // '2024-01-01' */
export function minDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((min, date) => (date < min ? date : min), first)
}

/**
 * The first day of a month on or after the date.
 *
 * @example firstOfMonthOnOrAfter('2024-05-10') // '2024-06-01'
 */
export function firstOfMonthOnOrAfter(iso: IsoDate): IsoDate {
  if (iso.endsWith('-01')) return iso
  return addMonthsClamped(`${monthKey(iso)}-01`, 1)
}

/** @example lastDayOfMonth('2024-02-10') // '2024-02-29' */
export function lastDayOfMonth(iso: IsoDate): IsoDate {
  const { year, month } = isoParts(iso)
  return isoDate(year, month, daysInMonth(year, month))
}

/** @example isLastDayOfMonth('2024-02-29') // true */
export function isLastDayOfMonth(iso: IsoDate): boolean {
  return lastDayOfMonth(iso) === iso
}

/**
 * Day.month.year with two-digit day and month, as Danish readers expect.
 *
 * @example formatDanishDate('2024-05-31') // '31.05.2024'
 */
export function formatDanishDate(iso: IsoDate): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`
}

/** The years a date may fall in wherever dates enter (forms, files, the interchange file, grid filters). */
export const DATE_YEARS = { first: 1900, last: 2200 } as const

/**
 * Reads '31.05.2024', '31-05-2024', '31/05/2024', '1.6.2024' or ISO '2024-05-31'; null for
 * impossible dates and years outside 1900-2200 (almost always a typing error).
 *
 * @example parseDanishDate('1.6.2024') // '2024-06-01'
 * @example parseDanishDate('29.02.2023') // null
 */
export function parseDanishDate(text: string): IsoDate | null {
  const trimmed = text.trim()
  const iso = ISO_PATTERN.exec(trimmed)
  const danish = DANISH_PATTERN.exec(trimmed)
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : danish
      ? [Number(danish[4]), Number(danish[3]), Number(danish[1])]
      : [0, 0, 0]
  if (year < DATE_YEARS.first || year > DATE_YEARS.last || !isRealDate(year, month, day)) return null
  return isoDate(year, month, day)
}

let copenhagenFormat: Intl.DateTimeFormat | undefined

/**
 * Today's calendar date in Denmark, whatever the server's time zone.
 *
 * @example todayIso(new Date('2024-05-31T22:30:00Z')) // '2024-06-01' (CEST is UTC+2)
 */
export function todayIso(now: Date = new Date()): IsoDate {
  copenhagenFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
  const parts = copenhagenFormat.formatToParts(now)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return isoDate(part('year'), part('month'), part('day'))
}

/**
 * The calendar day in Denmark of a stored instant (timestamps are stored in UTC), for showing the
 * day something happened: a plan archived at 00:30 on New Year's Day in Denmark is stored as the
 * 31st in UTC. A plain ISO date is already a calendar day and is answered as it is.
 *
 * @example danishDateOf('2024-12-31T23:30:00.000Z') // '2025-01-01' (CET is UTC+1)
 */
export function danishDateOf(instant: string): IsoDate {
  const at = new Date(instant) // a plain date reads as UTC midnight, which is the same day in Denmark
  return Number.isNaN(at.getTime()) ? instant.slice(0, 10) : todayIso(at)
}

/** Danish month abbreviations, January first. */
export const DANISH_MONTHS_SHORT = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'] as const

/**
 * A month key ('YYYY-MM' or a full ISO date) the Danish way.
 *
 * @example formatDanishMonth('2024-09') // 'sep. 2024'
 */
export function formatDanishMonth(key: string): string {
  return `${DANISH_MONTHS_SHORT[monthOf(key) - 1] ?? '?'} ${key.slice(0, 4)}`
}
