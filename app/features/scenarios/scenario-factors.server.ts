/** A scenario's own emission factors (docs/climate.md): set or removed while the scenario may change. */
import type { ServiceResult } from '~/core/result'
import { ok } from '~/core/result'
import { removeScenarioFactor, writeScenarioFactor } from '~/features/climate/climate.server'
import type { ScenarioFactorInput } from '~/features/climate/schemas'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import { writableScenario } from './scenario-guard.server'

/** @example await setScenarioFactor(db, 4, { carrier: 'district_heating', year: 2025, kgPerMwh: 45 }) */
export function setScenarioFactor(db: Db, scenarioId: number, input: ScenarioFactorInput): Promise<ServiceResult<{ id: number }>> {
  return inTransaction(db, async (trx) => {
    const s = await writableScenario(trx, scenarioId)
    if (!s.ok) return s
    await writeScenarioFactor(trx, scenarioId, input)
    return ok({ id: scenarioId })
  })
}

/** @example await dropScenarioFactor(db, 4, 12) */
export function dropScenarioFactor(db: Db, scenarioId: number, factorId: number): Promise<ServiceResult<{ id: number }>> {
  return inTransaction(db, async (trx) => {
    const s = await writableScenario(trx, scenarioId)
    if (!s.ok) return s
    return removeScenarioFactor(trx, scenarioId, factorId)
  })
}
