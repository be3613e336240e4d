/** What the user asks for, from the form or the CLI, checked against the scenario and turned into solver options. */
import type { Scenario } from '#db/schema'
import type { GoalSeekObjective, GoalSeekOptions } from '~/core/goal-seek'
import { fail, type ServiceResult } from '~/core/result'
import type { BuiltInput } from './goal-seek-input.server'
import type { GoalSeekFormInput } from './schemas'

export interface SearchRequest {
  targetYear: number
  objective: GoalSeekObjective
  allow: { sales: boolean; leaseTerminations: boolean; closures: boolean; partialClosures: boolean; moves: boolean }
  maxOneOffCostOre: number | null
  keepPropertyIds: number[]
  requiredActions: string[]
  timeLimitSeconds: number
}

/** @example requestFromForm(submission.value).allow.sales // true */
export function requestFromForm(v: GoalSeekFormInput): SearchRequest {
  return {
    targetYear: v.targetYear,
    objective: v.objective,
    allow: {
      sales: v.allowSales === 1,
      leaseTerminations: v.allowTerminations === 1,
      closures: v.allowClosures === 1,
      partialClosures: v.allowPartialClosures === 1,
      moves: v.allowMoves === 1,
    },
    maxOneOffCostOre: v.maxOneOffCostOre,
    keepPropertyIds: v.keepPropertyIds,
    requiredActions: v.requiredActions,
    timeLimitSeconds: Number(v.timeLimitSeconds),
  }
}

/** The user's choices as solver options, notice from `today`. @example searchOptions(request, '2025-03-01').earliestNoticeDate */
export function searchOptions(r: SearchRequest, today: string): GoalSeekOptions {
  return {
    objective: r.objective,
    targetYear: r.targetYear,
    earliestNoticeDate: today,
    allow: r.allow,
    maxOneOffCostOre: r.maxOneOffCostOre,
    keepPropertyIds: r.keepPropertyIds,
    requiredActions: r.requiredActions,
    timeLimitSeconds: r.timeLimitSeconds,
    alternatives: 3,
  }
}

/**
 * A refusal with the field at fault, or null: the year within the scenario's horizon, kept
 * buildings and required actions among the register's properties, no building both kept and acted on.
 */
export function validateRequest(scenario: Scenario, built: BuiltInput, r: SearchRequest): Extract<ServiceResult, { ok: false }> | null {
  if (r.targetYear < scenario.firstYear || r.targetYear > scenario.lastYear) {
    const message = `Målåret skal ligge i scenariets budgetår ${scenario.firstYear}–${scenario.lastYear}`
    return fail('invalid', message, { targetYear: [message] }) as Extract<ServiceResult, { ok: false }>
  }
  const ids = new Set(built.input.properties.map((p) => p.id))
  if (r.keepPropertyIds.some((id) => !ids.has(id))) {
    return fail('invalid', 'En valgt ejendom findes ikke.', { keepPropertyIds: ['Vælg ejendomme fra listen'] }) as Extract<
      ServiceResult,
      { ok: false }
    >
  }
  const requiredIds = r.requiredActions.map((key) => Number(key.split(':')[1]))
  if (requiredIds.some((id) => built.scenarioPropertyIds.includes(id))) {
    const message = 'Et tiltag, der skal med, gælder en ejendom, som scenariet allerede har et tiltag på'
    return fail('invalid', message, { requiredActions: [message] }) as Extract<ServiceResult, { ok: false }>
  }
  if (requiredIds.some((id) => !ids.has(id) || r.keepPropertyIds.includes(id))) {
    const message = 'Et tiltag, der skal med, gælder en ejendom, der ikke findes eller skal beholdes'
    return fail('invalid', message, { requiredActions: [message] }) as Extract<ServiceResult, { ok: false }>
  }
  return requiredActionRefusal(built, r.requiredActions)
}

/**
 * The pickers offer any owned or leased building, so what the old list left out is refused here:
 * an action on a building already sold, for sale or given notice, and a sale or closure of a
 * leased building (or a termination of an owned one).
 */
function requiredActionRefusal(built: BuiltInput, actions: readonly string[]): Extract<ServiceResult, { ok: false }> | null {
  const byId = new Map(built.input.properties.map((p) => [p.id, p]))
  for (const key of actions) {
    const [kind, id] = key.split(':')
    const property = byId.get(Number(id))
    if (!property) continue
    const message = property.keep
      ? `${property.name} er allerede solgt, sat til salg eller har et opsagt lejemål; vælg et andet tiltag`
      : (kind === 'termination') !== (property.ownership === 'leased')
        ? 'Salg og lukning gælder ejede bygninger, opsigelse lejede'
        : null
    if (message) return fail('invalid', message, { requiredActions: [message] }) as Extract<ServiceResult, { ok: false }>
  }
  return null
}
