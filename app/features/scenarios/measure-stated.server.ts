/**
 * The yearly energy stated on a measure (docs/climate.md): changed after the measure was added,
 * while the scenario may change. Blank makes the amount derived from the building's consumption
 * again. Audited like the other changes to a measure.
 */
import { fail, nowIso, ok, type ServiceResult } from '~/core/result'
import { recordAudit } from '~/server/audit.server'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import { writableScenario } from './scenario-guard.server'
import * as repo from './scenarios.repo.server'
import type { StatedEnergyInput } from './schemas'

const NO_MEASURE = 'Tiltaget findes ikke. Det kan være fjernet af en anden.'

/**
 * Set (or clear) the stated heat and electricity of one measure of a scenario, in whole kWh a year.
 * @example await setStatedEnergy(db, 4, { measureId: 12, statedHeatKwh: 60_000, statedElectricityKwh: null })
 */
export function setStatedEnergy(db: Db, scenarioId: number, input: StatedEnergyInput): Promise<ServiceResult> {
  const { measureId, statedHeatKwh, statedElectricityKwh } = input
  return inTransaction(db, async (trx) => {
    const writable = await writableScenario(trx, scenarioId)
    if (!writable.ok) return writable
    const before = await repo.getMeasure(trx, scenarioId, measureId)
    if (!before || !(await repo.updateMeasure(trx, scenarioId, measureId, { statedHeatKwh, statedElectricityKwh })))
      return fail('not_found', NO_MEASURE)
    await repo.touchScenario(trx, scenarioId, nowIso())
    const after = await repo.getMeasure(trx, scenarioId, measureId)
    await recordAudit(trx, 'update', 'scenario_measure', measureId, before, after, before.label)
    return ok({ id: measureId })
  })
}
