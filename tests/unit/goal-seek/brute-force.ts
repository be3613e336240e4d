import { computeSavings, Money } from '~/core/goal-seek/engine-adapter'
import { ACTION_WEIGHT, LATE_WEIGHT } from '~/core/goal-seek/alternatives'
import { checkAlternative } from '~/core/goal-seek/check'
import type { Problem } from '~/core/goal-seek/model'
import type { GoalSeekAlternative, GoalSeekObjective } from '~/core/goal-seek'
import { capacityMonths, engineInput, figuresOf, recompute, type ChosenSet } from '~/core/goal-seek/verify'

/** The best subset by trying all of them, judged by the engine alone. */
export interface BruteBest {
  primary: number
  secondary: number
  /** Highest in-year saving in the target year over the consistent subsets (kroner). */
  bestTargetYearSaving: number
  feasible: boolean
}

/** The solver's objective and tie-break (see objectiveVectors), from the engine's figures. */
function objectiveValues(
  objective: GoalSeekObjective,
  cost: number,
  people: number,
  set: { actions: number; late: number },
  firstYear: number | null,
): [number, number] {
  const small = ACTION_WEIGHT * set.actions + LATE_WEIGHT * set.late
  switch (objective) {
    case 'least_one_off_cost':
      return [cost, people + small]
    case 'fewest_people_moved':
      return [people, cost + small]
    case 'earliest_year':
      return [firstYear ?? Infinity, cost + small]
  }
}

/** A subset as measures, or null when it breaks a rule of the problem itself (not of the engine). */
function subset(problem: Problem, mask: number): ChosenSet | null {
  const n = problem.candidates.length
  const candidates = problem.candidates.filter((c) => mask & (1 << c.index))
  const properties = new Set(candidates.map((c) => c.propertyId))
  if (properties.size < candidates.length) return null
  const keys = new Set(candidates.map((c) => c.actionKey))
  if (problem.settings.requiredActions.some((k) => !keys.has(k))) return null
  const relocations: ChosenSet['relocations'] = []
  for (const move of problem.moves) {
    if (!(mask & (1 << (n + move.index)))) continue
    if (!(mask & (1 << move.candidate))) return null
    const perPerson = problem.portfolio.properties.get(move.toPropertyId)?.refurbishmentPerPersonOre ?? 0
    relocations.push({
      move,
      measure: {
        kind: 'relocation',
        id: `bf:${move.index}`,
        status: 'proposal',
        unitId: move.unitId,
        fromPropertyId: move.fromPropertyId,
        toPropertyId: move.toPropertyId,
        date: move.date,
        headcount: move.headcount,
        refurbishmentOre: Math.round(perPerson * move.headcount),
        addedAnnualOperatingOre: 0,
      },
    })
  }
  return { candidates, relocations }
}

/**
 * Tries every subset of the candidates and whole-unit move options (at most 12 of them), keeps
 * those the engine finds consistent (no new conflict, no capacity overrun, partial closures
 * respected) within the budget, and returns the best by the objective and its tie-break.
 */
export function bruteForce(problem: Problem): BruteBest {
  const binaries = problem.candidates.length + problem.moves.length
  if (binaries > 16) throw new Error(`too many binaries for brute force: ${binaries}`)
  const baseline = computeSavings(engineInput(problem, [])).conflicts
  const budget = problem.settings.maxOneOffCostOre
  let best: BruteBest = { primary: Infinity, secondary: Infinity, bestTargetYearSaving: -Infinity, feasible: false }
  for (let mask = 0; mask < 1 << binaries; mask++) {
    const set = subset(problem, mask)
    if (!set) continue
    const { input, result } = recompute(problem, set)
    const figures = figuresOf(problem, set, result, capacityMonths(problem, set, input))
    const check = checkAlternative(problem, set, result, figures, baseline, 0)
    if (!check.passes) continue
    const cost = Number(figures.oneOffCost)
    if (budget !== null && new Money(figures.oneOffCost).greaterThan(new Money(budget).div(100))) continue
    const saving = Number(figures.targetYearSaving)
    if (saving > best.bestTargetYearSaving) best = { ...best, bestTargetYearSaving: saving }
    if (!check.targetReached) continue
    const late = set.candidates.reduce((s, c) => s + c.monthsLate, 0)
    const actions = { actions: set.candidates.length, late }
    const [primary, secondary] = objectiveValues(
      problem.settings.objective,
      cost,
      figures.peopleMoved,
      actions,
      figures.firstYearTargetReached,
    )
    const better = primary < best.primary - 1e-6 || (Math.abs(primary - best.primary) <= 1e-6 && secondary < best.secondary - 1e-6)
    if (better) best = { ...best, primary, secondary, feasible: true }
  }
  return best
}

/** The same objective values for a solver alternative, from the engine's figures. */
export function engineObjective(problem: Problem, alt: GoalSeekAlternative): [number, number] {
  const ids = new Set(alt.measures.map((m) => m.measure.id))
  const chosen = problem.candidates.filter((c) => ids.has(c.measures[0]!.id))
  const late = chosen.reduce((s, c) => s + c.monthsLate, 0)
  const f = alt.figures
  return objectiveValues(
    problem.settings.objective,
    Number(f.oneOffCost),
    f.peopleMoved,
    { actions: chosen.length, late },
    f.firstYearTargetReached,
  )
}
