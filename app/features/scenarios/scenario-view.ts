/**
 * A savings result as plain data for the page: amounts as unrounded decimal strings (kroner), so
 * they cross to the browser exactly and are rounded only when shown.
 */
import {
  CATEGORY_LABELS,
  fullYearLineItems,
  lineItemsFor,
  NET_SIGN,
  ONE_OFF_CATEGORIES,
  RECURRING_CATEGORIES,
  type Category,
  type RecurringCategory,
  type SavingsResult,
} from '~/core/savings'
import { formatDanishDate } from '~/core/dates'
import { climateSummary, type ClimateSummary } from './climate-view'

export type RowKey = Category | 'netOperatingSaving'

const RECURRING = new Set<string>(RECURRING_CATEGORIES)

/**
 * One sign for costs everywhere: a recurring row is shown with the sign it has in the net, so lost
 * rent and added operating cost read as negative in the table and in the line items alike.
 * @example signOf('lostRentalIncome') // -1
 */
export function signOf(key: RowKey): 1 | -1 {
  return RECURRING.has(key) ? NET_SIGN[key as RecurringCategory] : 1
}

export interface YearTableRow {
  key: RowKey
  label: string
  group: 'recurring' | 'net' | 'oneoff'
  /** Per budget year, kroner as decimal strings. */
  values: string[]
  /** Full-year effect (recurring rows only). */
  fullYear: string | null
}

export interface ScenarioSummary {
  years: number[]
  rows: YearTableRow[]
  fullYearEffect: string
  target: string
  gapToTarget: string
  gapToTargetRaw: string
  firstYearTargetReached: number | null
  conflicts: SavingsResult['conflicts']
  doubleRentPeriods: {
    measureId: string
    leaseId: number
    propertyId: number
    from: string
    to: string
    days: number
    amount: string
    explanation: string
  }[]
  measures: { measureId: string; effectiveFrom: string | null; leaseEndDate: string | null; included: true }[]
  /** MWh and tonnes CO2e avoided (docs/climate.md); null when computed without a climate part. */
  climate: ClimateSummary | null
}

/** Year table, target figures, conflicts and double rent, ready for the page. @example summarise(result).fullYearEffect // '2018000' */
export function summarise(result: SavingsResult): ScenarioSummary {
  const years = result.years.map((y) => y.year)
  const row = (key: RowKey, group: YearTableRow['group']): YearTableRow => ({
    key,
    label: CATEGORY_LABELS[key],
    group,
    values: result.years.map((y) => y[key].times(signOf(key)).toString()),
    fullYear: group === 'oneoff' ? null : result.fullYear[key as RecurringCategory | 'netOperatingSaving'].times(signOf(key)).toString(),
  })
  return {
    years,
    rows: [
      ...RECURRING_CATEGORIES.map((c) => row(c, 'recurring')),
      row('netOperatingSaving', 'net'),
      ...ONE_OFF_CATEGORIES.map((c) => row(c, 'oneoff')),
    ],
    fullYearEffect: result.fullYearEffect.toString(),
    target: result.target.toString(),
    gapToTarget: result.gapToTarget.toString(),
    gapToTargetRaw: result.gapToTargetRaw.toString(),
    firstYearTargetReached: result.firstYearTargetReached,
    conflicts: result.conflicts,
    doubleRentPeriods: result.doubleRentPeriods.map((d) => ({ ...d, amount: d.amount.toString() })),
    measures: result.measures.map((m) => ({
      measureId: m.measureId,
      effectiveFrom: m.effectiveFrom,
      leaseEndDate: m.leaseEndDate ?? null,
      included: true,
    })),
    climate: climateSummary(result),
  }
}

export interface LineItemView {
  measureId: string
  label: string
  category: RowKey
  categoryLabel: string
  period: string
  /** Signed as it enters the net: lost income and added cost are negative, in their own rows too. */
  amount: string
  explanation: string
}

/**
 * The line items behind one cell: a year (or 'full' for the full-year effect) and a row.
 * Every recurring item carries the sign it has in the net, in its own row and in the net row.
 * @example cellLineItems(result, 2025, 'savedRentAndService') // [{ label: 'Opsigelse: …', amount: '420000', … }]
 */
export function cellLineItems(result: SavingsResult, year: number | 'full', key: RowKey): LineItemView[] {
  const categories: Category[] = key === 'netOperatingSaving' ? [...RECURRING_CATEGORIES] : [key]
  const out: LineItemView[] = []
  for (const category of categories) {
    const sign = signOf(category)
    if (year === 'full') {
      if (!RECURRING.has(category)) continue
      for (const i of fullYearLineItems(result, { category: category as RecurringCategory })) {
        out.push({
          measureId: i.measureId,
          label: i.label,
          category,
          categoryLabel: CATEGORY_LABELS[category],
          period: `fra ${formatDanishDate(i.from)}`,
          amount: i.amount.times(sign).toString(),
          explanation: i.explanation,
        })
      }
    } else {
      for (const i of lineItemsFor(result, { year, category })) {
        const period =
          i.periodFrom === i.periodTo ? formatDanishDate(i.periodFrom) : `${formatDanishDate(i.periodFrom)}–${formatDanishDate(i.periodTo)}`
        out.push({
          measureId: i.measureId,
          label: i.label,
          category,
          categoryLabel: CATEGORY_LABELS[category],
          period,
          amount: i.amount.times(sign).toString(),
          explanation: i.explanation,
        })
      }
    }
  }
  return out
}
