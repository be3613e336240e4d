/**
 * `npm run bench`: how long the savings engine takes for a Hedensted-size scenario (about 100
 * measures) and a national one (20,000 measures), each beside the time it takes to read the same
 * rows from SQLite. Prints figures and targets; never fails on time (machines differ).
 * What is measured and the figures on the project's machines: docs/benchmarks.md.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Kysely } from 'kysely'
import type { Database } from '#db/schema'
import { computeSavings, type Measure } from '~/core/savings'
import { getScenario, listMeasures } from '~/features/scenarios/scenarios.repo.server'
import { assumptionsOf, computeScenario, loadPortfolio, toEngineMeasure } from '~/features/scenarios/savings.server'
import { createBenchDatabase, type PortfolioSpec } from './generate'

interface Case {
  title: string
  spec: PortfolioSpec
  warmup: number
  runs: number
  targetMs: number
}

const CASES: Case[] = [
  { title: 'Hedensted size', spec: { seed: 1, properties: 250, measures: 100 }, warmup: 50, runs: 201, targetMs: 5 },
  { title: 'National', spec: { seed: 2, properties: 20_000, measures: 20_000 }, warmup: 3, runs: 15, targetMs: 250 },
]
/** The engine may take at most this many times the read of its input. */
const MAX_RATIO = 3

interface Figures {
  readMs: number
  engineMs: number
  totalMs: number
  conflicts: number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

async function timeIt<T>(warmup: number, runs: number, fn: () => Promise<T> | T): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  return median(times)
}

/** The reads computeScenario makes (app/services/savings.server.ts): the register and the scenario's measures. */
function readRows(db: Kysely<Database>, scenarioId: number) {
  return Promise.all([loadPortfolio(db), listMeasures(db, scenarioId)])
}

async function measure(db: Kysely<Database>, scenarioId: number, c: Case): Promise<Figures> {
  const scenario = (await getScenario(db, scenarioId))!
  const [portfolio, rows] = await readRows(db, scenarioId)
  const engine = () => {
    const measures = rows
      .filter((m) => m.enabled === 1)
      .map(toEngineMeasure)
      .filter((m): m is Measure => m !== null)
    return computeSavings({ ...portfolio, measures, assumptions: assumptionsOf(scenario), statusFilter: scenario.statusFilter })
  }
  const conflicts = engine().conflicts.length
  const readMs = await timeIt(c.warmup, c.runs, () => readRows(db, scenarioId))
  const engineMs = await timeIt(c.warmup, c.runs, engine)
  const totalMs = await timeIt(c.warmup, c.runs, () => computeScenario(db, scenarioId))
  return { readMs, engineMs, totalMs, conflicts }
}

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1))

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n')
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-bench-'))
  const started = performance.now()
  console.log(`Savings engine benchmark: Node ${process.version}, ${os.cpus().length} cores, SQLite files in ${dir}`)
  const rows: string[][] = [
    [
      'scenario',
      'measures',
      'properties',
      'units',
      'read ms',
      'engine ms',
      'computeScenario ms',
      'engine target',
      '',
      'engine/read',
      'target',
      '',
    ],
  ]
  try {
    for (const c of CASES) {
      const genStart = performance.now()
      const { handle, scenarioId, counts } = await createBenchDatabase(path.join(dir, `${c.spec.measures}.sqlite`), c.spec)
      console.log(
        `  generated ${c.title}: ${JSON.stringify(counts)} in ${ms((performance.now() - genStart) / 1000)} s; median of ${c.runs} runs after ${c.warmup} warm-up`,
      )
      try {
        const f = await measure(handle.db, scenarioId, c)
        const ratio = f.engineMs / f.readMs
        rows.push([
          c.title,
          String(counts.measures),
          String(counts.properties),
          String(counts.units),
          ms(f.readMs),
          ms(f.engineMs),
          ms(f.totalMs),
          `< ${c.targetMs} ms`,
          f.engineMs < c.targetMs ? 'OK' : 'OVER',
          `${ratio.toFixed(2)}x`,
          `<= ${MAX_RATIO}x`,
          ratio <= MAX_RATIO ? 'OK' : 'OVER',
        ])
        console.log(`  ${c.title}: ${f.conflicts} conflicts found`)
      } finally {
        await handle.close()
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
  console.log(`\n${table(rows)}\n`)
  console.log('read = loadPortfolio + listMeasures; engine = toEngineMeasure + computeSavings on rows already read;')
  console.log(
    `computeScenario = both, as the app runs it. Times are medians. Total ${ms((performance.now() - started) / 1000)} s. Never fails on time.`,
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
