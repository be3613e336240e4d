import { civilDayNumber, daysInMonth } from '~/core/dates'

/** The number in `length` ASCII digits from `start`, or -1 when a character is not a digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0
  for (let i = start; i < start + length; i++) {
    const code = text.charCodeAt(i) - 48
    // Written so that NaN (past the end of the text) is not a digit either.
    if (!(code >= 0 && code <= 9)) return -1
    value = value * 10 + code
  }
  return value
}

/**
 * Number(iso.slice(start, start + length)) without making the substring when it is all digits
 * (always, for the dates the engine has checked). The engine reads years and months of
 * 50,000 contributions and every relocation.
 *
 * @example isoNumber('2024-05-31', 5, 2) // 5
 */
export function isoNumber(iso: string, start: number, length: number): number {
  const value = digits(iso, start, length)
  return value >= 0 ? value : Number(iso.slice(start, start + length))
}

/** yearOf (dates.ts) without a substring. @example isoYear('2024-05-31') // 2024 */
export const isoYear = (iso: string): number => isoNumber(iso, 0, 4)

/** monthOf (dates.ts) without a substring. @example isoMonth('2024-05-31') // 5 */
export const isoMonth = (iso: string): number => isoNumber(iso, 5, 2)

/**
 * Days since 1970-01-01 of a real calendar date written 'YYYY-MM-DD', else NaN: the same test as
 * isIsoDate and the same number as dayNumber (app/domain/dates.ts), read from character codes.
 * The engine checks and orders every measure's dates; this spares 20,000 measures a regular
 * expression match and three substrings each.
 *
 * @example isoDay('1970-01-02') // 1
 * @example isoDay('2023-02-29') // NaN
 */
export function isoDay(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return NaN
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return NaN
  const year = digits(value, 0, 4)
  const month = digits(value, 5, 2)
  const day = digits(value, 8, 2)
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN
  return civilDayNumber(year, month, day)
}
