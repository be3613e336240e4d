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
  type StatusFilter,
} from '~/core/savings'
import { formatDanishDate } from '~/core/dates'
import { climateSummary, type ClimateSummary } from './climate-view'

export type RowKey = Category | 'netOperatingSaving'

/**
 * A `?visning=` / `?status=` parameter, when it names a status filter (else the scenario's own).
 * @example statusParam('decided') // 'decided'
 */
export function statusParam(text: string | null): StatusFilter | undefined {
  return text === 'realised' || text === 'decided' || text === 'all' ? text : undefined
}

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

/** The figures of a scenario without its long lists: what the front page and the comparison show. */
export interface ScenarioFigures {
  years: number[]
  rows: YearTableRow[]
  fullYearEffect: string
  target: string
  gapToTarget: string
  gapToTargetRaw: string
  firstYearTargetReached: number | null
  /** How many conflicts and double-rent periods there are; the scenario page pages them. */
  conflictCount: number
  doubleRentCount: number
  /** MWh and tonnes CO2e avoided (docs/climate.md); null when computed without a climate part. */
  climate: ClimateSummary | null
}

export interface DoubleRentView {
  measureId: string
  leaseId: number
  propertyId: number
  from: string
  to: string
  days: number
  amount: string
  explanation: string
}

/** The scenario page's figures with the page of conflicts, double-rent periods and measures it shows. */
export interface ScenarioSummary extends ScenarioFigures {
  conflicts: SavingsResult['conflicts']
  doubleRentPeriods: DoubleRentView[]
  measures: { measureId: string; effectiveFrom: string | null; leaseEndDate: string | null; included: true }[]
}

/**
 * Year table, target figures and the counts of conflicts and double rent, ready for the page: a
 * few KB whatever the scenario's size. @example scenarioFigures(result).fullYearEffect // '2018000'
 */
export function scenarioFigures(result: SavingsResult): ScenarioFigures {
  const row = (key: RowKey, group: YearTableRow['group']): YearTableRow => ({
    key,
    label: CATEGORY_LABELS[key],
    group,
    values: result.years.map((y) => y[key].times(signOf(key)).toString()),
    fullYear: group === 'oneoff' ? null : result.fullYear[key as RecurringCategory | 'netOperatingSaving'].times(signOf(key)).toString(),
  })
  return {
    years: result.years.map((y) => y.year),
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
    conflictCount: result.conflicts.length,
    doubleRentCount: result.doubleRentPeriods.length,
    climate: climateSummary(result),
  }
}

/** @example doubleRentView(result.doubleRentPeriods[0]).amount // '35000' */
export const doubleRentView = (d: SavingsResult['doubleRentPeriods'][number]): DoubleRentView => ({ ...d, amount: d.amount.toString() })

/** What the measure list adds to a measure from the engine: when it takes effect, when its lease ends. */
export const measureInfoView = (m: SavingsResult['measures'][number]): ScenarioSummary['measures'][number] => ({
  measureId: m.measureId,
  effectiveFrom: m.effectiveFrom,
  leaseEndDate: m.leaseEndDate ?? null,
  included: true,
})

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
