import { dot, type MilpModel, type Problem } from './model'
import { roundingOverflow } from './rounding'
import type { RunOutcome, SolverSession } from './solve'
import type { GoalSeekObjective } from './types'

/** One solution of the model: column values and its objective values. */
export interface RawSolution {
  values: Float64Array
  /** The chosen objective: kroner, FTE, or (earliest year) the number of years before the target year it is not yet reached. */
  primary: number
  /** The tie-break: FTE or kroner, plus a hundredth per action and a thousandth per month an action waits. */
  secondary: number
  gap: number | null
  timeLimitHit: boolean
}

export interface SearchOutcome {
  mode: 'reached' | 'unreachable' | 'no_solution'
  solutions: RawSolution[]
  /** The first run's outcome: status, time limit, gap. */
  first: RunOutcome
  timeLimitHit: boolean
  /** Unreachable with a budget: the best target-year saving without it (kroner). */
  savingWithoutBudget?: number
}

/** Wall-clock budget shared by all runs of one goal-seek. */
export class Clock {
  private readonly deadline: number
  constructor(seconds: number) {
    this.deadline = performance.now() + seconds * 1000
  }
  /** Seconds for the next run: a share of what is left. */
  share(fraction: number): number {
    return Math.max(0.05, ((this.deadline - performance.now()) / 1000) * fraction)
  }
  get expired(): boolean {
    return performance.now() >= this.deadline
  }
}

/** Tie-break weights: a hundredth per action taken, a thousandth per month an action waits. */
export const ACTION_WEIGHT = 0.01
export const LATE_WEIGHT = 0.001

/** The tie-break: `main` plus small preferences for fewer actions and earlier dates. */
function tieBreak(main: Float64Array, v: MilpModel['vectors']): Float64Array {
  return main.map((value, i) => value + ACTION_WEIGHT * v.actions[i]! + LATE_WEIGHT * v.monthsLate[i]!)
}

/**
 * Objective vectors for the chosen objective: what is minimised first, and the tie-break
 * (people moved, or one-off cost; then fewer actions; then earlier dates).
 */
export function objectiveVectors(model: MilpModel, objective: GoalSeekObjective): { primary: Float64Array; secondary: Float64Array } {
  const v = model.vectors
  switch (objective) {
    case 'least_one_off_cost':
      return { primary: v.oneOffCost, secondary: tieBreak(v.peopleMoved, v) }
    case 'fewest_people_moved':
      return { primary: v.peopleMoved, secondary: tieBreak(v.oneOffCost, v) }
    case 'earliest_year':
      return { primary: v.notReached, secondary: tieBreak(v.oneOffCost, v) }
  }
}

/** A tie-break within a thousandth (of an FTE or a krone) of the best possible is good enough. */
const TIE_BREAK_GAP = 1e-3

/** Keeps the primary objective at its optimum while the tie-break is minimised. */
function tolerance(value: number): number {
  return 1e-7 * Math.max(1, Math.abs(value))
}

/**
 * 'exact': the primary objective first, then the tie-break with the primary held at its
 * optimum (two runs, so neither needs a weight that could swamp the other). 'weighted': one run
 * of primary + a weight × tie-break, the weight so small that the whole tie-break moves the
 * primary by less than a ten-thousandth of its unit; used for the later alternatives, where a
 * second run would cost more than the tie-break is worth.
 */
type Ranking = 'exact' | 'weighted'

function lexicographic(
  session: SolverSession,
  primary: Float64Array,
  secondary: Float64Array,
  clock: Clock,
  firstShare: number,
  ranking: Ranking,
): { outcome: RunOutcome; solution: RawSolution | null } {
  const weight =
    ranking === 'weighted'
      ? 1e-4 /
        Math.max(
          1,
          secondary.reduce((s, v) => s + Math.abs(v), 0),
        )
      : 0
  const outcome = session.run(weight > 0 ? primary.map((v, i) => v + weight * secondary[i]!) : primary, clock.share(firstShare))
  if (!outcome.hasSolution || !outcome.values) return { outcome, solution: null }
  let values = outcome.values
  let timeLimitHit = outcome.timeLimitHit
  // A tie-break only means something once the objective is proven best.
  if (ranking === 'exact' && outcome.optimal) {
    const best = dot(primary, outcome.values)
    const hold = session.addRow(sparse(primary), -Infinity, best + tolerance(best))
    session.observer?.beginRun('Vælger blandt de lige gode sæt', 0, false)
    const second = session.run(secondary, clock.share(0.5), outcome.values, TIE_BREAK_GAP)
    session.setRowBounds(hold, -Infinity, Infinity)
    if (second.hasSolution && second.values) values = second.values
    timeLimitHit ||= second.timeLimitHit
  }
  return {
    outcome,
    solution: { values, primary: dot(primary, values), secondary: dot(secondary, values), gap: outcome.gap, timeLimitHit },
  }
}

/**
 * Like lexicographic, and then makes sure the moves still fit once rounded to whole thousandths
 * of an FTE: a capacity row they overfill is tightened by the excess and the model solved again
 * (a few times at most; the engine's check reports anything left).
 */
function lexicographicRounded(
  problem: Problem,
  model: MilpModel,
  session: SolverSession,
  vectors: { primary: Float64Array; secondary: Float64Array },
  clock: Clock,
  firstShare: number,
  ranking: Ranking,
): ReturnType<typeof lexicographic> {
  let run = lexicographic(session, vectors.primary, vectors.secondary, clock, firstShare, ranking)
  for (let attempt = 0; attempt < 3 && run.solution && !clock.expired; attempt++) {
    const overflow = roundingOverflow(problem, model, run.solution.values)
    if (overflow.length === 0) break
    for (const { row, excess } of overflow) {
      model.rowUpper[row] = model.rowUpper[row]! - excess - 1e-7
      session.setRowBounds(row, model.rowLower[row]!, model.rowUpper[row]!)
    }
    run = lexicographic(session, vectors.primary, vectors.secondary, clock, 0.5, ranking)
  }
  return run
}

function sparse(vector: Float64Array): Map<number, number> {
  const entries = new Map<number, number>()
  vector.forEach((v, i) => v !== 0 && entries.set(i, v))
  return entries
}

/**
 * Cuts off the solution's set of actions (at any dates) and every set that contains it:
 * Σ over its actions ≤ |actions| − 1. A later alternative therefore leaves out at least one
 * action of each earlier one, instead of adding a needless action to it. Null for an empty set
 * (every set contains it, so there is nothing else to find).
 */
function noGoodCut(problem: Problem, values: Float64Array): { entries: Map<number, number>; upper: number } | null {
  const chosen = new Set(problem.candidates.filter((c) => values[c.index]! > 0.5).map((c) => c.actionKey))
  if (chosen.size === 0) return null
  const entries = new Map<number, number>()
  for (const c of problem.candidates) if (chosen.has(c.actionKey)) entries.set(c.index, 1)
  return { entries, upper: chosen.size - 1 }
}

/**
 * Up to `settings.alternatives` distinct sets of actions that reach the target, best first.
 * When none does, the set that comes closest (the highest in-year saving in the target year,
 * cheapest among those), so the shortfall and the binding limits can be shown.
 *
 * @example (await searchAlternatives(problem, model, session, clock)).solutions.length // 3
 */
export function searchAlternatives(problem: Problem, model: MilpModel, session: SolverSession, clock: Clock): SearchOutcome {
  const vectors = objectiveVectors(model, problem.settings.objective)
  const { primary } = vectors
  const wanted = problem.settings.alternatives
  session.observer?.beginRun('Leder efter det bedste sæt af tiltag', 0)
  const first = lexicographicRounded(problem, model, session, vectors, clock, wanted > 1 ? 0.6 : 0.8, 'exact')
  if (!first.solution) {
    if (!first.outcome.infeasible)
      return { mode: 'no_solution', solutions: [], first: first.outcome, timeLimitHit: first.outcome.timeLimitHit }
    return closestSet(problem, model, session, primary, clock, first.outcome)
  }
  const solutions = [first.solution]
  while (solutions.length < wanted && !clock.expired) {
    const cut = noGoodCut(problem, solutions.at(-1)!.values)
    if (!cut) break
    session.addRow(cut.entries, -Infinity, cut.upper)
    session.observer?.beginRun(`Leder efter alternativ ${solutions.length + 1}`, solutions.length)
    const next = lexicographicRounded(problem, model, session, vectors, clock, 0.5, 'weighted')
    if (!next.solution) break
    solutions.push(next.solution)
  }
  const timeLimitHit = solutions.some((s) => s.timeLimitHit)
  return { mode: 'reached', solutions, first: first.outcome, timeLimitHit }
}

/** No set reaches the target: the one with the highest in-year saving in the target year, cheapest among those. */
function closestSet(
  problem: Problem,
  model: MilpModel,
  session: SolverSession,
  primary: Float64Array,
  clock: Clock,
  first: RunOutcome,
): SearchOutcome {
  session.setRowBounds(model.targetRow, -Infinity, Infinity)
  session.observer?.beginRun('Målet kan ikke nås: leder efter det sæt, der kommer nærmest', 0)
  const negated = model.vectors.targetYearSaving.map((v) => -v)
  const closest = lexicographicRounded(
    problem,
    model,
    session,
    { primary: negated, secondary: model.vectors.oneOffCost },
    clock,
    0.7,
    'exact',
  )
  if (!closest.solution) return { mode: 'no_solution', solutions: [], first, timeLimitHit: closest.outcome.timeLimitHit }
  const { values } = closest.solution
  const solution = { ...closest.solution, primary: dot(primary, values), secondary: dot(model.vectors.oneOffCost, values) }
  const outcome: SearchOutcome = { mode: 'unreachable', solutions: [solution], first, timeLimitHit: closest.solution.timeLimitHit }
  const budget = problem.settings.maxOneOffCostOre
  if (model.budgetRow !== null && budget !== null) {
    // Would more money reach further? The budget binds even when it is not used up, if the
    // measure that is missing costs more than what is left.
    session.setRowBounds(model.budgetRow, -Infinity, Infinity)
    session.observer?.beginRun('Prøver uden grænsen for engangsudgifter', 1, false)
    const free = session.run(negated, clock.share(0.8), values)
    if (free.hasSolution && free.values) outcome.savingWithoutBudget = dot(model.vectors.targetYearSaving, free.values)
    session.setRowBounds(model.budgetRow, -Infinity, budget / 100)
  }
  return outcome
}
