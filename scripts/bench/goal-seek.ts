/**
 * `npx tsx scripts/bench/goal-seek.ts [title]`: how long "Find vej til målet" takes for a Hedensted-size
 * portfolio (about 250 candidate measures) and a large municipality (2,000 properties, 3,000
 * units) with a 60 s limit. Portfolios are generated in memory from a fixed seed. Prints wall
 * and CPU time (the first solve in a process is cold: it compiles HiGHS's WebAssembly), the median
 * split into model building, HiGHS and the engine's check, objective, optimality gap and whether
 * the engine agrees with the model; never fails on time. A title word runs only matching cases.
 */
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { findWayToTarget, highsRuntime, type GoalSeekInput, type GoalSeekOptions } from '../../app/core/goal-seek'
import { solveInWorker } from '../../app/features/goal-seek/solver-thread.server'
import { generate, type Spec } from './goal-seek-portfolio'

interface Case {
  title: string
  spec: Spec
  options: GoalSeekOptions
  /** Timed runs (the first one in the process is cold). */
  repeat?: number
}

const BASE: Omit<GoalSeekOptions, 'objective'> = {
  targetYear: 2027,
  earliestNoticeDate: '2025-03-01',
  timeLimitSeconds: 60,
}

const CASES: Case[] = [
  {
    title: 'Hedensted size',
    spec: { seed: 1, properties: 120, units: 180, leasedShare: 0.2, keepShare: 0.1, targetKroner: 5_000_000 },
    options: { ...BASE, objective: 'least_one_off_cost' },
    repeat: 4,
  },
  {
    title: 'Hedensted size, fewest people moved',
    spec: { seed: 1, properties: 120, units: 180, leasedShare: 0.2, keepShare: 0.1, targetKroner: 5_000_000 },
    options: { ...BASE, objective: 'fewest_people_moved' },
    repeat: 3,
  },
  {
    title: 'Hedensted size, earliest year',
    spec: { seed: 1, properties: 120, units: 180, leasedShare: 0.2, keepShare: 0.1, targetKroner: 5_000_000 },
    options: { ...BASE, objective: 'earliest_year' },
    repeat: 3,
  },
  {
    title: 'Large municipality',
    spec: { seed: 2, properties: 2_000, units: 3_000, leasedShare: 0.2, keepShare: 0.1, targetKroner: 100_000_000 },
    options: { ...BASE, objective: 'least_one_off_cost' },
  },
]

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Wall-clock and CPU milliseconds of one call; CPU time shows what the machine's load hides. */
async function timed(input: GoalSeekInput, options: GoalSeekOptions) {
  const started = performance.now()
  const cpu = process.cpuUsage()
  let reports = 0
  const result = await findWayToTarget(input, options, () => reports++)
  const used = process.cpuUsage(cpu)
  return { result, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, reports }
}

let firstSolve = true

/** Median of the warm runs (all runs when there is only one): wall, CPU, and where the time went. */
function phases(runs: Awaited<ReturnType<typeof timed>>[], cold: boolean): string {
  const warm = cold && runs.length > 1 ? runs.slice(1) : runs
  const t = (pick: (r: (typeof runs)[number]) => number) => median(warm.map(pick))
  const build = t((r) => r.result.solver.timings.build * 1000)
  const solve = t((r) => r.result.solver.timings.solve * 1000)
  const verify = t((r) => r.result.solver.timings.verify * 1000)
  const total = build + solve + verify
  const share = (ms: number) => `${Math.round((ms / total) * 100)} %`
  return (
    `median${cold && runs.length > 1 ? ' warm' : ''} ${seconds(t((r) => r.ms))} (cpu ${seconds(t((r) => r.cpuMs))}): ` +
    `build ${seconds(build)} (${share(build)}, of it the engine per action), HiGHS ${seconds(solve)} (${share(solve)}), ` +
    `engine check ${seconds(verify)} (${share(verify)}); engine : solver = ${((build + verify) / solve).toFixed(2)}`
  )
}

async function run(c: Case): Promise<void> {
  const input = generate(c.spec)
  const runs: Awaited<ReturnType<typeof timed>>[] = []
  for (let i = 0; i < (c.repeat ?? 1); i++) runs.push(await timed(input, c.options))
  const { result } = runs.at(-1)!
  const cold = firstSolve
  const times = runs.map((r, i) => `${seconds(r.ms)} (cpu ${seconds(r.cpuMs)})${i === 0 && cold ? ' cold' : ''}`)
  // The first solve in a process also compiles HiGHS's WebAssembly (about 1,5-2 s of CPU).
  firstSolve = false
  const { solver } = result
  const best = result.alternatives[0]
  console.log(`\n${c.title}: ${input.properties.length} properties, ${input.units.length} units`)
  console.log(
    `  candidates ${solver.candidates}, move options ${solver.moveOptions}, model ${solver.columns} columns × ${solver.rows} rows`,
  )
  console.log(
    `  time ${times.join(', ')} (limit ${c.options.timeLimitSeconds} s), status ${result.status}, HiGHS: ${solver.status}${solver.timeLimitHit ? ', time limit hit' : ''}`,
  )
  console.log(`  ${phases(runs, cold)}; ${runs.at(-1)!.reports} progress reports`)
  console.log(
    `  objective (${result.objective}) ${best ? best.objectiveValue.toFixed(2) : '-'}, optimality gap ${solver.optimalityGap === null ? 'unknown' : `${(solver.optimalityGap * 100).toFixed(4)} %`}`,
  )
  console.log(
    `  alternatives ${result.alternatives.length}; engine agrees with model: ${result.alternatives.map((a) => a.check.agrees).join(', ')}; checks pass: ${result.alternatives.map((a) => a.check.passes).join(', ')}`,
  )
  for (const line of result.messages.slice(0, 5)) console.log(`  ${line}`)
}

/**
 * The page's way: the server's solver worker. The first search pays for starting the thread and
 * compiling HiGHS (the server does that when it starts); later ones pay for copying the input to
 * the worker and the result back.
 */
async function throughWorker(): Promise<void> {
  const input = generate(CASES[0]!.spec)
  const ms: number[] = []
  for (let i = 0; i < 4; i++) {
    const started = performance.now()
    const result = await solveInWorker(`bench-${i}`, input, CASES[0]!.options)
    ms.push(performance.now() - started)
    if (i === 3) console.log(`  in the worker itself: ${seconds(result.solver.seconds * 1000)}`)
  }
  console.log(
    `\nHedensted size through the solver worker: first (thread start + HiGHS compile) ${seconds(ms[0]!)}, then ${ms.slice(1).map(seconds).join(', ')}`,
  )
}

const only = process.argv.slice(2).find((a) => !a.startsWith('-'))
const loadStarted = performance.now()
await highsRuntime()
console.log(
  `HiGHS runtime loaded in ${seconds(performance.now() - loadStarted)}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
)
for (const c of CASES) if (!only || c.title.toLowerCase().includes(only.toLowerCase())) await run(c)
if (!only || only === 'worker') await throughWorker()
