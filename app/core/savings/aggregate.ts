import { accrueUnits, divRound, INDEX_SCALE, SHARE_SCALE, UNITS_PER_ORE, yearFraction } from './accrual'
import { isoYear } from './days'
import { ONE_OFF_CATEGORIES, RECURRING_CATEGORIES, type Category, type Contribution, type RecurringCategory } from './types'

const RECURRING: ReadonlySet<Category> = new Set(RECURRING_CATEGORIES)

/**
 * Type guard for the recurring (operating) categories.
 *
 * @example isRecurringCategory('capitalIncome') // false
 */
export function isRecurringCategory(category: Category): category is RecurringCategory {
  return RECURRING.has(category)
}

/** A recurring contribution's units per full year before indexation (× INDEX_SCALE gives units). */
function baseOf(c: Contribution): bigint {
  return BigInt(c.amountOre) * BigInt(c.shareMicro)
}

/** A one-off contribution's units: amount × share × quantity. */
function oneOffUnits(c: Contribution): bigint {
  return divRound(BigInt(c.amountOre) * BigInt(c.shareMicro) * BigInt(c.quantityMilli) * INDEX_SCALE, 1000n)
}

/**
 * What one contribution adds to one year, in units (10^-24 kr.). The yearly cells are built from
 * exactly these numbers, so a cell always equals the sum of its line items.
 *
 * @example contributionUnits(c, 2024, () => INDEX_SCALE) // 295_000n * 100n * UNITS_PER_ORE
 */
export function contributionUnits(c: Contribution, year: number, indexScaled: (year: number) => bigint): bigint {
  const startYear = isoYear(c.from)
  if (!c.recurring) return startYear === year ? oneOffUnits(c) : 0n
  if (year < startYear) return 0n
  const annual = baseOf(c) * (c.indexed ? indexScaled(year) : INDEX_SCALE)
  return year === startYear ? accrueUnits(annual, yearFraction(c.from, year)) : annual
}

/**
 * A contribution's units per year once fully in effect, at firstYear prices.
 *
 * @example fullYearUnits(closureOfHalf) // half the operating cost, in units
 */
export function fullYearUnits(c: Contribution): bigint {
  return baseOf(c) * INDEX_SCALE
}

export interface UnitsTable {
  /** Per category, per year of the horizon (index 0 = firstYear). */
  cells: Record<Category, bigint[]>
  fullYear: Record<RecurringCategory, bigint>
}

function zeros(n: number): bigint[] {
  return Array.from({ length: n }, () => 0n)
}

/** Accumulators for one recurring category. */
interface Sums {
  /** Whole-year base amounts by the year they start (BigInt base: øre × share millionths). */
  startPlain: bigint[]
  startIndexed: bigint[]
  /** Fast path (whole share, unindexed, amount < 2^31 øre): sums in plain numbers of øre. */
  startOre: number[]
  partialOre: number[]
  fullOre: number
  /** Full-year units of the contributions off the fast path. */
  fullUnits: bigint
}

function newSums(n: number): Sums {
  return {
    startPlain: zeros(n),
    startIndexed: zeros(n),
    startOre: new Array<number>(n).fill(0),
    partialOre: new Array<number>(n).fill(0),
    fullOre: 0,
    fullUnits: 0n,
  }
}

const FAST_LIMIT = 2 ** 31
const remainderUnits = new Map<number, bigint>()

/** divRound(r × UNITS_PER_ORE, den), memoised: there are only 1,416 (den, r) pairs. */
function remainder(den: number, r: number): bigint {
  const key = den * 1000 + r
  let units = remainderUnits.get(key)
  if (units === undefined) {
    units = divRound(BigInt(r) * UNITS_PER_ORE, BigInt(den))
    remainderUnits.set(key, units)
  }
  return units
}

/**
 * Adds one recurring contribution. Whole years are the same base amount every year (times the
 * year's index factor), so they are added once, where they start, and carried forward. The
 * common case (whole share, no indexation) stays in plain numbers: amount × num = q × den + r
 * gives exactly q øre plus a memoised rounding of r/den øre, the same units accrueUnits gives.
 */
function addRecurring(
  c: Contribution,
  y: number,
  n: number,
  sums: Sums,
  cell: bigint[],
  index: (i: number) => bigint,
  plainIndex: boolean,
): void {
  const fromNewYear = c.from.endsWith('-01-01')
  const firstWholeYear = Math.max(fromNewYear ? y : y + 1, 0)
  const partialHere = !fromNewYear && y >= 0 && y < n
  if (c.shareMicro === SHARE_SCALE && (!c.indexed || plainIndex) && c.amountOre >= 0 && c.amountOre < FAST_LIMIT) {
    sums.fullOre += c.amountOre
    if (firstWholeYear < n) sums.startOre[firstWholeYear]! += c.amountOre
    if (!partialHere) return
    const { num, den } = yearFraction(c.from, isoYear(c.from))
    const g = c.amountOre * num
    const q = Math.floor(g / den)
    sums.partialOre[y]! += q
    const r = g - q * den
    if (r > 0) cell[y]! += remainder(den, r)
    return
  }
  const base = BigInt(c.amountOre) * BigInt(c.shareMicro)
  if (partialHere) {
    const annual = base * (c.indexed ? index(y) : INDEX_SCALE)
    cell[y]! += accrueUnits(annual, yearFraction(c.from, isoYear(c.from)))
  }
  if (firstWholeYear < n) (c.indexed ? sums.startIndexed : sums.startPlain)[firstWholeYear]! += base
  sums.fullUnits += base * INDEX_SCALE
}

/**
 * Sums contributions into year × category cells; the work grows with the number of measures,
 * not measures × years.
 *
 * @example aggregate(contributions, 2024, 2033, createIndex(null, 2024)).cells.savedOperating[0]
 */
export function aggregate(
  contributions: readonly Contribution[],
  firstYear: number,
  lastYear: number,
  indexScaled: (year: number) => bigint,
): UnitsTable {
  const n = lastYear - firstYear + 1
  const cells = Object.fromEntries([...RECURRING_CATEGORIES, ...ONE_OFF_CATEGORIES].map((c) => [c, zeros(n)])) as Record<Category, bigint[]>
  const sums = Object.fromEntries(RECURRING_CATEGORIES.map((c) => [c, newSums(n)])) as Record<RecurringCategory, Sums>
  const index = (i: number) => indexScaled(firstYear + i)
  const plainIndex = index(n - 1) === INDEX_SCALE && index(0) === INDEX_SCALE
  // One-off whole-øre amounts (most of them) are summed as plain numbers per cell.
  const oneOffOre = Object.fromEntries(ONE_OFF_CATEGORIES.map((c) => [c, new Array<number>(n).fill(0)])) as Record<Category, number[]>
  for (const c of contributions) {
    const y = isoYear(c.from) - firstYear
    const category = c.category
    if (c.recurring && isRecurringCategory(category)) addRecurring(c, y, n, sums[category], cells[category], index, plainIndex)
    else if (y < 0 || y >= n) continue
    else if (c.quantityMilli === 1000 && c.shareMicro === SHARE_SCALE && Math.abs(c.amountOre) < FAST_LIMIT)
      oneOffOre[category]![y]! += c.amountOre
    else cells[category][y]! += oneOffUnits(c)
  }
  for (const category of ONE_OFF_CATEGORIES) {
    for (let i = 0; i < n; i++) cells[category][i]! += BigInt(oneOffOre[category]![i]!) * UNITS_PER_ORE
  }
  const fullYear = {} as Record<RecurringCategory, bigint>
  for (const category of RECURRING_CATEGORIES) {
    const s = sums[category]
    fullYear[category] = BigInt(s.fullOre) * UNITS_PER_ORE + s.fullUnits
    let plain = 0n
    let indexed = 0n
    let ore = 0
    for (let i = 0; i < n; i++) {
      plain += s.startPlain[i]!
      indexed += s.startIndexed[i]!
      ore += s.startOre[i]!
      const whole = plain * INDEX_SCALE + indexed * index(i) + BigInt(ore + s.partialOre[i]!) * UNITS_PER_ORE
      cells[category][i]! += whole
    }
  }
  return { cells, fullYear }
}
