/**
 * `find-vej --scenario <name> --year <YYYY> [--objective cost|year|moves] [--max-one-off <kr>]
 * [--time-limit <s>] [--json]`: which measures reach the scenario's target in the year.
 */
import type { Kysely } from 'kysely'
import type { Database } from '#db/schema'
import { nowIso } from '~/core/result'
import { parseDanishAmount, kronerToOre } from '~/core/money'
import type { GoalSeekObjective, GoalSeekResult } from '~/core/goal-seek'
import { keptByDefault } from '~/features/goal-seek/goal-seek-page.server'
import { findScenarioIdByName, solveGoalSeek } from '~/features/goal-seek/goal-seek.server'
import { interchangeMeasures } from '~/features/goal-seek/interchange-measures'
import { proposalRows } from '~/features/goal-seek/proposal-rows.server'
import { InputError, UsageError, parseCommand, writeOut } from './args'

const OBJECTIVES: Record<string, GoalSeekObjective> = {
  cost: 'least_one_off_cost',
  year: 'earliest_year',
  moves: 'fewest_people_moved',
}

function whole(text: string | undefined, name: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined
  const n = Number(text)
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} skal være et helt tal mellem ${min} og ${max}`)
  return n
}

function parse(args: string[]) {
  const { values, positionals } = parseCommand(args, {
    scenario: { type: 'string' },
    year: { type: 'string' },
    objective: { type: 'string' },
    'max-one-off': { type: 'string' },
    'time-limit': { type: 'string' },
    json: { type: 'boolean' },
  })
  if (positionals.length) throw new UsageError(`For mange argumenter: ${positionals.join(' ')}`)
  if (!values.scenario) throw new UsageError('Angiv scenariet: find-vej --scenario "<navn>" --year <år>')
  const year = whole(values.year, '--year', 1900, 2200)
  if (year === undefined) throw new UsageError('Angiv målåret: --year <år>')
  const objective = OBJECTIVES[values.objective ?? 'cost']
  if (!objective) throw new UsageError('--objective skal være en af: cost, year, moves')
  const maxKr = values['max-one-off'] === undefined ? null : parseDanishAmount(values['max-one-off'])
  if (maxKr !== null && maxKr.isNegative()) throw new UsageError('--max-one-off skal være et beløb i kr., fx 2000000')
  if (values['max-one-off'] !== undefined && maxKr === null) throw new UsageError('--max-one-off skal være et beløb i kr., fx 2000000')
  return {
    scenario: values.scenario,
    json: values.json === true,
    request: {
      targetYear: year,
      objective,
      allow: { sales: true, leaseTerminations: true, closures: true, partialClosures: true, moves: true },
      maxOneOffCostOre: maxKr === null ? null : kronerToOre(maxKr),
      keepPropertyIds: [],
      requiredActions: [],
      timeLimitSeconds: whole(values['time-limit'], '--time-limit', 1, 3600) ?? 60,
    },
  }
}

function text(result: GoalSeekResult): string {
  const lines = [...result.messages, '']
  for (const a of result.alternatives) {
    lines.push(`Alternativ ${a.rank}:`)
    for (const m of a.measures) lines.push(`  - ${m.reason}`)
    lines.push('')
  }
  return lines.join('\n')
}

export async function findVejCommand(db: Kysely<Database>, args: string[]): Promise<number> {
  const { scenario, json, request } = parse(args)
  const scenarioId = await findScenarioIdByName(db, scenario)
  if (scenarioId === null) throw new InputError(`Intet scenarie hedder "${scenario}".`)
  // As the page does: schools, daycare, care, culture, sports and housing stay.
  const keepPropertyIds = await keptByDefault(db, scenarioId)
  const solved = await solveGoalSeek(db, scenarioId, { ...request, keepPropertyIds })
  if (!solved.ok) throw new InputError(solved.message)
  const { input, result } = solved.value
  if (!json) {
    await writeOut(`${text(result)}\n`)
    return 0
  }
  const now = nowIso()
  const alternatives = result.alternatives.map((a) => ({
    rank: a.rank,
    summary: a.summary,
    measures: interchangeMeasures(
      input,
      a,
      proposalRows(input, a, now).map((r) => r.label),
    ),
    reasons: a.measures.map((m) => m.reason),
    figures: a.figures,
    check: a.check,
    optimalityGap: a.optimalityGap,
  }))
  const { alternatives: _alternatives, ...rest } = result
  await writeOut(`${JSON.stringify({ scenario, ...rest, alternatives }, null, 2)}\n`)
  return 0
}
