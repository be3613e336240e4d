/** Use cases for scenarios: the baseline, copies, assumptions, measures and promotion; each in one transaction. */
import type { NewScenario, NewScenarioMeasure, Scenario, ScenarioMeasure } from '#db/schema'
import { fail, nowIso, ok, type ServiceResult } from '~/core/result'
import { deleteAudited, insertAudited, updateAudited } from '~/server/audited.server'
import { recordAudit } from '~/server/audit.server'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import { measureRow } from './measure-row.server'
import { NO_SCENARIO, writableScenario } from './scenario-guard.server'
import { registerMeasures } from './register-measures.server'
import * as repo from './scenarios.repo.server'
import type { AssumptionsInput, MeasureInput, MeasureRow, NewScenarioInput } from './schemas'

export const BASELINE_NAME = 'Vedtaget plan'

const UNDECIDED = {
  isBaseline: 0,
  archivedAt: null,
  caseReference: null,
  decisionDate: null,
  promotedAt: null,
  promotedBy: null,
  promotedById: null,
} as const

export { promoteScenario } from './promotion.server'
export { syncFromRegister } from './register-sync.server'

const NO_MEASURE = 'Tiltaget findes ikke.'
const NAME_TAKEN = { name: ['Der findes allerede et scenarie med det navn'] }

/**
 * The committee's defaults: 5 mio. kr. a year, desk sharing 0,8, 5.000 kr. per person moved.
 * @example defaultAssumptions(nowIso()).targetAnnualOre // 500_000_000
 */
export function defaultAssumptions(now: string): Omit<NewScenario, 'name'> {
  return {
    description: '',
    isBaseline: 0,
    archivedAt: null,
    basedOnId: null,
    firstYear: 2023,
    lastYear: 2030,
    targetAnnualOre: 500_000_000,
    deskFactor: 0.8,
    movingCostPerPersonOre: 500_000,
    countAvoidedMaintenance: 0,
    rentIndexationPct: null,
    statusFilter: 'all',
    createdAt: now,
    updatedAt: now,
  }
}

/** The current decided plan, if any. @example (await getBaseline(db))?.name // 'Vedtaget plan' */
export function getBaseline(db: Db): Promise<Scenario | undefined> {
  return repo.getBaseline(db)
}

/**
 * Insert measures made elsewhere (the interchange import) inside the caller's transaction, in chunks.
 * @example await insertMeasureRows(trx, rows)
 */
export function insertMeasureRows(db: Db, rows: NewScenarioMeasure[]): Promise<void> {
  return repo.insertMeasures(db, rows)
}

/**
 * Make sure a baseline exists: "Vedtaget plan" built from the register's decided measures.
 * @example const id = await ensureBaseline(db)
 */
export async function ensureBaseline(db: Db): Promise<number> {
  const result = await inTransaction(db, async (trx) => {
    const existing = await repo.getBaseline(trx)
    if (existing) return ok({ id: existing.id })
    const now = nowIso()
    const id = await repo.insertScenario(trx, {
      ...defaultAssumptions(now),
      name: BASELINE_NAME,
      isBaseline: 1,
      description: 'De besluttede tiltag: opsagte lejemål og salg fra registret, og de besluttede flytninger.',
    })
    await repo.insertMeasures(
      trx,
      (await registerMeasures(trx, now)).map((m) => ({ ...m, scenarioId: id })),
    )
    return ok({ id })
  })
  if (!result.ok) throw new Error(result.message)
  return result.value.id
}

/**
 * A new scenario: a copy of another (usually the baseline) with its measures and assumptions.
 * @example await createScenario(db, { name: 'Udvalgets forslag', description: '', basedOnId: 1 })
 */
export async function createScenario(db: Db, input: NewScenarioInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const from = await repo.getScenario(trx, input.basedOnId)
    if (!from) return fail('invalid', 'Udgangspunktet findes ikke.', { basedOnId: ['Vælg et scenarie at tage udgangspunkt i'] })
    if (await repo.getScenarioByName(trx, input.name)) return fail('invalid', 'Navnet er i brug.', NAME_TAKEN)
    const now = nowIso()
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...settings } = from
    // A copy of a decided plan (current or archived) is a new proposal: the decision stays with the original.
    const id = await insertAudited(trx, 'scenario', { ...settings, ...input, ...UNDECIDED, createdAt: now, updatedAt: now }, input.name)
    const measures = await repo.listMeasures(trx, from.id)
    await repo.insertMeasures(
      trx,
      measures.map(({ id: _mid, ...m }) => ({ ...m, scenarioId: id, createdAt: now })),
    )
    return ok({ id })
  })
}

/** Save assumptions made on `version`. @example await saveAssumptions(db, 4, { version: 2, name: 'Forslag', … }) */
export async function saveAssumptions(db: Db, id: number, input: AssumptionsInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const writable = await writableScenario(trx, id)
    if (!writable.ok) return writable
    const other = await repo.getScenarioByName(trx, input.name)
    if (other && other.id !== id) return fail('invalid', 'Navnet er i brug.', NAME_TAKEN)
    const { version, ...values } = input
    const saved = await updateAudited(trx, 'scenario', id, version, { ...values, updatedAt: nowIso() }, input.name, NO_SCENARIO)
    return saved.ok ? ok({ id }) : saved
  })
}

/**
 * Change one measure of a scenario and record it. Measures carry no version (they change one
 * click at a time), so this is written out rather than done with updateAudited.
 */
async function changeMeasure(db: Db, scenarioId: number, measureId: number, changes: Partial<ScenarioMeasure>): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const writable = await writableScenario(trx, scenarioId)
    if (!writable.ok) return writable
    const before = await repo.getMeasure(trx, scenarioId, measureId)
    if (!before || !(await repo.updateMeasure(trx, scenarioId, measureId, changes))) return fail('not_found', NO_MEASURE)
    await repo.touchScenario(trx, scenarioId, nowIso())
    await recordAudit(trx, 'update', 'scenario_measure', measureId, before, await repo.getMeasure(trx, scenarioId, measureId), before.label)
    return ok({ id: measureId })
  })
}

/** Turn a measure on or off in the scenario (kept, not deleted). @example await setMeasureEnabled(db, 4, 12, false) */
export function setMeasureEnabled(db: Db, scenarioId: number, measureId: number, enabled: boolean): Promise<ServiceResult> {
  return changeMeasure(db, scenarioId, measureId, { enabled: enabled ? 1 : 0 })
}

/** Set a measure's status (forslag, besluttet, gennemført). @example await setMeasureStatus(db, 4, 12, 'decided') */
export function setMeasureStatus(
  db: Db,
  scenarioId: number,
  measureId: number,
  status: 'proposal' | 'decided' | 'realised',
): Promise<ServiceResult> {
  return changeMeasure(db, scenarioId, measureId, { status })
}

/** Remove a measure from the scenario. @example await removeMeasure(db, 4, 12) */
export async function removeMeasure(db: Db, scenarioId: number, measureId: number): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const writable = await writableScenario(trx, scenarioId)
    if (!writable.ok) return writable
    const before = await repo.getMeasure(trx, scenarioId, measureId)
    if (!before) return fail('not_found', NO_MEASURE)
    const removed = await deleteAudited(trx, 'scenarioMeasure', measureId, before.label, NO_MEASURE)
    if (!removed.ok) return removed
    await repo.touchScenario(trx, scenarioId, nowIso())
    return ok({ id: measureId })
  })
}

/** Add a measure to a scenario. @example await addMeasure(db, 4, { kind: 'sale', propertyId: 3, … }) */
export async function addMeasure(db: Db, scenarioId: number, input: MeasureInput): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const writable = await writableScenario(trx, scenarioId)
    if (!writable.ok) return writable
    const now = nowIso()
    const row = await measureRow(trx, input, now)
    if (!row.ok) return row
    const id = await insertAudited(trx, 'scenarioMeasure', { ...row.value, scenarioId }, row.value.label)
    await repo.touchScenario(trx, scenarioId, now)
    return ok({ id })
  })
}

/** Delete a scenario that is not the baseline. @example await removeScenario(db, 4) */
export async function removeScenario(db: Db, id: number): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const writable = await writableScenario(trx, id)
    if (!writable.ok) return writable
    const scenario = writable.value
    if (scenario.isBaseline) return fail('blocked', 'Den vedtagne plan kan ikke slettes. Gør et andet scenarie til vedtaget plan først.')
    await repo.detachCopiesOf(trx, id)
    const removed = await deleteAudited(trx, 'scenario', id, scenario.name, NO_SCENARIO)
    return removed.ok ? ok({ id }) : removed
  })
}

/**
 * A new scenario holding only the given measures, with another scenario's assumptions and every
 * status counted: "Find vej til målet" saves an alternative so, and its figures stay its own.
 * @example await createScenarioOfMeasures(db, { name: 'Find vej: alternativ 1', description: '', basedOnId: 4 }, rows)
 */
export async function createScenarioOfMeasures(db: Db, input: NewScenarioInput, rows: MeasureRow[]): Promise<ServiceResult> {
  return inTransaction(db, async (trx) => {
    const from = await repo.getScenario(trx, input.basedOnId)
    if (!from) return fail('not_found', NO_SCENARIO)
    if (await repo.getScenarioByName(trx, input.name)) return fail('invalid', 'Navnet er i brug.', NAME_TAKEN)
    const now = nowIso()
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...settings } = from
    const values = {
      ...settings,
      ...input,
      statusFilter: 'all' as const,
      isBaseline: 0 as const,
      archivedAt: null,
      createdAt: now,
      updatedAt: now,
    }
    const id = await insertAudited(trx, 'scenario', values, input.name)
    await repo.insertMeasures(
      trx,
      rows.map((m) => ({ ...m, scenarioId: id })),
    )
    return ok({ id })
  })
}

// Added for import-export: the portfolio file writes every scenario's measures in one transaction.
import type { Db as ImportDb } from '~/server/db.server'
import type { NewScenarioMeasure as ImportedMeasureRow } from '#db/schema'
import { insertMeasures as insertImportedMeasureRows } from '~/features/scenarios/scenarios.repo.server'

/**
 * Insert imported measures (the portfolio file) in the caller's transaction, in chunks.
 * @example await createImportedMeasures(trx, rows)
 */
export async function createImportedMeasures(db: ImportDb, rows: ImportedMeasureRow[]): Promise<void> {
  await insertImportedMeasureRows(db, rows)
}
