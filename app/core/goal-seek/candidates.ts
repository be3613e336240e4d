import type Decimal from 'decimal.js'
import {
  addDays,
  addMonthsClamped,
  computeSavings,
  firstOfMonthOnOrAfter,
  formatDanishDate,
  isoDate,
  latestNoticeDate,
  leaseEndDate,
  type IsoDate,
  type LeaseInput,
  type Measure,
} from './engine-adapter'
import type { Portfolio } from './portfolio'
import type { Settings } from './settings'
import type { CandidateKind, ExcludedCandidate, GoalSeekProperty } from './types'

/** One way to act on one building at one date: a binary choice in the model. */
export interface Candidate {
  index: number
  /** 'sale:12@2026-07-01' */
  id: string
  /** 'sale:12', 'termination:7', 'closure:3', 'partial:3:0.5': the same action at any date. */
  actionKey: string
  kind: CandidateKind
  propertyId: number
  /** Share of the operating cost a closure saves (1 for the other kinds). */
  share: number
  /** The building is given up: every unit must be out by `date`. */
  vacates: boolean
  /** The first day the building is gone (or the closed share is): units move on this day. */
  date: IsoDate
  /** Months after the action's earliest date (0 unless timing is flexible). */
  monthsLate: number
  /** The engine's measures for the action (a building with two tenant leases has two). */
  measures: Measure[]
  /** First day of each measure's effect (a lease: the day after it ends). */
  effects: IsoDate[]
  /** Lease terminations: notice date, end date and the latest notice for that end. */
  notice?: { noticeDate: IsoDate; endDate: IsoDate; decideBy: IsoDate | null }
  /** In-year net operating saving per horizon year, exact, from the engine. */
  yearSaving: Decimal[]
  fullYear: Decimal
  capitalIncome: Decimal
  saleCostsOre: number
}

interface Draft {
  kind: CandidateKind
  property: GoalSeekProperty
  share: number
  date: IsoDate
  monthsLate: number
  measures: Measure[]
  effects: IsoDate[]
  notice?: Candidate['notice']
}

const ACTION_PREFIX: Record<CandidateKind, string> = {
  sale: 'sale',
  termination: 'termination',
  closure: 'closure',
  partial_closure: 'partial',
}

/** @example actionKeyOf('partial_closure', 3, 0.5) // 'partial:3:0.5' */
export function actionKeyOf(kind: CandidateKind, propertyId: number, share = 1): string {
  const base = `${ACTION_PREFIX[kind]}:${propertyId}`
  return kind === 'partial_closure' ? `${base}:${share}` : base
}

/** The first 1st of a month on or after `months` months after the date. */
function firstAfterMonths(date: IsoDate, months: number): IsoDate {
  return firstOfMonthOnOrAfter(addMonthsClamped(date, months))
}

/** 1 January of each year after the earliest date's year up to the target year (flexible timing). */
function laterDates(earliest: IsoDate, settings: Settings): IsoDate[] {
  if (settings.timing !== 'flexible') return []
  const dates: IsoDate[] = []
  for (let year = Number(earliest.slice(0, 4)) + 1; year <= settings.targetYear; year++) dates.push(isoDate(year, 1, 1))
  return dates
}

function monthsBetween(from: IsoDate, to: IsoDate): number {
  const months = (d: IsoDate) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7))
  return months(to) - months(from)
}

const measureId = (kind: CandidateKind, propertyId: number, date: IsoDate, extra = '') => `gs:${kind}:${propertyId}${extra}@${date}`

/** The first 1st of a month `months` after the decision, and not before the scenario's moves at the building are done. */
function earliestStart(settings: Settings, months: number, settled: IsoDate | undefined): IsoDate {
  const earliest = firstAfterMonths(settings.earliestNoticeDate, months)
  const after = settled ? firstOfMonthOnOrAfter(settled) : earliest
  return after > earliest ? after : earliest
}

function saleDrafts(property: GoalSeekProperty, settings: Settings, settled: IsoDate | undefined): Draft[] {
  const earliest = earliestStart(settings, settings.saleLeadMonths, settled)
  return [earliest, ...laterDates(earliest, settings)].map((date) => ({
    kind: 'sale',
    property,
    share: 1,
    date,
    monthsLate: monthsBetween(earliest, date),
    measures: [
      {
        kind: 'sale',
        id: measureId('sale', property.id, date),
        status: 'proposal',
        propertyId: property.id,
        takeoverDate: date,
        priceOre: property.expectedSalePriceOre,
        saleCostsOre: property.saleCostsOre ?? 0,
      },
    ],
    effects: [date],
  }))
}

function closureDrafts(property: GoalSeekProperty, share: number, settings: Settings, settled: IsoDate | undefined): Draft[] {
  const kind: CandidateKind = share === 1 ? 'closure' : 'partial_closure'
  const earliest = earliestStart(settings, settings.closureLeadMonths, settled)
  return [earliest, ...laterDates(earliest, settings)].map((date) => ({
    kind,
    property,
    share,
    date,
    monthsLate: monthsBetween(earliest, date),
    measures: [
      {
        kind: 'closure',
        id: measureId(kind, property.id, date, share === 1 ? '' : `:${share}`),
        status: 'proposal',
        propertyId: property.id,
        date,
        operatingCostShare: share,
      },
    ],
    effects: [date],
  }))
}

/** Notice on `noticeDate` for every tenant lease of the building; null when a lease cannot be given notice then. */
function terminationDraft(
  property: GoalSeekProperty,
  leases: LeaseInput[],
  noticeFor: (l: LeaseInput) => IsoDate | null,
  earliestDate: IsoDate | null,
): Draft | null {
  const measures: Measure[] = []
  const effects: IsoDate[] = []
  let date: IsoDate | null = null
  let notice: Candidate['notice']
  for (const lease of leases) {
    const noticeDate = noticeFor(lease)
    if (noticeDate === null) return null
    const terms = { noticeMonths: lease.noticeMonths, terms: lease.terms, nonTerminableUntil: lease.nonTerminableUntil }
    const endDate = leaseEndDate({ noticeDate, ...terms })
    const effect = addDays(endDate, 1)
    if (date === null || effect < date) {
      date = effect
      notice = { noticeDate, endDate, decideBy: latestNoticeDate({ wishedEndDate: endDate, ...terms }).latestNoticeDate }
    }
    measures.push({
      kind: 'lease_termination',
      id: `gs:termination:${lease.id}@${effect}`,
      status: 'proposal',
      leaseId: lease.id,
      noticeDate,
    })
    effects.push(effect)
  }
  if (date === null) return null
  return {
    kind: 'termination',
    property,
    share: 1,
    date,
    monthsLate: earliestDate ? monthsBetween(earliestDate, date) : 0,
    measures,
    effects,
    notice,
  }
}

function terminationDrafts(property: GoalSeekProperty, leases: LeaseInput[], settings: Settings): Draft[] {
  const earliest = terminationDraft(property, leases, () => settings.earliestNoticeDate, null)
  if (!earliest) return []
  const drafts = [earliest]
  for (const date of laterDates(earliest.date, settings)) {
    // Notice as late as still ends every lease by the day before `date`.
    const wishedEndDate = addDays(date, -1)
    const noticeFor = (l: LeaseInput) => {
      const notice = latestNoticeDate({
        wishedEndDate,
        noticeMonths: l.noticeMonths,
        terms: l.terms,
        nonTerminableUntil: l.nonTerminableUntil,
      }).latestNoticeDate
      return notice !== null && notice >= settings.earliestNoticeDate ? notice : null
    }
    const later = terminationDraft(property, leases, noticeFor, earliest.date)
    if (later && later.date > earliest.date) drafts.push(later)
  }
  return drafts
}

/** Why a building offers no action at all, or null when it may. */
function propertyExclusion(portfolio: Portfolio, property: GoalSeekProperty, settings: Settings): string | null {
  const covered = portfolio.fixed.covered.get(property.id)
  if (covered !== undefined) return `${property.name} har allerede et tiltag i scenariet (${covered}).`
  if (property.keep) return `${property.name} er markeret som en bygning, der skal beholdes.`
  if (settings.keepPropertyIds.has(property.id)) return `${property.name} skal blive (valgt som grænse).`
  return null
}

function draftsFor(portfolio: Portfolio, property: GoalSeekProperty, settings: Settings): Draft[] {
  const { allow } = settings
  if (property.ownership === 'leased') {
    const tenant = (portfolio.leasesOn.get(property.id) ?? []).filter((l) => l.direction === 'tenant')
    return allow.leaseTerminations && tenant.length > 0 ? terminationDrafts(property, tenant, settings) : []
  }
  const drafts: Draft[] = []
  const settled = portfolio.fixed.settledFrom.get(property.id)
  if (allow.sales) drafts.push(...saleDrafts(property, settings, settled))
  if (allow.closures) drafts.push(...closureDrafts(property, 1, settings, settled))
  if (allow.partialClosures && property.workplaces > 0) {
    for (const share of settings.partialClosureShares) drafts.push(...closureDrafts(property, share, settings, settled))
  }
  return drafts
}

/** The engine's figures for one action alone: exact, and additive because actions never share a cost. */
function withFigures(portfolio: Portfolio, draft: Draft, index: number): Candidate {
  const { input } = portfolio
  const result = computeSavings({
    properties: [draft.property],
    leases: portfolio.leasesOn.get(draft.property.id) ?? [],
    units: [],
    measures: draft.measures,
    assumptions: input.assumptions,
    statusFilter: 'all',
  })
  const actionKey = actionKeyOf(draft.kind, draft.property.id, draft.share)
  const candidate: Candidate = {
    index,
    id: `${actionKey}@${draft.date}`,
    actionKey,
    kind: draft.kind,
    propertyId: draft.property.id,
    share: draft.share,
    vacates: draft.kind !== 'partial_closure',
    date: draft.date,
    monthsLate: draft.monthsLate,
    measures: draft.measures,
    effects: draft.effects,
    yearSaving: result.years.map((y) => y.netOperatingSaving),
    fullYear: result.fullYearEffect,
    capitalIncome: result.totals.capitalIncome,
    saleCostsOre: draft.kind === 'sale' ? (draft.property.saleCostsOre ?? 0) : 0,
  }
  if (draft.notice) candidate.notice = draft.notice
  return candidate
}

/** Why a dated action is left out, or null to keep it. */
function draftExclusion(draft: Draft, candidate: Candidate, settings: Settings, settled: IsoDate | undefined): string | null {
  if (settled !== undefined && draft.date < settled) {
    return `Lejemålet i ${draft.property.name} ophører, før scenariets flytninger dér er gennemført ${formatDanishDate(settled)}.`
  }
  if (Number(draft.date.slice(0, 4)) > settings.targetYear) {
    return `${draft.property.name} kan tidligst give besparelse fra ${formatDanishDate(draft.date)}, efter målåret ${settings.targetYear}.`
  }
  if (candidate.fullYear.lte(0))
    return `${candidate.measures.length > 1 ? 'Tiltagene' : 'Tiltaget'} på ${draft.property.name} giver ingen driftsbesparelse.`
  return null
}

/**
 * Every dated action the solver may choose, with its exact yearly savings from the engine, and
 * the actions left out with a Danish reason (an action is left out when none of its dates is
 * usable). Moves are added separately (moves.ts), since they depend on which buildings have room.
 *
 * @example buildCandidates(portfolio, settings).candidates[0]?.actionKey // 'sale:3'
 */
export function buildCandidates(portfolio: Portfolio, settings: Settings): { candidates: Candidate[]; excluded: ExcludedCandidate[] } {
  const candidates: Candidate[] = []
  const excluded: ExcludedCandidate[] = []
  for (const property of portfolio.input.properties) {
    const drafts = draftsFor(portfolio, property, settings)
    const blocked = drafts.length > 0 ? propertyExclusion(portfolio, property, settings) : null
    const reasons = new Map<string, string>()
    const kept = new Set<string>()
    for (const draft of drafts) {
      const actionKey = actionKeyOf(draft.kind, property.id, draft.share)
      if (blocked !== null) {
        reasons.set(actionKey, blocked)
        continue
      }
      const candidate = withFigures(portfolio, draft, candidates.length)
      const reason = draftExclusion(draft, candidate, settings, portfolio.fixed.settledFrom.get(property.id))
      if (reason === null) {
        candidates.push(candidate)
        kept.add(actionKey)
      } else if (!reasons.has(actionKey)) reasons.set(actionKey, reason)
    }
    for (const [actionKey, reason] of reasons) {
      if (!kept.has(actionKey)) excluded.push({ actionKey, propertyId: property.id, reason })
    }
  }
  return { candidates, excluded }
}
