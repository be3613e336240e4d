import type Decimal from 'decimal.js'
import type { Candidate } from './candidates'
import {
  computeSavings,
  Money,
  monthlyOccupancy,
  sum,
  type Conflict,
  type EngineInput,
  type Measure,
  type RelocationMeasure,
  type SavingsResult,
} from './engine-adapter'
import type { MilpModel, Problem } from './model'
import type { MoveOption } from './moves'
import { engineInputOf, milliOf } from './portfolio'
import { movedMilli } from './rounding'
import type { AlternativeFigures, PropertyCapacity } from './types'

/** The measures of one solution: the chosen actions, and the moves with headcounts in thousandths. */
export interface ChosenSet {
  candidates: Candidate[]
  relocations: { measure: RelocationMeasure; move: MoveOption }[]
}

function relocation(move: MoveOption, milli: number, problem: Problem): RelocationMeasure {
  const perPerson = problem.portfolio.properties.get(move.toPropertyId)?.refurbishmentPerPersonOre ?? 0
  return {
    kind: 'relocation',
    id: `gs:move:${move.unitId}:${move.fromPropertyId}>${move.toPropertyId}@${move.date}`,
    status: 'proposal',
    unitId: move.unitId,
    fromPropertyId: move.fromPropertyId,
    toPropertyId: move.toPropertyId,
    date: move.date,
    headcount: milli / 1000,
    refurbishmentOre: Math.round((perPerson * milli) / 1000),
    addedAnnualOperatingOre: 0,
  }
}

/**
 * Reads a solution's columns as measures.
 *
 * @example chosenSet(problem, model, values).candidates.map((c) => c.id) // ['sale:3@2025-09-01']
 */
export function chosenSet(problem: Problem, model: MilpModel, values: Float64Array): ChosenSet {
  const candidates = problem.candidates.filter((c) => values[c.index]! > 0.5)
  const relocations: ChosenSet['relocations'] = []
  for (const [index, milli] of movedMilli(problem, model, values)) {
    const move = problem.moves[index]!
    relocations.push({ move, measure: relocation(move, milli, problem) })
  }
  return { candidates, relocations }
}

export function measuresOf(set: ChosenSet): Measure[] {
  return [...set.candidates.flatMap((c) => c.measures), ...set.relocations.map((r) => r.measure)]
}

/** The engine's input: the register, the scenario's own measures and `measures` on top. */
export function engineInput(problem: Problem, measures: readonly Measure[]): EngineInput {
  return engineInputOf(problem.portfolio.input, measures)
}

const conflictKey = (c: Conflict) => `${c.kind}:${c.propertyId ?? ''}:${c.unitId ?? ''}`

/** Conflicts of the set that the register has without any measure. */
export function newConflicts(result: SavingsResult, baseline: readonly Conflict[]): Conflict[] {
  const known = new Set(baseline.map(conflictKey))
  return result.conflicts.filter((c) => !known.has(conflictKey(c)))
}

/**
 * Desks needed per month at every building that receives people or is partly closed, against
 * its workplaces, less the closed share from a partial closure's month: the engine counts all
 * workplaces, while a closed wing has none.
 */
export function capacityMonths(problem: Problem, set: ChosenSet, input: EngineInput): PropertyCapacity[] {
  const closed = new Map(set.candidates.filter((c) => !c.vacates).map((c) => [c.propertyId, c]))
  const ids = new Set([...set.relocations.flatMap((r) => [r.move.fromPropertyId, r.move.toPropertyId]), ...closed.keys()])
  return monthlyOccupancy(input, { propertyIds: [...ids].sort((a, b) => a - b) }).map((p) => {
    const partial = closed.get(p.propertyId)
    const from = partial?.date.slice(0, 7)
    return {
      propertyId: p.propertyId,
      name: p.name,
      months: p.months.map((m) => {
        const workplaces = partial && from && m.month >= from ? p.workplaces * (1 - partial.share) : p.workplaces
        return { month: m.month, workplacesNeeded: m.workplacesNeeded, workplaces, over: m.workplacesNeeded > workplaces + 1e-9 }
      }),
    }
  })
}

const text = (d: Decimal) => d.toString()

/**
 * The engine's figures for a set, as plain data.
 *
 * @example figuresOf(problem, set, result, capacity).fullYearEffect // '660000'
 */
export function figuresOf(problem: Problem, set: ChosenSet, result: SavingsResult, capacity: PropertyCapacity[]): AlternativeFigures {
  const yearOffset = problem.settings.targetYear - result.firstYear
  const saleCosts = sum(set.candidates.map((c) => new Money(c.saleCostsOre).div(100)))
  // The proposals' own one-off cost: what the scenario's measures cost already is not the search's doing.
  const { start } = problem
  const oneOff = result.totals.movingCost
    .minus(start.totals.movingCost)
    .plus(result.totals.refurbishment.minus(start.totals.refurbishment))
    .plus(saleCosts)
  const peopleMilli = set.relocations.reduce((total, r) => total + milliOf(r.measure.headcount), 0)
  return {
    years: result.years.map((y) => ({
      year: y.year,
      netOperatingSaving: text(y.netOperatingSaving),
      capitalIncome: text(y.capitalIncome),
      movingCost: text(y.movingCost),
      refurbishment: text(y.refurbishment),
    })),
    fullYearEffect: text(result.fullYearEffect),
    gapToTarget: text(result.gapToTarget),
    firstYearTargetReached: result.firstYearTargetReached,
    targetYearSaving: text(result.years[yearOffset]?.netOperatingSaving ?? new Money(0)),
    oneOffCost: text(oneOff),
    capitalIncome: text(result.totals.capitalIncome),
    peopleMoved: peopleMilli / 1000,
    capacity,
  }
}

/** The model's own full-year effect for a set: the scenario's own, plus the exact sum of its coefficients. */
export function modelFullYear(problem: Problem, set: ChosenSet): Decimal {
  return sum([problem.start.fullYearEffect, ...set.candidates.map((c) => c.fullYear)])
}

/** Runs the engine on a set. */
export function recompute(problem: Problem, set: ChosenSet): { input: EngineInput; result: SavingsResult } {
  const input = engineInput(problem, measuresOf(set))
  return { input, result: computeSavings(input) }
}
