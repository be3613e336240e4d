/**
 * `npx tsx scripts/bench/goal-seek.ts`: how long "Find vej til målet" takes for a Hedensted-size
 * portfolio (about 250 candidate measures) and a large municipality (2,000 properties, 3,000
 * units) with a 60 s limit. Portfolios are generated in memory from a fixed seed. Prints wall
 * and CPU time (the first solve in a process is cold: it compiles HiGHS's WebAssembly), objective,
 * optimality gap and whether the engine agrees with the model; never fails on time.
 */
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import {
  findWayToTarget,
  highsRuntime,
  type GoalSeekInput,
  type GoalSeekOptions,
  type GoalSeekProperty,
  type GoalSeekUnit,
} from '../../app/core/goal-seek'
import type { LeaseInput } from '../../app/core/goal-seek/engine-adapter'

/** A small deterministic generator (mulberry32), so every run sees the same portfolio. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Spec {
  seed: number
  properties: number
  units: number
  leasedShare: number
  keepShare: number
  targetKroner: number
}

const kr = (kroner: number) => Math.round(kroner) * 100

function generate(spec: Spec): GoalSeekInput {
  const next = random(spec.seed)
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const units: GoalSeekUnit[] = []
  const need = new Map<number, number>()
  for (let id = 1; id <= spec.units; id++) {
    // Every building houses someone, so every action moves people and costs something.
    const propertyId = id <= spec.properties ? id : between(1, spec.properties)
    const headcount = between(2, 60) / 2
    units.push({ id, name: `Enhed ${id}`, headcount, propertyId })
    need.set(propertyId, (need.get(propertyId) ?? 0) + headcount * 0.8)
  }
  const properties: GoalSeekProperty[] = []
  const leases: LeaseInput[] = []
  for (let id = 1; id <= spec.properties; id++) {
    const leased = next() < spec.leasedShare
    // One building in twenty is a large shared office with room to spare.
    const hub = id % 20 === 1
    const used = Math.ceil(need.get(id) ?? 0)
    // Other buildings are fairly full: closing half of one means moving some of its people.
    const workplaces = hub ? used + between(80, 200) : Math.ceil(used * (1 + between(0, 20) / 100))
    const operating = kr(between(50, 900) * 1000)
    properties.push({
      id,
      name: `${hub ? 'Rådhus' : 'Ejendom'} ${id}`,
      ownership: leased ? 'leased' : 'owned',
      grossAreaM2: workplaces * 20,
      workplaces,
      annualOperatingCostOre: operating,
      annualMaintenanceOre: Math.round(operating / 4),
      maintenanceBacklogOre: kr(between(0, 2000) * 1000),
      keep: hub || next() < spec.keepShare,
      expectedSalePriceOre: leased ? 0 : kr(between(500, 20_000) * 1000),
      saleCostsOre: leased ? 0 : kr(between(20, 150) * 1000),
      refurbishmentPerPersonOre: hub ? kr(between(0, 10) * 1000) : 0,
    })
    if (leased) {
      leases.push({
        id,
        propertyId: id,
        name: `Lejemål ${id}`,
        direction: 'tenant',
        annualRentOre: kr(between(100, 1500) * 1000),
        annualServiceOre: kr(between(0, 150) * 1000),
        operatingCostPaidByMunicipality: next() < 0.5,
        noticeMonths: between(3, 12),
        terms: next() < 0.3 ? 'quarter' : 'month',
        nonTerminableUntil: next() < 0.15 ? `202${between(6, 9)}-12-31` : null,
        startDate: null,
      })
    }
  }
  return {
    properties,
    leases,
    units,
    assumptions: {
      firstYear: 2025,
      lastYear: 2030,
      targetAnnualOre: kr(spec.targetKroner),
      deskFactor: 0.8,
      movingCostPerPersonOre: kr(5_000),
      countAvoidedMaintenance: true,
      rentIndexationPct: 2,
    },
  }
}

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

/** Wall-clock and CPU milliseconds of one call; CPU time shows what the machine's load hides. */
async function timed(input: GoalSeekInput, options: GoalSeekOptions) {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const result = await findWayToTarget(input, options)
  const used = process.cpuUsage(cpu)
  return { result, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 }
}

let firstSolve = true

async function run(c: Case): Promise<void> {
  const input = generate(c.spec)
  const runs: Awaited<ReturnType<typeof timed>>[] = []
  for (let i = 0; i < (c.repeat ?? 1); i++) runs.push(await timed(input, c.options))
  const { result } = runs.at(-1)!
  const times = runs.map((r, i) => `${seconds(r.ms)} (cpu ${seconds(r.cpuMs)})${i === 0 && firstSolve ? ' cold' : ''}`)
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
  console.log(
    `  objective (${result.objective}) ${best ? best.objectiveValue.toFixed(2) : '-'}, optimality gap ${solver.optimalityGap === null ? 'unknown' : `${(solver.optimalityGap * 100).toFixed(4)} %`}`,
  )
  console.log(
    `  alternatives ${result.alternatives.length}; engine agrees with model: ${result.alternatives.map((a) => a.check.agrees).join(', ')}; checks pass: ${result.alternatives.map((a) => a.check.passes).join(', ')}`,
  )
  for (const line of result.messages.slice(0, 5)) console.log(`  ${line}`)
}

const loadStarted = performance.now()
await highsRuntime()
console.log(
  `HiGHS runtime loaded in ${seconds(performance.now() - loadStarted)}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
)
for (const c of CASES) await run(c)
