/**
 * Progress of a running search, for the page to show while HiGHS works: which run it is in, the
 * best set found so far (its full-year effect and one-off cost) and HiGHS's current optimality
 * gap. HiGHS reports through callbacks during its synchronous run; this turns those into plain
 * data at most a few times a second, so a worker can post each one to the server.
 */
import type Decimal from 'decimal.js'
import { Money, sum } from './engine-adapter'
import { dot, type MilpModel, type Problem } from './model'
import type { Kroner } from './types'

export interface SearchProgress {
  /** Danish: what the solver is doing now. */
  stage: string
  /** Alternatives finished so far. */
  alternativesFound: number
  /** The best set found so far for the first alternative (model figures, before the engine's check). */
  best: { fullYearEffect: Kroner; targetYearSaving: Kroner; oneOffCost: Kroner } | null
  /** HiGHS's relative gap between the best set and the best it can still rule out; null before it knows. */
  gap: number | null
  /** Seconds since the search began. */
  elapsedSeconds: number
}

export type ProgressListener = (progress: SearchProgress) => void

/** What the solver session tells its observer during and between runs. */
export interface RunObserver {
  beginRun(stage: string, alternativesFound: number, tracksGap?: boolean): void
  incumbent(values: Float64Array): void
  gap(gap: number): void
}

/** Shortest pause between two reports that only update the gap. */
const GAP_INTERVAL_MS = 250

function figures(problem: Problem, model: MilpModel, values: Float64Array): NonNullable<SearchProgress['best']> {
  const offset = problem.settings.targetYear - problem.start.firstYear
  const chosen = problem.candidates.filter((c) => (values[c.index] ?? 0) > 0.5)
  const startYear: Decimal = problem.start.years[offset]?.netOperatingSaving ?? new Money(0)
  return {
    fullYearEffect: sum([problem.start.fullYearEffect, ...chosen.map((c) => c.fullYear)]).toString(),
    targetYearSaving: sum([startYear, ...chosen.map((c) => c.yearSaving[offset] ?? new Money(0))]).toString(),
    oneOffCost: new Money(dot(model.vectors.oneOffCost, values)).toDecimalPlaces(2).toString(),
  }
}

/**
 * Collects HiGHS's events into progress reports for one search.
 *
 * @example const reporter = new ProgressReporter(problem, model, (p) => port.postMessage(p))
 */
export class ProgressReporter implements RunObserver {
  private stage = 'Bygger modellen'
  private alternativesFound = 0
  private best: SearchProgress['best'] = null
  private currentGap: number | null = null
  private lastSent = 0
  private readonly started = performance.now()
  /** Incumbents count towards "best so far" only while the first alternative is sought. */
  private seekingFirst = true
  private tracksGap = true

  constructor(
    private readonly problem: Problem,
    private readonly model: MilpModel,
    private readonly listener: ProgressListener,
  ) {}

  /**
   * A new run begins: the first alternative, its tie-break, or a later one. The gap shown is the
   * first alternative's, as the result reports it: a tie-break or a later run leaves it as it was.
   */
  beginRun(stage: string, alternativesFound: number, tracksGap = alternativesFound === 0): void {
    this.stage = stage
    this.alternativesFound = alternativesFound
    this.seekingFirst = alternativesFound === 0
    this.tracksGap = tracksGap
    if (tracksGap) this.currentGap = null
    this.send()
  }

  incumbent(values: Float64Array): void {
    if (this.seekingFirst && values.length === this.model.numCols) this.best = figures(this.problem, this.model, values)
    this.send()
  }

  gap(gap: number): void {
    if (!this.tracksGap) return
    const changed = this.currentGap !== gap
    this.currentGap = Number.isFinite(gap) ? gap : null
    if (changed && performance.now() - this.lastSent >= GAP_INTERVAL_MS) this.send()
  }

  private send(): void {
    this.lastSent = performance.now()
    this.listener({
      stage: this.stage,
      alternativesFound: this.alternativesFound,
      best: this.best,
      gap: this.currentGap,
      elapsedSeconds: (this.lastSent - this.started) / 1000,
    })
  }
}
