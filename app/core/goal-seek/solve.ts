import loadHighs, { type Highs, type HighsCallbackMap, type Model } from 'highs'
import type { MilpModel } from './model'
import type { RunObserver } from './progress'

let runtime: Promise<Highs> | undefined

/**
 * The HiGHS WebAssembly runtime, loaded once per thread (about 80 ms) and shared by every solve;
 * each solve owns its own model inside it and frees it when done.
 *
 * @example const highs = await highsRuntime()
 */
export function highsRuntime(): Promise<Highs> {
  runtime ??= loadHighs()
  return runtime
}

const STATUS_NAMES: Record<number, string> = {
  0: 'Not set',
  1: 'Load error',
  2: 'Model error',
  3: 'Presolve error',
  4: 'Solve error',
  5: 'Postsolve error',
  6: 'Empty',
  7: 'Optimal',
  8: 'Infeasible',
  9: 'Primal infeasible or unbounded',
  10: 'Unbounded',
  11: 'Bound on objective reached',
  12: 'Target for objective reached',
  13: 'Time limit reached',
  14: 'Iteration limit reached',
  15: 'Unknown',
  16: 'Solution limit reached',
  17: 'Interrupted',
}

/** What one HiGHS run gave. Plain data. */
export interface RunOutcome {
  status: string
  optimal: boolean
  infeasible: boolean
  timeLimitHit: boolean
  /** A feasible solution exists (proven optimal or the best found before a limit). */
  hasSolution: boolean
  objective: number | null
  /** Relative gap between the solution and the proven bound; 0 when optimal. */
  gap: number | null
  values: Float64Array | null
  rowValues: Float64Array | null
  seconds: number
}

/** HiGHS's "feasible" primal solution status. */
const PRIMAL_FEASIBLE = 2

/**
 * One model inside HiGHS for the length of a goal-seek run: objectives change and cuts are added
 * between runs, so HiGHS keeps its presolve-free model and starts from the last solution.
 */
export class SolverSession {
  private readonly callbacks: HighsCallbackMap | undefined

  private constructor(
    private readonly highs: Highs,
    private readonly model: Model,
    readonly observer: RunObserver | undefined,
  ) {
    const types = highs.constants.callbackType
    this.callbacks = observer && {
      [types.mipImprovingSolution]: (event) => {
        if (event.data.mip_gap !== undefined) observer.gap(event.data.mip_gap)
        if (event.data.mip_solution) observer.incumbent(event.data.mip_solution)
        return undefined
      },
      // A checkpoint HiGHS passes often, with or without a log: the gap as it narrows. Never interrupts.
      [types.mipInterrupt]: (event) => {
        if (event.data.mip_gap !== undefined) observer.gap(event.data.mip_gap)
        return undefined
      },
    }
  }

  /** @example const session = await SolverSession.open(buildModel(problem)) */
  static async open(milp: MilpModel, observer?: RunObserver): Promise<SolverSession> {
    const highs = await highsRuntime()
    const model = highs.createModel({
      numCols: milp.numCols,
      numRows: milp.rowLower.length,
      colCost: new Float64Array(milp.numCols),
      colLower: milp.colLower,
      colUpper: milp.colUpper,
      rowLower: milp.rowLower.map((v) => (v === -Infinity ? -highs.infinity : v)),
      rowUpper: milp.rowUpper.map((v) => (v === Infinity ? highs.infinity : v)),
      matrix: {
        format: 'csr',
        numRows: milp.rowLower.length,
        numCols: milp.numCols,
        starts: Int32Array.from(milp.starts),
        indices: Int32Array.from(milp.indices),
        values: Float64Array.from(milp.values),
      },
      integrality: milp.integer,
    })
    // Gaps near zero: the brute-force tests compare objective values exactly, and the model is
    // small enough that proving optimality is usually quick; the time limit guards the rest.
    model.options.set({ output_flag: false, mip_rel_gap: 1e-9, mip_abs_gap: 1e-6 })
    return new SolverSession(highs, model, observer)
  }

  /**
   * Minimises costs·x within `seconds`, starting from `start` when it is given (a known feasible
   * point). `absoluteGap` lets a tie-break stop once it is within that much of the best possible.
   */
  run(costs: Float64Array, seconds: number, start?: Float64Array, absoluteGap = 1e-6): RunOutcome {
    const { model } = this
    model.changeColsCost({ kind: 'range', from: 0, to: costs.length - 1 }, costs)
    if (start) model.setSolution({ colValue: start })
    model.options.set({ time_limit: Math.max(0.05, seconds), mip_abs_gap: absoluteGap })
    model.zeroAllClocks()
    const started = performance.now()
    const { modelStatus } = model.run(this.callbacks)
    const seconds_ = (performance.now() - started) / 1000
    const hasSolution = Number(model.info.get('primal_solution_status')) === PRIMAL_FEASIBLE
    const solution = hasSolution ? model.getSolution() : null
    const optimal = modelStatus === this.highs.constants.modelStatus.optimal
    const gap = optimal ? 0 : hasSolution ? gapOf(model) : null
    // The run's final gap, which its callbacks may not have reported (a quick proof needs none).
    if (gap !== null) this.observer?.gap(gap)
    return {
      status: STATUS_NAMES[modelStatus] ?? String(modelStatus),
      optimal,
      infeasible: modelStatus === this.highs.constants.modelStatus.infeasible,
      timeLimitHit: modelStatus === this.highs.constants.modelStatus.timeLimit,
      hasSolution,
      objective: hasSolution ? model.getObjectiveValue() : null,
      gap,
      values: solution ? Float64Array.from(solution.colValue) : null,
      rowValues: solution ? Float64Array.from(solution.rowValue) : null,
      seconds: seconds_,
    }
  }

  /** Adds a row lower ≤ Σ value·x ≤ upper and returns its index. */
  addRow(entries: ReadonlyMap<number, number>, lower: number, upper: number): number {
    const { model, highs } = this
    model.addRow(lower === -Infinity ? -highs.infinity : lower, upper === Infinity ? highs.infinity : upper, {
      indices: Int32Array.from(entries.keys()),
      values: Float64Array.from(entries.values()),
    })
    return model.getDimensions().numRows - 1
  }

  setRowBounds(row: number, lower: number, upper: number): void {
    const { highs } = this
    this.model.changeRowBounds(row, lower === -Infinity ? -highs.infinity : lower, upper === Infinity ? highs.infinity : upper)
  }

  dispose(): void {
    this.model.dispose()
  }
}

function gapOf(model: Model): number | null {
  const gap = Number(model.info.get('mip_gap'))
  return Number.isFinite(gap) ? gap : null
}
