/**
 * "Opdater fra registret": the register's lease notices, sales and relocations compared with the
 * measures a scenario took from it. The preview changes nothing; applying keeps the committee's
 * on/off choices and every manual measure, and records the change in the audit trail.
 */
import type { ScenarioMeasure } from '#db/schema'
import { nowIso, ok, type ServiceResult } from '~/core/result'
import { recordAudit } from '~/server/audit.server'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import { diffMeasures, measureTitle, type MeasureDiff } from './measure-diff'
import { scenarioTitle } from './naming'
import { registerMeasures, type MeasureRow } from './register-measures.server'
import { writableScenario } from './scenario-guard.server'
import * as repo from './scenarios.repo.server'
import type { SyncPreview } from './types'

async function registerDiff(db: Db, scenarioId: number, now: string): Promise<MeasureDiff<ScenarioMeasure, MeasureRow>> {
  const taken = (await repo.listMeasures(db, scenarioId)).filter((m) => m.source === 'register')
  return diffMeasures(taken, await registerMeasures(db, now))
}

/**
 * What applying the register would do to a scenario, changing nothing. Null when the scenario is not there.
 * @example (await previewSync(db, 1))?.added // ['Salg: Stouby Skole']
 */
export async function previewSync(db: Db, scenarioId: number): Promise<SyncPreview | null> {
  const scenario = await repo.getScenario(db, scenarioId)
  if (!scenario) return null
  const writable = await writableScenario(db, scenarioId)
  const diff = await registerDiff(db, scenarioId, nowIso())
  const measures = await repo.listMeasures(db, scenarioId)
  return {
    scenario: { id: scenarioId, title: scenarioTitle(scenario) },
    blocked: writable.ok ? null : writable.message,
    added: diff.added.map(measureTitle),
    changed: diff.changed.map((c) => ({ title: measureTitle(c.after), changes: c.changes })),
    removed: diff.removed.map(measureTitle),
    keptOff: [...diff.changed, ...diff.unchanged].filter((p) => p.before.enabled === 0).length,
    manual: measures.filter((m) => m.source === 'manual').length,
  }
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * Bring a scenario's register measures up to date: new ones added, changed ones updated in place
 * (switched off stays off), gone ones removed; manual measures are left alone.
 * @example await syncFromRegister(db, 1)
 */
export async function syncFromRegister(db: Db, scenarioId: number): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const writable = await writableScenario(trx, scenarioId)
    if (!writable.ok) return writable
    const now = nowIso()
    const diff = await registerDiff(trx, scenarioId, now)
    await repo.deleteMeasuresById(
      trx,
      scenarioId,
      diff.removed.map((m) => m.id),
    )
    for (const { before, after } of diff.changed) {
      // The committee's on/off choice and the energy it stated on the measure stay: the register has neither.
      const { enabled: _keepChoice, createdAt: _created, statedHeatKwh: _heat, statedElectricityKwh: _electricity, ...values } = after
      await repo.updateMeasure(trx, scenarioId, before.id, values)
    }
    await repo.insertMeasures(
      trx,
      diff.added.map((m) => ({ ...m, scenarioId })),
    )
    await repo.touchScenario(trx, scenarioId, now)
    const summary = `Tiltag opdateret fra registret: ${count(diff.added.length, 'tilføjet', 'tilføjet')}, ${count(diff.changed.length, 'ændret', 'ændret')}, ${count(diff.removed.length, 'fjernet', 'fjernet')}`
    await recordAudit(trx, 'update', 'scenario', scenarioId, null, null, summary)
    return ok({ id: scenarioId })
  })
}
