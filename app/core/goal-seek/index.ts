/**
 * "Find vej til målet": which sales, lease terminations, closures and moves reach the scenario's
 * yearly saving in a chosen year, at the least one-off cost, as early as possible, or moving the
 * fewest people. A mixed-integer model solved by HiGHS proposes; the savings engine recomputes
 * every proposal and stays the truth. docs/goal-seek.md explains the model.
 */
import type Decimal from 'decimal.js'
import { Clock, searchAlternatives, type RawSolution, type SearchOutcome } from './alternatives'
import { buildCandidates } from './candidates'
import { checkAlternative } from './check'
import { computeSavings, formatKroner, formatNumberDa, Money, type Conflict } from './engine-adapter'
import { alternativeSummary, bindingLimits, lateStartLimit, lockLimits, proposedMeasures, shortfallMessage } from './explain'
import { buildModel, dot, type MilpModel, type Problem } from './model'
import { planMoves } from './moves'
import { ProgressReporter, type ProgressListener } from './progress'
import { engineInputOf, indexPortfolio } from './portfolio'
import { resolveSettings } from './settings'
import { SolverSession } from './solve'
import type { ExcludedCandidate, GoalSeekAlternative, GoalSeekInput, GoalSeekOptions, GoalSeekResult, ScenarioStart } from './types'
import { capacityMonths, chosenSet, figuresOf, recompute } from './verify'

export * from './types'
export { highsRuntime } from './solve'
export type { ProgressListener, SearchProgress } from './progress'

/**
 * The candidates and move options for an input: what the model chooses among, and what is left
 * out and why.
 *
 * @example buildProblem(input, options).problem.candidates.length // 4
 */
export function buildProblem(input: GoalSeekInput, options: GoalSeekOptions): { problem: Problem; excluded: ExcludedCandidate[] } {
  const settings = resolveSettings(input, options)
  const portfolio = indexPortfolio(input)
  const start = computeSavings(engineInputOf(input, []))
  const built = buildCandidates(portfolio, settings)
  const plan = planMoves(portfolio, built.candidates, settings)
  return {
    problem: { portfolio, settings, candidates: plan.candidates, moves: plan.moves, start },
    excluded: [...built.excluded, ...plan.excluded],
  }
}

function scenarioStart(problem: Problem, target: Decimal): ScenarioStart {
  const { start, settings } = problem
  const inYear = start.years[settings.targetYear - start.firstYear]?.netOperatingSaving ?? new Money(0)
  const remaining = target.minus(inYear)
  return {
    measures: start.measures.map((m) => ({ measureId: m.measureId, kind: m.kind, label: m.label, effectiveFrom: m.effectiveFrom })),
    fullYearEffect: start.fullYearEffect.toString(),
    targetYearSaving: inYear.toString(),
    remainingGap: (remaining.isNegative() ? new Money(0) : remaining).toString(),
  }
}

function alternative(
  problem: Problem,
  model: MilpModel,
  raw: RawSolution,
  rank: number,
  baseline: readonly Conflict[],
): GoalSeekAlternative {
  const set = chosenSet(problem, model, raw.values)
  const { input, result } = recompute(problem, set)
  const figures = figuresOf(problem, set, result, capacityMonths(problem, set, input))
  const check = checkAlternative(problem, set, result, figures, baseline, dot(model.vectors.oneOffCost, raw.values))
  const earliest = problem.settings.objective === 'earliest_year'
  const objectiveValue = earliest ? problem.settings.targetYear + Math.round(raw.primary) : raw.primary
  const partial = {
    rank,
    objectiveValue,
    measures: proposedMeasures(problem, set, figures.capacity),
    optimalityGap: raw.gap,
    timeLimitHit: raw.timeLimitHit,
    figures,
    check,
  }
  return { ...partial, summary: alternativeSummary(partial, problem.settings.targetYear) }
}

function solverLines(alternatives: readonly GoalSeekAlternative[], limit: number): string[] {
  return alternatives
    .filter((a) => a.timeLimitHit)
    .map((a) => {
      if (a.optimalityGap === 0) return `Alternativ ${a.rank} er bevist bedst, men tidsgrænsen afbrød valget mellem lige gode løsninger.`
      const gap = a.optimalityGap === null ? 'ukendt' : `${formatNumberDa(a.optimalityGap * 100, 2)}\u00a0%`
      return `Alternativ ${a.rank}: tidsgrænsen på ${formatNumberDa(limit)} s blev nået, så det er den bedste løsning fundet indtil da (optimalitetsgab ${gap}).`
    })
}

function checkLines(alternatives: readonly GoalSeekAlternative[]): string[] {
  return alternatives.flatMap((a) => [
    ...(a.check.agrees ? [] : a.check.explanation.map((line) => `Alternativ ${a.rank}: ${line}`)),
    ...a.check.conflicts.map((c) => `Alternativ ${a.rank}: ${c.message}`),
  ])
}

/**
 * Finds up to three alternative sets of measures that reach the target in the target year, each
 * recomputed by the savings engine with its figures, checks and Danish reasons. When no set can,
 * says how much is missing and which limits bind, with the best set there is. Plain data in and
 * out (no functions, no class instances), so it can run in a worker thread; the HiGHS runtime is
 * loaded once per thread and reused.
 *
 * @example
 * const result = await findWayToTarget(input, {
 *   objective: 'least_one_off_cost',
 *   targetYear: 2027,
 *   earliestNoticeDate: '2025-03-01',
 *   maxOneOffCostOre: 200_000_000,
 * })
 * result.alternatives[0]?.summary // 'Alternativ 1: 4 tiltag og 3 flytninger; helårseffekt …'
 * result.shortfall?.message // 'Selv med alle mulige tiltag mangler 1.200.000,00 kr. i 2027'
 */
export async function findWayToTarget(
  input: GoalSeekInput,
  options: GoalSeekOptions,
  progress?: ProgressListener,
): Promise<GoalSeekResult> {
  const started = performance.now()
  // The limit covers the whole search: building the candidates with the engine, HiGHS, and the
  // engine's check of the alternatives afterwards, for which a twentieth of it is kept.
  const clock = new Clock(resolveSettings(input, options).timeLimitSeconds * 0.95)
  const { problem, excluded } = buildProblem(input, options)
  const { settings } = problem
  const model = buildModel(problem)
  const built = performance.now()
  const reporter = progress ? new ProgressReporter(problem, model, progress) : undefined
  const session = await SolverSession.open(model, reporter)
  let search: SearchOutcome
  try {
    search = searchAlternatives(problem, model, session, clock)
  } finally {
    session.dispose()
  }
  const solved = performance.now()
  reporter?.beginRun('Regner alternativerne igennem', search.solutions.length)
  const baseline = problem.start.conflicts
  const alternatives = search.solutions.map((raw, i) => alternative(problem, model, raw, i + 1, baseline))
  const target = new Money(input.assumptions.targetAnnualOre).div(100)
  const best = alternatives[0]
  const shortfallAmount = best && search.mode === 'unreachable' ? target.minus(best.figures.targetYearSaving) : null
  const result: GoalSeekResult = {
    status: search.mode,
    objective: settings.objective,
    targetYear: settings.targetYear,
    target: target.toString(),
    start: scenarioStart(problem, target),
    alternatives,
    shortfall: shortfallAmount
      ? { year: settings.targetYear, amount: shortfallAmount.toString(), message: shortfallMessage(shortfallAmount, settings.targetYear) }
      : null,
    bindingLimits:
      search.mode === 'unreachable' && search.solutions[0] && best
        ? [
            ...bindingLimits(problem, model, search.solutions[0].values, excluded, search.savingWithoutBudget),
            ...lateStartLimit(problem, best),
          ]
        : lockLimits(problem, excluded),
    excluded,
    solver: {
      status: search.first.status,
      timeLimitHit: search.timeLimitHit,
      optimalityGap: search.solutions[0]?.gap ?? search.first.gap,
      seconds: (performance.now() - started) / 1000,
      candidates: problem.candidates.length,
      moveOptions: problem.moves.length,
      columns: model.numCols,
      rows: model.rowLower.length,
      timings: { build: (built - started) / 1000, solve: (solved - built) / 1000, verify: (performance.now() - solved) / 1000 },
    },
    messages: [],
  }
  result.messages = summaryLines(result, target, settings.timeLimitSeconds)
  return result
}

function summaryLines(result: GoalSeekResult, target: Decimal, limit: number): string[] {
  const head =
    result.status === 'reached'
      ? [
          `Målet på ${formatKroner(target)} om året nås i ${result.targetYear}: ${result.alternatives.length} alternativ${result.alternatives.length === 1 ? '' : 'er'}.`,
        ]
      : result.status === 'unreachable'
        ? [result.shortfall!.message]
        : result.solver.timeLimitHit
          ? [`Tidsgrænsen på ${formatNumberDa(limit)} s blev nået, før der blev fundet en løsning.`]
          : ['Der er ingen løsning, der overholder grænserne.']
  return [
    ...head,
    ...result.alternatives.map((a) => a.summary),
    ...result.bindingLimits.map((l) => l.message),
    ...solverLines(result.alternatives, limit),
    ...checkLines(result.alternatives),
  ]
}
