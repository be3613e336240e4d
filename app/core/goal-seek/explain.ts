import type Decimal from 'decimal.js'
import type { Candidate } from './candidates'
import { formatDanishDate, formatDanishMonth, formatKroner, formatNumberDa, Money } from './engine-adapter'
import { dot, type MilpModel, type Problem } from './model'
import type { BindingLimit, ExcludedCandidate, GoalSeekAlternative, PropertyCapacity, ProposedMeasure } from './types'
import { quantity } from './portfolio'
import type { ChosenSet } from './verify'

const nameOf = (problem: Problem, id: number) => problem.portfolio.properties.get(id)?.name ?? `ejendom ${id}`
const percent = (share: number) => `${formatNumberDa(share * 100, Number.isInteger(share * 100) ? 0 : 1)}\u00a0%`

function actionText(problem: Problem, c: Candidate): string {
  const name = nameOf(problem, c.propertyId)
  const yearly = `sparer ${formatKroner(c.fullYear)} om året`
  switch (c.kind) {
    case 'sale':
      return (
        `Salg af ${name} med overtagelse ${formatDanishDate(c.date)}: ${yearly} i drift` +
        `${c.capitalIncome.greaterThan(0) ? ` og giver ${formatKroner(c.capitalIncome)} i anlægsindtægt` : ''}`
      )
    case 'termination': {
      const notice = c.notice!
      const decide = notice.decideBy ? ` Beslut senest ${formatDanishDate(notice.decideBy)}.` : ''
      return (
        `Opsigelse af lejemålet i ${name} ${formatDanishDate(notice.noticeDate)}, ophør ${formatDanishDate(notice.endDate)}: ` +
        `${yearly} i husleje, service og drift.${decide}`
      )
    }
    case 'closure':
      return `Lukning af ${name} fra ${formatDanishDate(c.date)}: ${yearly} i drift.`
    case 'partial_closure': {
      const left = (problem.portfolio.properties.get(c.propertyId)?.workplaces ?? 0) * (1 - c.share)
      return (
        `Delvis lukning (${percent(c.share)}) af ${name} fra ${formatDanishDate(c.date)}: ${yearly} i drift; ` +
        `${quantity(left)} arbejdspladser er tilbage.`
      )
    }
  }
}

function contribution(problem: Problem, c: Candidate): string {
  const { targetYear } = problem.settings
  const inYear = c.yearSaving[targetYear - problem.portfolio.input.assumptions.firstYear] ?? new Money(0)
  const locked = problem.settings.requiredActions.includes(c.actionKey) ? ' Tiltaget er låst med.' : ''
  return ` Bidrager med ${formatKroner(inYear)} i ${targetYear}.${locked}`
}

function peakUse(capacity: readonly PropertyCapacity[], propertyId: number): { need: number; workplaces: number } | null {
  const months = capacity.find((p) => p.propertyId === propertyId)?.months ?? []
  if (months.length === 0) return null
  const peak = months.reduce((a, b) => (b.workplacesNeeded > a.workplacesNeeded ? b : a))
  return { need: peak.workplacesNeeded, workplaces: peak.workplaces }
}

/**
 * The measures of an alternative, each with its reason in Danish.
 *
 * @example proposedMeasures(problem, set, capacity)[0]?.reason // 'Salg af Skolegade 3 med overtagelse 01.09.2025: …'
 */
export function proposedMeasures(problem: Problem, set: ChosenSet, capacity: readonly PropertyCapacity[]): ProposedMeasure[] {
  const result: ProposedMeasure[] = []
  for (const c of set.candidates) {
    const reason = actionText(problem, c) + contribution(problem, c)
    for (const [i, measure] of c.measures.entries()) {
      const proposed: ProposedMeasure = { measure, effectiveFrom: c.effects[i]!, actionKey: c.actionKey, reason }
      if (c.notice?.decideBy) proposed.decideBy = c.notice.decideBy
      result.push(proposed)
    }
  }
  for (const { measure, move } of set.relocations) {
    const origin = problem.candidates[move.candidate]!
    const unit = problem.portfolio.input.units.find((u) => u.id === move.unitId)
    const peak = peakUse(capacity, move.toPropertyId)
    const room = peak
      ? `, og ${nameOf(problem, move.toPropertyId)} har plads (højst ${quantity(peak.need)} af ${quantity(peak.workplaces)} arbejdspladser i brug)`
      : ''
    const why = origin.vacates ? 'afgives' : 'lukkes delvist'
    result.push({
      measure,
      effectiveFrom: measure.date,
      actionKey: origin.actionKey,
      reason:
        `Flytning af ${quantity(measure.headcount)} årsværk af ${unit?.name ?? `enhed ${move.unitId}`} fra ${nameOf(problem, move.fromPropertyId)} ` +
        `til ${nameOf(problem, move.toPropertyId)} ${formatDanishDate(measure.date)}: ${nameOf(problem, move.fromPropertyId)} ${why} den dag${room}.`,
    })
  }
  return result
}

/** @example alternativeSummary(alt) // 'Alternativ 1: 3 tiltag og 2 flytninger; helårseffekt 5.100.000,00 kr.; …' */
export function alternativeSummary(alt: Omit<GoalSeekAlternative, 'summary'>, targetYear: number): string {
  const f = alt.figures
  const moves = alt.measures.filter((m) => m.measure.kind === 'relocation').length
  const movesText = moves === 1 ? '1 flytning' : `${moves} flytninger`
  const reached = f.firstYearTargetReached === null ? `målet nås ikke inden for horisonten` : `målet nås i ${f.firstYearTargetReached}`
  return (
    `Alternativ ${alt.rank}: ${alt.measures.length - moves} tiltag og ${movesText}; ` +
    `helårseffekt ${formatKroner(new Money(f.fullYearEffect))}; ${targetYear}: ${formatKroner(new Money(f.targetYearSaving))}; ` +
    `${reached}; engangsudgifter ${formatKroner(new Money(f.oneOffCost))}; ${quantity(f.peopleMoved)} årsværk flyttes.`
  )
}

/** @example shortfallMessage(new Money(1_200_000), 2027) // 'Selv med alle mulige tiltag mangler 1.200.000,00 kr. i 2027' */
export function shortfallMessage(amount: Decimal, year: number): string {
  return `Selv med alle mulige tiltag mangler ${formatKroner(amount)} i ${year}`
}

function rowActivity(model: MilpModel, row: number, values: Float64Array): number {
  let total = 0
  for (let k = model.starts[row]!; k < model.starts[row + 1]!; k++) total += model.values[k]! * values[model.indices[k]!]!
  return total
}

/** Buildings whose capacity row is tight in the solution: full from that month on. */
function fullBuildings(problem: Problem, model: MilpModel, values: Float64Array): BindingLimit[] {
  const first = new Map<number, string>()
  for (const r of model.capacityRows) {
    const tight = rowActivity(model, r.row, values) >= model.rowUpper[r.row]! - 1e-6
    if (tight && !first.has(r.propertyId)) first.set(r.propertyId, r.month)
  }
  const end = `${problem.settings.targetYear}-12`
  return [...first].map(([propertyId, month]) => ({
    kind: 'capacity' as const,
    propertyId,
    months: [month, end] as [string, string],
    message: `${nameOf(problem, propertyId)} er fuld fra ${formatDanishMonth(month)} til ${formatDanishMonth(end)}: der er ikke plads til flere.`,
  }))
}

function budgetLimit(problem: Problem, best: number, withoutBudget: number | undefined): BindingLimit[] {
  const budget = problem.settings.maxOneOffCostOre
  if (budget === null || withoutBudget === undefined || withoutBudget <= best + 0.005) return []
  return [
    {
      kind: 'budget',
      message:
        `Grænsen for engangsudgifter på ${formatKroner(new Money(budget).div(100))} binder: uden den kunne der spares ` +
        `${formatKroner(new Money(withoutBudget))} i ${problem.settings.targetYear}`,
    },
  ]
}

function timingLimit(excluded: readonly ExcludedCandidate[], targetYear: number): BindingLimit[] {
  const late = excluded.filter((e) => e.reason.includes('efter målåret'))
  if (late.length === 0) return []
  const examples = late
    .slice(0, 3)
    .map((e) => e.reason.replace(/ kan tidligst.*$/, ''))
    .join(', ')
  return [{ kind: 'timing', message: `${late.length} tiltag kan først give besparelse efter ${targetYear} (fx ${examples}).` }]
}

/**
 * What holds the best set back when the target cannot be reached: full buildings, the one-off
 * budget, actions that start too late, and required actions that cannot be used.
 */
export function bindingLimits(
  problem: Problem,
  model: MilpModel,
  values: Float64Array,
  excluded: readonly ExcludedCandidate[],
  withoutBudget: number | undefined,
): BindingLimit[] {
  return [
    ...fullBuildings(problem, model, values),
    ...budgetLimit(problem, dot(model.vectors.targetYearSaving, values), withoutBudget),
    ...timingLimit(excluded, problem.settings.targetYear),
    ...lockLimits(problem, excluded),
  ]
}

/**
 * The best set would reach the target once fully in effect, but starts too late in the target
 * year (or after it) to reach it there.
 *
 * @example lateStartLimit(problem, alternative) // [{ kind: 'timing', message: 'Tiltagene giver … ' }]
 */
export function lateStartLimit(problem: Problem, alt: GoalSeekAlternative): BindingLimit[] {
  const full = new Money(alt.figures.fullYearEffect)
  const inYear = new Money(alt.figures.targetYearSaving)
  if (full.lessThanOrEqualTo(inYear)) return []
  const latest = alt.measures.map((m) => m.effectiveFrom).reduce((a, b) => (b > a ? b : a), '')
  const year = problem.settings.targetYear
  return [
    {
      kind: 'timing',
      message:
        `Tiltagene giver ${formatKroner(full)} om året, når de virker fuldt ud, men det seneste virker først fra ` +
        `${formatDanishDate(latest)}, så ${year} får kun ${formatKroner(inYear)}`,
    },
  ]
}

/** Required actions that are not among the candidates, with the reason they are left out. */
export function lockLimits(problem: Problem, excluded: readonly ExcludedCandidate[]): BindingLimit[] {
  return problem.settings.requiredActions
    .filter((key) => !problem.candidates.some((c) => c.actionKey === key))
    .map((key) => {
      const reason = excluded.find((e) => e.actionKey === key)?.reason ?? 'Tiltaget findes ikke blandt de mulige.'
      return { kind: 'lock' as const, message: `Det låste tiltag ${key} kan ikke bruges: ${reason}` }
    })
}
