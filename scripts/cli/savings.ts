/** `savings --scenario <name> [--status …] [--json]`: a scenario's savings from the database. */
import type { Kysely } from 'kysely'
import type { Database } from '#db/schema'
import { getScenarioByName, listScenarios } from '~/features/scenarios/scenarios.repo.server'
import { computeScenario } from '~/features/scenarios/savings.server'
import type { StatusFilter } from '~/core/savings'
import { InputError, UsageError, parseCommand, writeOut } from './args'
import { savingsJson, savingsText } from './savings-report'

const FILTERS: readonly StatusFilter[] = ['realised', 'decided', 'all']

/** @example await savingsCommand(db, ['--scenario', 'Vedtaget plan', '--json']) // 0 */
export async function savingsCommand(db: Kysely<Database>, args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    scenario: { type: 'string' },
    status: { type: 'string' },
    json: { type: 'boolean' },
  })
  if (positionals.length) throw new UsageError(`For mange argumenter: ${positionals.join(' ')}`)
  if (!values.scenario) throw new UsageError('Angiv scenariet: savings --scenario "<navn>"')
  const status = values.status as StatusFilter | undefined
  if (status !== undefined && !FILTERS.includes(status)) throw new UsageError(`--status skal være en af: ${FILTERS.join(', ')}`)
  const scenario = await getScenarioByName(db, values.scenario)
  if (!scenario) {
    const names = (await listScenarios(db)).map((s) => `  ${s.name}`)
    throw new InputError(
      `Intet scenarie hedder "${values.scenario}". ${names.length ? `Scenarier:\n${names.join('\n')}` : 'Databasen har ingen scenarier.'}`,
    )
  }
  const computed = await computeScenario(db, scenario.id, status)
  if (!computed) throw new InputError(`Scenariet "${values.scenario}" findes ikke længere.`)
  await writeOut(values.json ? savingsJson(computed.scenario, computed.result) : `${savingsText(computed.scenario, computed.result)}\n`)
  return 0
}
