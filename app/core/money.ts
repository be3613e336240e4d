import Decimal from 'decimal.js'

/**
 * The one decimal.js configuration for money: 40 significant digits, rounding half away from
 * zero (decimal.js calls it ROUND_HALF_UP). Plain notation up to 1e50 so `toString()` never
 * switches to exponent form for amounts we handle.
 *
 * @example new Money('0.1').plus('0.2').toString() // '0.3'
 */
export const Money = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -50,
  toExpPos: 50,
})

/** An exact amount in kroner (an instance of Money). */
export type Amount = Decimal

/** The space between a number and its unit, so `kr.` never wraps onto its own line. */
export const NBSP = '\u00a0'

const HALF_UP = Decimal.ROUND_HALF_UP

/**
 * Integer øre (as stored) to exact kroner.
 *
 * @example oreToKroner(123456).toString() // '1234.56'
 */
export function oreToKroner(ore: number): Decimal {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`Øre skal være et helt tal: ${ore}`)
  return new Money(ore).div(100)
}

/**
 * Kroner to whole øre, rounding half away from zero.
 *
 * @example kronerToOre('12.345') // 1235
 */
export function kronerToOre(kroner: Decimal | string | number): number {
  const ore = new Money(kroner).times(100).toDecimalPlaces(0, HALF_UP).toNumber()
  if (!Number.isSafeInteger(ore)) throw new RangeError(`Beløbet er for stort: ${kroner.toString()}`)
  return ore
}

/**
 * Exact sum of amounts.
 *
 * @example sum([new Money('0.1'), new Money('0.2')]).toString() // '0.3'
 */
export function sum(values: readonly Decimal[]): Decimal {
  let total: Decimal = new Money(0)
  for (const value of values) total = total.plus(value)
  return total
}

/** Inserts '.' between groups of three digits. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}

/** One added to a string of decimal digits: '199' → '200', '99' → '100'. */
function incrementDigits(digits: string): string {
  let i = digits.length - 1
  while (i >= 0 && digits[i] === '9') i--
  if (i < 0) return `1${'0'.repeat(digits.length)}`
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1)
}

/**
 * A number's shortest decimal form (`text`, as `String(n)` writes a non-negative number) rounded to
 * `decimals` places half away from zero, as [integer digits, fraction digits]: the digits
 * decimal.js gives from the same form, without building a Decimal (a capacity page formats
 * thousands of numbers). Null for exponent forms (1e-7, 1e21) and anything not finite.
 * @example roundedPlaces('9.96', 1) // ['10', '0']
 */
function roundedPlaces(text: string, decimals: number): [string, string] | null {
  if (!/^\d+(\.\d+)?$/.test(text)) return null
  const dot = text.indexOf('.')
  const intPart = dot < 0 ? text : text.slice(0, dot)
  const fraction = dot < 0 ? '' : text.slice(dot + 1)
  if (fraction.length <= decimals) return [intPart, fraction.padEnd(decimals, '0')]
  let digits = intPart + fraction.slice(0, decimals)
  if (fraction.charCodeAt(decimals) >= 53) digits = incrementDigits(digits)
  const split = digits.length - decimals
  return [digits.slice(0, split).replace(/^0+(?=\d)/, ''), digits.slice(split)]
}

/**
 * A number the Danish way, rounded half away from zero: '.' groups thousands, ',' marks decimals.
 * String operations on toFixed keep every digit exact (no float detour).
 *
 * @example formatNumberDa(12345) // '12.345'
 * @example formatNumberDa(0.75, 2) // '0,75'
 */
export function formatNumberDa(value: number | Decimal, decimals = 0): string {
  if (decimals === 0 && typeof value === 'number' && Number.isSafeInteger(value)) {
    return (value < 0 ? '-' : '') + groupThousands(Math.abs(value).toString())
  }
  if (typeof value === 'number') {
    const places = roundedPlaces(Math.abs(value).toString(), decimals)
    if (places) {
      const [intPart, fraction] = places
      const body = groupThousands(intPart) + (decimals > 0 ? `,${fraction}` : '')
      return value < 0 && /[1-9]/.test(intPart + fraction) ? `-${body}` : body
    }
  }
  const fixed = new Money(value).toFixed(decimals, HALF_UP)
  const negative = fixed.startsWith('-') && /[1-9]/.test(fixed)
  const [intPart = '0', fraction] = fixed.replace('-', '').split('.')
  const body = groupThousands(intPart) + (fraction === undefined ? '' : `,${fraction}`)
  return negative ? `-${body}` : body
}

/**
 * Kroner as shown everywhere: `1.234.567,89 kr.` (no-break space before `kr.`).
 *
 * @example formatKroner(new Money('-1234')) // '-1.234,00 kr.'
 * @example formatKroner(1234.5, { decimals: 0 }) // '1.235 kr.'
 */
export function formatKroner(value: Decimal | number, opts?: { decimals?: 0 | 2 }): string {
  return `${formatNumberDa(value, opts?.decimals ?? 2)}${NBSP}kr.`
}

/**
 * Integer øre as kroner without any decimal arithmetic (fast; used in explanations).
 *
 * @example formatOre(123456789) // '1.234.567,89 kr.'
 */
export function formatOre(ore: number | bigint, opts?: { decimals?: 0 | 2 }): string {
  if (typeof ore === 'number' && !Number.isSafeInteger(ore)) {
    throw new RangeError(`Øre skal være et helt tal: ${ore}`)
  }
  const value = BigInt(ore)
  const abs = value < 0n ? -value : value
  let body: string
  if (opts?.decimals === 0) {
    body = groupThousands(((abs + 50n) / 100n).toString())
  } else {
    body = `${groupThousands((abs / 100n).toString())},${(abs % 100n).toString().padStart(2, '0')}`
  }
  const negative = value < 0n && /[1-9]/.test(body)
  return `${negative ? '-' : ''}${body}${NBSP}kr.`
}

/**
 * Millions with one decimal, for overview tables: `5,3 mio. kr.`
 *
 * @example formatMillions(new Money(5_300_000)) // '5,3 mio. kr.'
 */
export function formatMillions(value: Decimal | number): string {
  return `${formatNumberDa(new Money(value).div(1_000_000), 1)}${NBSP}mio.${NBSP}kr.`
}

const GROUPED_DOTS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/
const GROUPED_SPACES = /^\d{1,3}(?: \d{3})+(?:,\d+)?$/
const PLAIN = /^\d+(?:,\d+)?$/
const JS_STYLE = /^\d+\.\d{1,2}$/

/** Turns a Danish-written number (without unit) into a decimal string, or null. */
function danishToDecimalString(text: string): string | null {
  let body = text.trim().replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
  let sign = ''
  if (/^[-\u2212]/.test(body)) {
    sign = '-'
    body = body.slice(1).trimStart()
  }
  if (GROUPED_DOTS.test(body)) return sign + body.replace(/\./g, '').replace(',', '.')
  if (GROUPED_SPACES.test(body)) return sign + body.replace(/ /g, '').replace(',', '.')
  if (PLAIN.test(body)) return sign + body.replace(',', '.')
  // '1234567.89' as pasted from other systems: one '.', one or two decimals, no ','.
  if (JS_STYLE.test(body)) return sign + body
  return null
}

/**
 * Reads an amount typed the Danish way; null for anything ambiguous or malformed.
 *
 * @example parseDanishAmount('1.234.567,89 kr.')?.toString() // '1234567.89'
 * @example parseDanishAmount('1.23,4') // null
 */
export function parseDanishAmount(text: string): Decimal | null {
  const withoutUnit = text.trim().replace(/\s*kr\.?$/i, '')
  const decimal = danishToDecimalString(withoutUnit)
  return decimal === null ? null : new Money(decimal)
}

/**
 * Reads a plain Danish number such as an area or a factor; null when malformed.
 *
 * @example parseDanishNumber('0,8') // 0.8
 * @example parseDanishNumber('12.345') // 12345
 */
export function parseDanishNumber(text: string): number | null {
  const decimal = danishToDecimalString(text)
  return decimal === null ? null : Number(decimal)
}
