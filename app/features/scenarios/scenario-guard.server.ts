/** A decided plan stays decided: every write to a scenario first checks that it is not archived. */
import type { Scenario } from '#db/schema'
import { fail, ok, type ServiceResult } from '~/core/result'
import type { Db } from '~/server/db.server'
import { scenarioTitle } from './naming'
import * as repo from './scenarios.repo.server'

export const NO_SCENARIO = 'Scenariet findes ikke.'

/** The refusal an archived plan answers every write with. @example archivedMessage(s) */
export function archivedMessage(s: Scenario): string {
  return `${scenarioTitle(s)} er en tidligere vedtaget plan og kan ikke ændres. Kopiér den til et nyt scenarie for at arbejde videre med den.`
}

/**
 * The scenario when it may be changed; not found, or refused when it is an archived plan.
 * @example const s = await writableScenario(trx, 4); if (!s.ok) return s
 */
export async function writableScenario(db: Db, id: number): Promise<ServiceResult<Scenario>> {
  const scenario = await repo.getScenario(db, id)
  if (!scenario) return fail('not_found', NO_SCENARIO)
  if (scenario.archivedAt) return fail('blocked', archivedMessage(scenario))
  return ok(scenario)
}
