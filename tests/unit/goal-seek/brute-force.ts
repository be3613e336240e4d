import { computeSavings, Money } from '~/core/goal-seek/engine-adapter'
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

function objectiveValues(objective: GoalSeekObjective, cost: number, people: number, late: number, firstYear: number | null): [number, number] {
  switch (objective) {
    case 'least_one_off_cost':
      return [cost, people + 0.001 * late]
    case 'fewest_people_moved':
      return [people, cost + 0.001 * late]
    case 'earliest_year':
      return [firstYear ?? Infinity, cost + 0.001 * late]
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
    const [primary, secondary] = objectiveValues(problem.settings.objective, cost, figures.peopleMoved, late, figures.firstYearTargetReached)
    const better = primary < best.primary - 1e-6 || (Math.abs(primary - best.primary) <= 1e-6 && secondary < best.secondary - 1e-6)
    if (better) best = { ...best, primary, secondary, feasible: true }
  }
  return best
}

/** The same objective values for a solver alternative, from the engine's figures. */
export function engineObjective(problem: Problem, alt: GoalSeekAlternative): [number, number] {
  const ids = new Set(alt.measures.map((m) => m.measure.id))
  const late = problem.candidates.filter((c) => ids.has(c.measures[0]!.id)).reduce((s, c) => s + c.monthsLate, 0)
  const f = alt.figures
  return objectiveValues(problem.settings.objective, Number(f.oneOffCost), f.peopleMoved, late, f.firstYearTargetReached)
}
