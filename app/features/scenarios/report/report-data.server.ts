/**
 * What the council report holds, gathered once from the services the scenario and compare pages
 * use, so the PDF and the Excel file cannot disagree with the page.
 */
import {
  CATEGORY_LABELS,
  fullYearLineItems,
  lineItemsFor,
  ONE_OFF_CATEGORIES,
  RECURRING_CATEGORIES,
  type Category,
  type SavingsResult,
  type StatusFilter,
} from '~/core/savings'
import type { Db } from '~/server/db.server'
import { priceBasis } from '../chart-scale'
import { getComparePage } from '../compare.server'
import { computeScenarioCached } from '../scenario-cache.server'
import { getScenarioPage } from '../scenario-page.server'
import { doubleRentView, signOf, type ScenarioSummary } from '../scenario-view'
import { PDF_LIMITS } from './pdf-blocks'
import { getScenario } from '../scenarios.repo.server'
import type { ComparedScenario, MeasureDifference, ScenarioPage } from '../types'

/** One line of the appendix: a measure's amount in a year (or in the full-year effect, year null). */
export interface ReportLineItem {
  year: number | null
  measureId: string
  label: string
  category: Category
  categoryLabel: string
  periodFrom: string
  /** Null for the full-year effect (it runs from periodFrom on). */
  periodTo: string | null
  /** Kroner, signed as it enters the net (lost income and added costs negative), like the page. */
  amount: string
  explanation: string
}

/** Who prints the report and when. */
export interface ReportContext {
  municipality: string
  /** ISO date the report was made. */
  printedOn: string
}

export interface ScenarioReport extends ReportContext {
  page: ScenarioPage
  /** Said under the year table when rents are indexed, as the page says it. */
  priceBasis: string | null
  lineItems: ReportLineItem[]
}

export interface CompareReport extends ReportContext {
  scenarios: (Omit<ComparedScenario, 'summary'> & {
    /** The figures with the first conflicts and double-rent periods (PDF_LIMITS), and their counts. */
    summary: ScenarioSummary
    priceBasis: string | null
    /** The scenario's own choice of measures and budget years, said on the title page. */
    statusFilter: StatusFilter
    years: string
  })[]
  differences: MeasureDifference[]
}

const CATEGORY_ORDER: Category[] = [...RECURRING_CATEGORIES, ...ONE_OFF_CATEGORIES]

/**
 * Every line item of a result: the budget years in order, then the full-year effect.
 * @example appendixOf(result)[0]?.year // 2024
 */
function appendixOf(result: SavingsResult): ReportLineItem[] {
  const rank = (c: Category) => CATEGORY_ORDER.indexOf(c)
  const years: ReportLineItem[] = lineItemsFor(result).map((i) => ({
    year: i.year,
    measureId: i.measureId,
    label: i.label,
    category: i.category,
    categoryLabel: CATEGORY_LABELS[i.category],
    periodFrom: i.periodFrom,
    periodTo: i.periodTo,
    amount: i.amount.times(signOf(i.category)).toString(),
    explanation: i.explanation,
  }))
  years.sort((a, b) => a.year! - b.year! || rank(a.category) - rank(b.category) || a.periodFrom.localeCompare(b.periodFrom))
  const full: ReportLineItem[] = fullYearLineItems(result).map((i) => ({
    year: null,
    measureId: i.measureId,
    label: i.label,
    category: i.category,
    categoryLabel: CATEGORY_LABELS[i.category],
    periodFrom: i.from,
    periodTo: null,
    amount: i.amount.times(signOf(i.category)).toString(),
    explanation: i.explanation,
  }))
  full.sort((a, b) => rank(a.category) - rank(b.category) || a.periodFrom.localeCompare(b.periodFrom))
  return [...years, ...full]
}

/**
 * The report of one scenario, or null when it does not exist.
 * @example await getScenarioReport(db, 1, undefined, { municipality: 'Hedensted Kommune', printedOn: '2026-03-12' })
 */
export async function getScenarioReport(
  db: Db,
  id: number,
  view: StatusFilter | undefined,
  ctx: ReportContext,
): Promise<ScenarioReport | null> {
  const page = await getScenarioPage(db, id, view, { all: true })
  if (!page) return null
  // The line items behind the page's figures, as its line-item panel fetches them.
  const computed = await computeScenarioCached(db, id, page.view)
  if (!computed) return null
  const s = page.scenario
  return { ...ctx, page, priceBasis: priceBasis(s.rentIndexationPct, s.firstYear), lineItems: appendixOf(computed.result) }
}

/**
 * The report of a comparison of two to four scenarios (the compare page's choice of ids), or null
 * when fewer than two of them exist.
 * @example await getCompareReport(db, ['1,2'], ctx)
 */
export async function getCompareReport(db: Db, idParams: string[], ctx: ReportContext): Promise<CompareReport | null> {
  const compared = await getComparePage(db, idParams)
  if (compared.scenarios.length < 2) return null
  const scenarios = []
  for (const c of compared.scenarios) {
    const s = (await getScenario(db, c.id))!
    // The comparison carries figures only; the report lists the first conflicts of each.
    const { result } = (await computeScenarioCached(db, c.id))!
    const summary: ScenarioSummary = {
      ...c.summary,
      conflicts: result.conflicts.slice(0, PDF_LIMITS.conflicts),
      doubleRentPeriods: result.doubleRentPeriods.slice(0, PDF_LIMITS.conflicts).map(doubleRentView),
      measures: [],
    }
    scenarios.push({
      ...c,
      summary,
      priceBasis: priceBasis(s.rentIndexationPct, s.firstYear),
      statusFilter: s.statusFilter,
      years: `${s.firstYear}–${s.lastYear}`,
    })
  }
  return { ...ctx, scenarios, differences: compared.differences }
}
