import type Decimal from 'decimal.js'
import { Money } from '~/core/money'
import { createIndex, INDEX_SCALE, indexFactor, UNITS_PER_ORE, unitsToKroner } from './accrual'
import { aggregate, type UnitsTable } from './aggregate'
import { capacityConflicts } from './capacity'
import { computeClimate } from './climate'
import { doubleRentPeriods, leftBehindConflicts } from './conflicts'
import { buildContributions } from './contributions'
import { buildContext, type EngineContext } from './measures'
import { buildOccupancy } from './occupancy'
import {
  NET_SIGN,
  ONE_OFF_CATEGORIES,
  RECURRING_CATEGORIES,
  type Category,
  type EngineInput,
  type Figures,
  type FullYearFigures,
  type MeasureInfo,
  type SavingsResult,
  type YearFigures,
} from './types'

const ALL_CATEGORIES: readonly Category[] = [...RECURRING_CATEGORIES, ...ONE_OFF_CATEGORIES]

function assertHorizon(input: EngineInput): void {
  const { firstYear, lastYear } = input.assumptions
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || firstYear > lastYear || lastYear - firstYear > 200) {
    throw new RangeError(`Ugyldig tidshorisont: ${firstYear}-${lastYear}`)
  }
}

function netUnits(get: (category: (typeof RECURRING_CATEGORIES)[number]) => bigint): bigint {
  let net = 0n
  for (const category of RECURRING_CATEGORIES) net += NET_SIGN[category] === 1 ? get(category) : -get(category)
  return net
}

function toFigures(units: (category: Category) => bigint): Figures {
  const figures = { netOperatingSaving: unitsToKroner(netUnits(units)) } as Figures
  for (const category of ALL_CATEGORIES) figures[category] = unitsToKroner(units(category))
  return figures
}

function yearFigures(table: UnitsTable, firstYear: number): YearFigures[] {
  const n = table.cells.savedOperating.length
  return Array.from({ length: n }, (_, i) => ({
    year: firstYear + i,
    ...toFigures((category) => table.cells[category][i] ?? 0n),
  }))
}

function fullYearFigures(table: UnitsTable): FullYearFigures {
  const figures = { netOperatingSaving: unitsToKroner(netUnits((c) => table.fullYear[c])) } as FullYearFigures
  for (const category of RECURRING_CATEGORIES) figures[category] = unitsToKroner(table.fullYear[category])
  return figures
}

function firstYearReaching(table: UnitsTable, firstYear: number, targetUnits: bigint): number | null {
  const n = table.cells.savedOperating.length
  for (let i = 0; i < n; i++) {
    if (netUnits((c) => table.cells[c][i] ?? 0n) >= targetUnits) return firstYear + i
  }
  return null
}

function measureInfos(ctx: EngineContext): MeasureInfo[] {
  return ctx.measures.map(({ measure, from, label }) => {
    const info: MeasureInfo = {
      measureId: measure.id,
      kind: measure.kind,
      status: measure.status,
      label,
      effectiveFrom: from,
    }
    const end = ctx.leaseEnds.get(measure.id)
    if (end !== undefined) info.leaseEndDate = end
    return info
  })
}

function max(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b
}

/**
 * The savings of a scenario: per budget year the operating figures and one-off amounts, the
 * full-year effect, the gap to the target, double rent and conflicts. Amounts are unrounded
 * kroner; line items come from lineItemsFor(result, …).
 *
 * @example computeSavings(input).years[0]?.netOperatingSaving.toString() // '295000'
 */
export function computeSavings(input: EngineInput): SavingsResult {
  assertHorizon(input)
  const { firstYear, lastYear, rentIndexationPct, targetAnnualOre } = input.assumptions
  const ctx = buildContext(input)
  const { contributions, conflicts: invalid } = buildContributions(ctx)
  const index = createIndex(rentIndexationPct, firstYear)
  const table = aggregate(contributions, firstYear, lastYear, index)
  const occupancy = buildOccupancy(ctx)
  const years = yearFigures(table, firstYear)
  const fullYear = fullYearFigures(table)
  const target = new Money(targetAnnualOre).div(100)
  const gapToTargetRaw = target.minus(fullYear.netOperatingSaving)
  const indexFactors: Record<number, string> = {}
  for (let year = firstYear; year <= lastYear; year++) {
    indexFactors[year] = indexFactor(rentIndexationPct, firstYear, year).toString()
  }
  const rentUnits = (annualOre: number, year: number) => BigInt(annualOre) * (UNITS_PER_ORE / INDEX_SCALE) * index(year)
  const result: SavingsResult = {
    firstYear,
    lastYear,
    statusFilter: input.statusFilter,
    years,
    totals: toFigures((category) => table.cells[category].reduce((a, b) => a + b, 0n)),
    fullYear,
    fullYearEffect: fullYear.netOperatingSaving,
    target,
    gapToTarget: max(gapToTargetRaw, new Money(0)),
    gapToTargetRaw,
    firstYearTargetReached: firstYearReaching(table, firstYear, BigInt(targetAnnualOre) * UNITS_PER_ORE),
    doubleRentPeriods: doubleRentPeriods(ctx, occupancy, rentUnits),
    conflicts: [...invalid, ...occupancy.overMoves, ...capacityConflicts(ctx, occupancy), ...leftBehindConflicts(ctx, occupancy)],
    measures: measureInfos(ctx),
    contributions,
    indexFactors,
  }
  // Set only when asked for, so a kroner-only result keeps exactly its former shape.
  if (input.climate) result.climate = computeClimate(ctx, input.climate)
  return result
}
