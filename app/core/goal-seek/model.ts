import type { Candidate } from './candidates'
import type { IsoDate, SavingsResult } from './engine-adapter'
import type { MoveOption } from './moves'
import { baseNeed, usableWorkplaces, type Portfolio } from './portfolio'
import type { Settings } from './settings'

/** Everything the model is built from. */
export interface Problem {
  portfolio: Portfolio
  settings: Settings
  candidates: Candidate[]
  moves: MoveOption[]
  /** The engine's figures for the scenario's own measures, before anything is proposed. */
  start: SavingsResult
}

export interface CapacityRow {
  row: number
  propertyId: number
  /** 'YYYY-MM' from which the row's arrivals and closures are in effect. */
  month: string
  /** Desks free before any measure (the row's right-hand side). */
  spare: number
}

/** The mixed-integer model as HiGHS takes it (sparse rows), and where each part sits. */
export interface MilpModel {
  numCols: number
  colLower: Float64Array
  colUpper: Float64Array
  integer: Int32Array
  rowLower: number[]
  rowUpper: number[]
  starts: number[]
  indices: number[]
  values: number[]
  /** Column of each candidate is its index; move m is column moveOffset + m. */
  moveOffset: number
  /** Earliest-year objective: column per year before the target year ("reached by then"). */
  reachedCols: { year: number; col: number }[]
  targetRow: number
  budgetRow: number | null
  capacityRows: CapacityRow[]
  /** Objective vectors over all columns. */
  vectors: {
    oneOffCost: Float64Array
    peopleMoved: Float64Array
    monthsLate: Float64Array
    /** 1 per candidate: the number of actions taken. */
    actions: Float64Array
    targetYearSaving: Float64Array
    notReached: Float64Array
  }
}

class RowBuilder {
  lower: number[] = []
  upper: number[] = []
  starts: number[] = [0]
  indices: number[] = []
  values: number[] = []

  add(entries: Map<number, number>, lower: number, upper: number): number {
    for (const [col, value] of entries) {
      if (value === 0) continue
      this.indices.push(col)
      this.values.push(value)
    }
    this.starts.push(this.indices.length)
    this.lower.push(lower)
    this.upper.push(upper)
    return this.lower.length - 1
  }
}

function addTo(entries: Map<number, number>, col: number, value: number): Map<number, number> {
  entries.set(col, (entries.get(col) ?? 0) + value)
  return entries
}

const monthIndex = (date: IsoDate) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1
const monthText = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
/** A move on the 1st relieves its month; one later in the month does not (the month's peak counts it). */
const reliefMonth = (date: IsoDate) => monthIndex(date) + (date.endsWith('-01') ? 0 : 1)

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = map.get(k)
    if (list) list.push(item)
    else map.set(k, [item])
  }
  return map
}

function choiceRows(problem: Problem, rows: RowBuilder, moveOffset: number): void {
  const { candidates, moves, settings, portfolio } = problem
  // One action per building: a sale, a closure and a partial closure never count the same cost twice.
  for (const group of groupBy(candidates, (c) => c.propertyId).values()) {
    if (group.length > 1) rows.add(new Map(group.map((c) => [c.index, 1])), -Infinity, 1)
  }
  for (const key of settings.requiredActions) {
    rows.add(new Map(candidates.filter((c) => c.actionKey === key).map((c) => [c.index, 1])), 1, 1)
  }
  const movesByCandidateUnit = groupBy(moves, (m) => `${m.candidate}:${m.unitId}`)
  for (const candidate of candidates) {
    for (const unit of portfolio.unitsAt.get(candidate.propertyId) ?? []) {
      const own = movesByCandidateUnit.get(`${candidate.index}:${unit.id}`) ?? []
      if (!candidate.vacates && own.length === 0) continue
      // Giving up a building moves every unit out by its date; a partial closure may move some.
      const entries = addTo(new Map(own.map((m) => [moveOffset + m.index, 1])), candidate.index, -1)
      rows.add(entries, candidate.vacates ? 0 : -Infinity, 0)
    }
  }
  // Nobody moves into a building that is given up.
  const vacating = groupBy(
    candidates.filter((c) => c.vacates),
    (c) => c.propertyId,
  )
  for (const move of moves) {
    const gone = vacating.get(move.toPropertyId)
    if (!gone) continue
    rows.add(new Map([[moveOffset + move.index, 1], ...gone.map((c): [number, number] => [c.index, 1])]), -Infinity, 1)
  }
}

/** Months (absolute) where the scenario's own need at a property changes, from `from` on. */
function needChanges(portfolio: Portfolio, propertyId: number, from: number): number[] {
  const months = portfolio.fixed.monthlyNeed.get(propertyId)
  if (!months) return []
  const first = portfolio.input.assumptions.firstYear * 12
  const changes: number[] = []
  for (let i = Math.max(1, from - first + 1); i < months.length; i++) if (months[i] !== months[i - 1]) changes.push(first + i)
  return changes
}

function capacityRows(problem: Problem, rows: RowBuilder, moveOffset: number): CapacityRow[] {
  const { candidates, moves, portfolio } = problem
  const result: CapacityRow[] = []
  const arrivals = groupBy(moves, (m) => m.toPropertyId)
  const departures = groupBy(moves, (m) => m.fromPropertyId)
  const partials = groupBy(
    candidates.filter((c) => !c.vacates),
    (c) => c.propertyId,
  )
  const firstMonth = portfolio.input.assumptions.firstYear * 12
  for (const [propertyId, property] of portfolio.properties) {
    const inbound = arrivals.get(propertyId) ?? []
    const closing = partials.get(propertyId) ?? []
    if (inbound.length === 0 && closing.length === 0) continue
    const changes = [...inbound.map((m) => monthIndex(m.date)), ...closing.map((c) => monthIndex(c.date))]
    // Between two rows neither the proposals nor the scenario's own moves change the need.
    const months = new Set([...changes, ...needChanges(portfolio, propertyId, Math.min(...changes))])
    const workplaces = usableWorkplaces(portfolio, propertyId)
    for (const month of [...months].sort((a, b) => a - b)) {
      const spare = workplaces - baseNeed(portfolio, propertyId, month - firstMonth)
      const entries = new Map<number, number>()
      for (const m of inbound) if (monthIndex(m.date) <= month) addTo(entries, moveOffset + m.index, m.need)
      for (const m of departures.get(propertyId) ?? []) if (reliefMonth(m.date) <= month) addTo(entries, moveOffset + m.index, -m.need)
      for (const c of closing) if (monthIndex(c.date) <= month) addTo(entries, c.index, c.share * property.workplaces)
      const row = rows.add(entries, -Infinity, spare)
      result.push({ row, propertyId, month: monthText(month), spare })
    }
  }
  return result
}

function savingEntries(candidates: readonly Candidate[], yearOffset: number): Map<number, number> {
  return new Map(candidates.map((c) => [c.index, c.yearSaving[yearOffset]?.toNumber() ?? 0]))
}

/**
 * Builds the mixed-integer model: a yes/no per dated action, a share (or yes/no) per move option,
 * and for the earliest-year objective a yes/no per year "the target is reached by then". Rows:
 * one action per building, required actions, units out by the date a building is given up,
 * nobody into a building that goes, capacity per receiving building per month, the one-off
 * budget and the target in the target year. docs/goal-seek.md explains each.
 *
 * @example buildModel(problem).targetRow // index of the target row
 */
export function buildModel(problem: Problem): MilpModel {
  const { candidates, moves, settings, portfolio } = problem
  const { firstYear, targetAnnualOre } = portfolio.input.assumptions
  const moveOffset = candidates.length
  const earlyYears = settings.objective === 'earliest_year' ? settings.targetYear - firstYear : 0
  // One more column, fixed at 0, so a portfolio with nothing to choose is still a model HiGHS takes.
  const numCols = moveOffset + moves.length + earlyYears + 1
  const rows = new RowBuilder()
  choiceRows(problem, rows, moveOffset)
  const capacity = capacityRows(problem, rows, moveOffset)
  const target = targetAnnualOre / 100
  // The scenario's own measures count first; the proposals close what is left.
  const remaining = (year: number) => target - (problem.start.years[year - firstYear]?.netOperatingSaving.toNumber() ?? 0)
  const targetRow = rows.add(savingEntries(candidates, settings.targetYear - firstYear), remaining(settings.targetYear), Infinity)
  const reachedCols: MilpModel['reachedCols'] = []
  for (let i = 0; i < earlyYears; i++) {
    const col = moveOffset + moves.length + i
    reachedCols.push({ year: firstYear + i, col })
    rows.add(addTo(savingEntries(candidates, i), col, -remaining(firstYear + i)), 0, Infinity)
    // Savings never fall from one year to the next, so "reached" only switches on.
    if (i + 1 < earlyYears)
      rows.add(
        new Map([
          [col, 1],
          [col + 1, -1],
        ]),
        -Infinity,
        0,
      )
  }
  const vectors = objectiveVectors(problem, numCols, reachedCols)
  const budgetRow =
    settings.maxOneOffCostOre === null
      ? null
      : rows.add(new Map([...vectors.oneOffCost.entries()].filter(([, v]) => v !== 0)), -Infinity, settings.maxOneOffCostOre / 100)
  const integer = new Int32Array(numCols).fill(1)
  if (settings.splitUnits) integer.fill(0, moveOffset, moveOffset + moves.length)
  integer[numCols - 1] = 0
  return {
    numCols,
    colLower: new Float64Array(numCols),
    colUpper: new Float64Array(numCols).fill(1).fill(0, numCols - 1),
    integer,
    rowLower: rows.lower,
    rowUpper: rows.upper,
    starts: rows.starts,
    indices: rows.indices,
    values: rows.values,
    moveOffset,
    reachedCols,
    targetRow,
    budgetRow,
    capacityRows: capacity,
    vectors,
  }
}

/**
 * An objective vector's value for a solution.
 *
 * @example dot(model.vectors.oneOffCost, values) // 100000
 */
export function dot(vector: Float64Array, values: Float64Array): number {
  let total = 0
  for (let i = 0; i < vector.length; i++) total += vector[i]! * values[i]!
  return total
}

function objectiveVectors(problem: Problem, numCols: number, reachedCols: MilpModel['reachedCols']): MilpModel['vectors'] {
  const { candidates, moves, settings } = problem
  const moveOffset = candidates.length
  const vectors = {
    oneOffCost: new Float64Array(numCols),
    peopleMoved: new Float64Array(numCols),
    monthsLate: new Float64Array(numCols),
    actions: new Float64Array(numCols),
    targetYearSaving: new Float64Array(numCols),
    notReached: new Float64Array(numCols),
  }
  const yearOffset = settings.targetYear - problem.portfolio.input.assumptions.firstYear
  for (const c of candidates) {
    vectors.oneOffCost[c.index] = c.saleCostsOre / 100
    vectors.monthsLate[c.index] = c.monthsLate
    vectors.actions[c.index] = 1
    vectors.targetYearSaving[c.index] = c.yearSaving[yearOffset]?.toNumber() ?? 0
  }
  for (const m of moves) {
    vectors.oneOffCost[moveOffset + m.index] = m.costKroner
    vectors.peopleMoved[moveOffset + m.index] = m.headcount
  }
  for (const { col } of reachedCols) vectors.notReached[col] = -1
  return vectors
}
