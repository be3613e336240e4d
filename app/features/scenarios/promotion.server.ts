/**
 * Promotion as a reviewed decision: what a scenario changes against the decided plan, then the
 * council's reference and decision date, recorded with who promoted it. The old plan is archived
 * (read-only) and stays in the decision log.
 */
import type { Scenario } from '#db/schema'
import { fail, nowIso, ok, type ServiceResult } from '~/core/result'
import { updateAudited } from '~/server/audited.server'
import { currentActor } from '~/server/auth/actor.server'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import { diffMeasures, measureTitle } from './measure-diff'
import { scenarioTitle } from './naming'
import { computeScenario, type ScenarioComputation } from './savings.server'
import { NO_SCENARIO, writableScenario } from './scenario-guard.server'
import * as repo from './scenarios.repo.server'
import type { PromotionInput } from './schemas'
import type { DecisionLogRow, PromotionReview } from './types'

const enabled = (c: ScenarioComputation) => c.measures.filter((m) => m.enabled === 1)

const keyFigures = (c: ScenarioComputation | null) => ({
  fullYearEffect: c ? c.result.fullYearEffect.toString() : '0',
  gapToTarget: c ? c.result.gapToTarget.toString() : '0',
  firstYearTargetReached: c ? c.result.firstYearTargetReached : null,
})

/** Why a scenario cannot be promoted, or null when it can. */
function promotionBlock(s: Scenario): string | null {
  if (s.archivedAt) return `${scenarioTitle(s)} er en tidligere vedtaget plan. Kopiér den til et nyt scenarie, og fremlæg kopien.`
  if (s.isBaseline) return 'Scenariet er allerede den vedtagne plan.'
  return null
}

/**
 * The review page: measures added, removed and changed against the decided plan; the key figures
 * before and after; open conflicts; measures still only proposals. Null when the scenario is not there.
 * @example (await getPromotionReview(db, 4))?.added.length
 */
export async function getPromotionReview(db: Db, id: number): Promise<PromotionReview | null> {
  const candidate = await computeScenario(db, id)
  if (!candidate) return null
  const baseline = await repo.getBaseline(db)
  const current = baseline && baseline.id !== id ? await computeScenario(db, baseline.id) : null
  const diff = diffMeasures(current ? enabled(current) : [], enabled(candidate))
  return {
    scenario: { id, title: scenarioTitle(candidate.scenario) },
    baseline: current ? { id: current.scenario.id, title: scenarioTitle(current.scenario) } : null,
    blocked: promotionBlock(candidate.scenario),
    added: diff.added.map(measureTitle),
    removed: diff.removed.map(measureTitle),
    changed: diff.changed.map((c) => ({ title: measureTitle(c.after), changes: c.changes })),
    before: keyFigures(current),
    after: keyFigures(candidate),
    conflicts: candidate.result.conflicts.map((c) => c.message),
    proposals: enabled(candidate)
      .filter((m) => m.status === 'proposal')
      .map(measureTitle),
  }
}

/**
 * Make a reviewed scenario the decided plan with the council's reference and decision date;
 * the old plan is archived, not deleted. The signed-in user is recorded as the one who promoted it.
 * @example await promoteScenario(db, 4, { caseReference: '2025-004512', decisionDate: '2025-03-12' })
 */
export async function promoteScenario(db: Db, id: number, input: PromotionInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const writable = await writableScenario(trx, id)
    if (!writable.ok) return writable
    const scenario = writable.value
    const block = promotionBlock(scenario)
    if (block) return fail('invalid', block)
    const current = await repo.getBaseline(trx)
    // The first plan, built from the register, has no council decision to be later than.
    if (current?.decisionDate && input.decisionDate < current.decisionDate)
      return fail('invalid', 'Beslutningsdatoen ligger før den gældende plan blev vedtaget.', {
        decisionDate: ['Beslutningsdatoen ligger før den gældende plan blev vedtaget'],
      })
    const now = nowIso()
    await repo.archiveBaseline(trx, now)
    const actor = currentActor()
    const promoted = await updateAudited(
      trx,
      'scenario',
      id,
      null,
      {
        isBaseline: 1,
        archivedAt: null,
        updatedAt: now,
        caseReference: input.caseReference,
        decisionDate: input.decisionDate,
        promotedAt: now,
        promotedBy: actor.email,
        promotedById: actor.userId,
      },
      `${scenario.name} gjort til vedtaget plan (sag ${input.caseReference})`,
      NO_SCENARIO,
    )
    return promoted.ok ? ok({ id }) : promoted
  })
}

/**
 * Every promotion, newest first: the reference, decision date, who promoted it, and the plan as it was.
 * @example (await listDecisions(db))[0]?.caseReference
 */
export async function listDecisions(db: Db): Promise<DecisionLogRow[]> {
  const rows = await repo.listPromotedScenarios(db)
  return rows.map((s) => ({
    id: s.id,
    title: scenarioTitle(s),
    name: s.name,
    current: s.isBaseline === 1,
    caseReference: s.caseReference!,
    decisionDate: s.decisionDate!,
    promotedAt: s.promotedAt!,
    promotedBy: s.promotedBy ?? 'system',
    archivedAt: s.archivedAt,
  }))
}
