/**
 * Plain-data types of the goal-seek solver ("Find vej til målet"). Input and result hold only
 * strings, numbers, booleans, arrays and plain objects, so both cross a worker_threads boundary
 * unchanged. Money in the input is integer øre (as stored); money in the result is exact kroner
 * as decimal strings (unrounded, like the engine's figures) so nothing is lost on the way.
 */
import type { Assumptions, Conflict, IsoDate, LeaseInput, Measure, PropertyInput, UnitInput } from './engine-adapter'

/** Exact kroner as a decimal string, e.g. '295000' or '16000.5'. */
export type Kroner = string

export interface GoalSeekProperty extends PropertyInput {
  /** Marked to keep (skal beholdes): never sold, closed or given up. */
  keep: boolean
  /** Expected sale price; owned properties only. */
  expectedSalePriceOre: number
  /** Costs of selling (broker, surveys); netted into capital income, counted as a one-off cost. */
  saleCostsOre?: number
  /** One-off refurbishment per FTE that moves in. */
  refurbishmentPerPersonOre?: number
}

export interface GoalSeekUnit extends UnitInput {
  /** False for a unit that cannot move (then its building cannot be given up). Default true. */
  movable?: boolean
  /** Properties the unit may move to; all with room when absent. */
  allowedPropertyIds?: readonly number[] | null
}

export interface GoalSeekInput {
  properties: readonly GoalSeekProperty[]
  /** Tenant and landlord leases with their notice terms (§ 64). */
  leases: readonly LeaseInput[]
  units: readonly GoalSeekUnit[]
  /** The scenario's assumptions: horizon, target, desk factor, moving cost per person. */
  assumptions: Assumptions
  /**
   * The scenario's own measures (those it counts, manual ones included): fixed, already in. Their
   * savings and costs are counted, their moves applied, and no second action is proposed on a
   * building they act on. The solver proposes what comes on top.
   */
  fixedMeasures?: readonly Measure[]
}

export type GoalSeekObjective = 'least_one_off_cost' | 'earliest_year' | 'fewest_people_moved'

export interface AllowedMeasures {
  sales: boolean
  leaseTerminations: boolean
  closures: boolean
  partialClosures: boolean
  moves: boolean
}

export interface GoalSeekOptions {
  objective: GoalSeekObjective
  /** The budget year whose in-year net operating saving must reach the target. */
  targetYear: number
  /** No notice is given and nothing is decided before this day (normally today). */
  earliestNoticeDate: IsoDate
  allow?: Partial<AllowedMeasures>
  /** Upper limit on one-off costs (moving, refurbishment, sale costs); none when absent. */
  maxOneOffCostOre?: number | null
  /** Buildings that must stay, on top of those marked keep. */
  keepPropertyIds?: readonly number[]
  /** Actions that must be in, by action key: 'sale:12', 'termination:7', 'closure:3', 'partial:3:0.5'. */
  requiredActions?: readonly string[]
  /** Wall-clock limit for all solver runs together; default 60. */
  timeLimitSeconds?: number
  /** How many alternatives (1-3); default 3. */
  alternatives?: number
  /** Allow moving part of a unit's headcount to different buildings; default true. */
  splitUnits?: boolean
  /** Receiving buildings offered per unit (those with most room); default 4 (more makes the model slower, rarely better). */
  maxDestinationsPerUnit?: number
  /** Months from the decision to a sale's takeover (public offering); default 6. */
  saleLeadMonths?: number
  /** Months from the decision to a closure; default 1. */
  closureLeadMonths?: number
  /** Shares offered for partial closures; default [0.5]. */
  partialClosureShares?: readonly number[]
  /** 'earliest': every measure at its earliest date; 'flexible': also 1 January of later years. */
  timing?: 'earliest' | 'flexible'
}

export type CandidateKind = 'sale' | 'termination' | 'closure' | 'partial_closure'

/** A measure proposed in an alternative: the engine's measure plus why it is there. */
export interface ProposedMeasure {
  measure: Measure
  /** First day of its effect: a sale's takeover, the day after a lease ends, a closure's or move's date. */
  effectiveFrom: IsoDate
  /** The action it belongs to ('sale:12'); moves carry their origin's action key. */
  actionKey: string
  /** Danish. */
  reason: string
  /** Lease terminations: the latest notice date that still gives this end ("beslut senest"). */
  decideBy?: IsoDate
}

export interface YearRow {
  year: number
  netOperatingSaving: Kroner
  capitalIncome: Kroner
  movingCost: Kroner
  refurbishment: Kroner
}

export interface CapacityMonth {
  month: string
  /** Peak desks needed in the month (headcount × desk factor, or the units' own need). */
  workplacesNeeded: number
  /** Workplaces left, after a partial closure. */
  workplaces: number
  over: boolean
}

export interface PropertyCapacity {
  propertyId: number
  name: string
  months: CapacityMonth[]
}

export interface AlternativeFigures {
  years: YearRow[]
  fullYearEffect: Kroner
  gapToTarget: Kroner
  firstYearTargetReached: number | null
  /** In-year net operating saving in the target year. */
  targetYearSaving: Kroner
  /** Moving + refurbishment + sale costs of the proposed measures (the scenario's own are not counted here). */
  oneOffCost: Kroner
  capitalIncome: Kroner
  peopleMoved: number
  /** Months of the buildings that receive or lose people. */
  capacity: PropertyCapacity[]
}

export interface AlternativeCheck {
  /** The model's full-year effect (exact sum of its coefficients for the chosen measures). */
  modelFullYearEffect: Kroner
  engineFullYearEffect: Kroner
  /** engine − model. */
  difference: Kroner
  /** Same to the krone (|difference| < 0,005 kr.). */
  agrees: boolean
  /** Danish lines explaining any difference. */
  explanation: string[]
  /** Conflicts the engine finds that the baseline does not have. */
  conflicts: Conflict[]
  /** Months where a building's need exceeds its (possibly reduced) workplaces. */
  capacityOverruns: { propertyId: number; month: string }[]
  /** The engine's in-year saving in the target year reaches the target. */
  targetReached: boolean
  /** No new conflicts and no capacity overrun. */
  passes: boolean
}

export interface GoalSeekAlternative {
  rank: number
  /**
   * The model's value of the chosen objective: one-off kroner, FTE moved, or (earliest year)
   * the first year the target is reached.
   */
  objectiveValue: number
  /** The measures proposed on top of the scenario's own (result.start); the figures count both. */
  measures: ProposedMeasure[]
  /** HiGHS's relative gap between this alternative and the best it could prove possible; 0 when optimal. */
  optimalityGap: number | null
  /** The time limit stopped HiGHS before it proved this alternative best (it is the best found by then). */
  timeLimitHit: boolean
  figures: AlternativeFigures
  check: AlternativeCheck
  /** Danish one-line summary. */
  summary: string
}

export interface BindingLimit {
  kind: 'capacity' | 'budget' | 'timing' | 'lock'
  propertyId?: number
  /** 'YYYY-MM' months, first and last of a run. */
  months?: [string, string]
  /** Danish. */
  message: string
}

export interface ExcludedCandidate {
  actionKey: string
  propertyId: number
  /** Danish. */
  reason: string
}

/** A scenario measure the search started from, as the engine describes it. */
export interface ScenarioMeasureSummary {
  measureId: string
  kind: Measure['kind']
  label: string
  effectiveFrom: IsoDate | null
}

/** What the scenario's own measures give before anything is proposed. */
export interface ScenarioStart {
  measures: ScenarioMeasureSummary[]
  fullYearEffect: Kroner
  targetYearSaving: Kroner
  /** What the proposals must add in the target year (0 when the scenario already reaches the target). */
  remainingGap: Kroner
}

/** Where the time went, in seconds. */
export interface SolverTimings {
  /** Candidates (the engine on each action alone), move options and the model. */
  build: number
  /** HiGHS, all runs. */
  solve: number
  /** The engine recomputing and checking each alternative. */
  verify: number
}

export interface SolverReport {
  /** HiGHS's model status of the first solve: 'Optimal', 'Time limit reached', 'Infeasible', ... */
  status: string
  timeLimitHit: boolean
  /** Relative optimality gap of the first alternative; 0 when proven optimal, null when unknown. */
  optimalityGap: number | null
  seconds: number
  candidates: number
  moveOptions: number
  columns: number
  rows: number
  timings: SolverTimings
}

export interface GoalSeekResult {
  status: 'reached' | 'unreachable' | 'no_solution'
  objective: GoalSeekObjective
  targetYear: number
  target: Kroner
  /** Each alternative is the scenario's own measures (here) plus its proposed measures. */
  start: ScenarioStart
  alternatives: GoalSeekAlternative[]
  /** When the target cannot be reached: how much is missing in the target year, with the best set. */
  shortfall: { year: number; amount: Kroner; message: string } | null
  bindingLimits: BindingLimit[]
  excluded: ExcludedCandidate[]
  solver: SolverReport
  /** Danish summary lines for the screen and the CLI. */
  messages: string[]
}
