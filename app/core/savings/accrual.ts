import type Decimal from 'decimal.js'
import { addDays, daysInMonth, type IsoDate } from '~/core/dates'
import { Money } from '~/core/money'
import { isoMonth, isoNumber, isoYear } from './days'

/**
 * Internally amounts are exact integers of 10^-24 kr. ("units"). Every line item and every cell
 * is then a whole number of units, so sums are exact in any order and a cell always equals the
 * sum of its line items; kroner Decimals are made only at the edge. 10^-24 kr. is 22 orders of
 * magnitude below an øre, so this quantum never shows.
 */
export const UNITS_PER_ORE = 10n ** 22n
/** Scale of the rent index factor (16 decimals). */
export const INDEX_SCALE = 10n ** 16n
/** Scale of shares (millionths). */
export const SHARE_SCALE = 1_000_000

/**
 * Integer division rounding half away from zero.
 *
 * @example divRound(5n, 2n) // 3n
 */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n
  const n = numerator < 0n ? -numerator : numerator
  const d = denominator < 0n ? -denominator : denominator
  const q = (2n * n + d) / (2n * d)
  return negative ? -q : q
}

/**
 * Units to exact kroner.
 *
 * @example unitsToKroner(16_000n * 100n * UNITS_PER_ORE).toString() // '16000'
 */
export function unitsToKroner(units: bigint): Decimal {
  return new Money(`${units}e-24`)
}

/**
 * Units rounded to whole øre (for explanations only).
 *
 * @example unitsToOre(UNITS_PER_ORE / 2n) // 1n
 */
export function unitsToOre(units: bigint): bigint {
  return divRound(units, UNITS_PER_ORE)
}

/** The part of a year an effect from `from` covers, as the exact fraction num/den. */
export interface YearFraction {
  num: number
  den: number
  /** Whole months in effect. */
  fullMonths: number
  /** The month the effect starts part-way through, if it does in this year. */
  partial: { month: number; days: number; daysInMonth: number } | null
  /** First whole month in effect (1-12), or null. */
  firstFullMonth: number | null
}

const NONE: YearFraction = { num: 0, den: 12, fullMonths: 0, partial: null, firstFullMonth: null }
const FULL: YearFraction = { num: 12, den: 12, fullMonths: 12, partial: null, firstFullMonth: 1 }

/**
 * Fraction of `year` an effect starting on `from` accrues: one twelfth per whole month, and
 * days-in-effect / days-in-month of the month it starts in. As one fraction, so a year's amount
 * is a single exact multiplication and division (a full year is exactly the annual amount).
 *
 * @example yearFraction('2024-03-16', 2024) // { num: 295, den: 372, fullMonths: 9, ... }
 */
export function yearFraction(from: IsoDate, year: number): YearFraction {
  const y = isoYear(from)
  const month = isoMonth(from)
  const day = isoNumber(from, 8, 2)
  if (y > year) return NONE
  if (y < year || (month === 1 && day === 1)) return FULL
  if (day === 1) return { num: 13 - month, den: 12, fullMonths: 13 - month, partial: null, firstFullMonth: month }
  const dim = daysInMonth(y, month)
  const days = dim - day + 1
  const fullMonths = 12 - month
  return {
    num: fullMonths * dim + days,
    den: 12 * dim,
    fullMonths,
    partial: { month, days, daysInMonth: dim },
    firstFullMonth: fullMonths > 0 ? month + 1 : null,
  }
}

/**
 * Fraction of one month an effect starting on `from` accrues, as num/den of the annual amount.
 *
 * @example monthFraction('2024-03-16', 2024, 3) // { num: 16, den: 372 }
 */
export function monthFraction(from: IsoDate, year: number, month: number): { num: number; den: number } {
  const y = isoYear(from)
  const m = isoMonth(from)
  const day = isoNumber(from, 8, 2)
  if (y > year || (y === year && m > month)) return { num: 0, den: 12 }
  if (y < year || m < month || day === 1) return { num: 1, den: 12 }
  const dim = daysInMonth(y, m)
  return { num: dim - day + 1, den: 12 * dim }
}

/**
 * Annual units × num/den, rounded to whole units (exact when num/den is 12/12).
 *
 * @example accrueUnits(372n, { num: 295, den: 372 }) // 295n
 */
export function accrueUnits(annualUnits: bigint, fraction: { num: number; den: number }): bigint {
  if (fraction.num === fraction.den) return annualUnits
  if (fraction.num === 0) return 0n
  return divRound(annualUnits * BigInt(fraction.num), BigInt(fraction.den))
}

/**
 * What an annual amount in øre accrues in a year when it starts on `from`.
 *
 * @example accrueYear(37_200_000, '2024-03-16', 2024).toString() // '295000'
 */
export function accrueYear(annualOre: number, from: IsoDate, year: number): Decimal {
  return unitsToKroner(accrueUnits(BigInt(annualOre) * UNITS_PER_ORE, yearFraction(from, year)))
}

/**
 * What an annual amount in øre accrues in one month when it starts on `from` (month 1-12).
 * For display: a year's figure is computed from yearFraction, never by adding months.
 *
 * @example accrueMonth(37_200_000, '2024-03-16', 2024, 3).toString() // '16000'
 */
export function accrueMonth(annualOre: number, from: IsoDate, year: number, month: number): Decimal {
  return unitsToKroner(accrueUnits(BigInt(annualOre) * UNITS_PER_ORE, monthFraction(from, year, month)))
}

/**
 * Rent index factor for a year, rounded to 16 decimals: (1 + pct/100)^(year − firstYear), never
 * below year 0. The same rounded factor is used for every lease, so indexed sums stay exact.
 *
 * @example indexFactor(2.5, 2024, 2026).toString() // '1.050625'
 */
export function indexFactor(pct: number | null | undefined, firstYear: number, year: number): Decimal {
  if (!pct || year <= firstYear) return new Money(1)
  return new Money(pct)
    .div(100)
    .plus(1)
    .pow(year - firstYear)
    .toDecimalPlaces(16)
}

/**
 * The index factor scaled by INDEX_SCALE.
 *
 * @example indexFactorScaled('1.025') // 10_250_000_000_000_000n
 */
export function indexFactorScaled(factor: Decimal | string): bigint {
  return BigInt(new Money(factor).times(INDEX_SCALE.toString()).toFixed(0))
}

/**
 * Units an annual amount accrues over the days from..to (both included), with the same month
 * and day fractions as the yearly figures: per year, what accrues from `from` minus what
 * accrues from the day after `to`.
 *
 * @example accrueRangeUnits(() => 372_000n * 100n * UNITS_PER_ORE, '2024-03-16', '2024-03-31') // 16.000 kr. in units
 */
export function accrueRangeUnits(annualUnits: (year: number) => bigint, from: IsoDate, to: IsoDate): bigint {
  const after = addDays(to, 1)
  let total = 0n
  for (let year = isoYear(from); year <= isoYear(to); year++) {
    const annual = annualUnits(year)
    total += accrueUnits(annual, yearFraction(from, year)) - accrueUnits(annual, yearFraction(after, year))
  }
  return total
}

/**
 * Memoised scaled index factors for one scenario.
 *
 * @example createIndex(2.5, 2024)(2025) // 10_250_000_000_000_000n
 */
export function createIndex(pct: number | null | undefined, firstYear: number): (year: number) => bigint {
  const cache = new Map<number, bigint>()
  return (year) => {
    let scaled = cache.get(year)
    if (scaled === undefined) {
      scaled = indexFactorScaled(indexFactor(pct, firstYear, year))
      cache.set(year, scaled)
    }
    return scaled
  }
}
