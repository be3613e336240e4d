/** Use cases for scenarios: the baseline, copies, assumptions, measures and promotion. */
import type { Kysely, Transaction } from 'kysely'
import type { Database, NewScenario, NewScenarioMeasure, Scenario } from '#db/schema'
import * as repo from '~/features/scenarios/scenarios.repo.server'
import type { AssumptionsInput, MeasureInput } from '~/features/scenarios/schemas'
import { recordAudit } from '~/server/audit.server'
import { registerMeasures } from './register-measures.server'
import { CONFLICT_MESSAGE, fail, nowIso, ok, type ServiceResult } from '~/core/result'

export const BASELINE_NAME = 'Vedtaget plan'

/** The committee's defaults: 5 mio. kr. a year, desk sharing 0,8, 5.000 kr. per person moved. */
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

/**
 * Make sure a baseline exists: "Vedtaget plan" built from the register's decided measures.
 * @example const id = await ensureBaseline(db)
 */
export async function ensureBaseline(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const existing = await repo.getBaseline(trx)
    if (existing) return existing.id
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
    return id
  })
}

/** Replace a scenario's register-sourced measures with the register as it is now. */
export async function syncFromRegister(db: Kysely<Database>, scenarioId: number): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    if (!(await repo.getScenario(trx, scenarioId))) return fail('not_found', 'Scenariet findes ikke.')
    const now = nowIso()
    await repo.deleteRegisterMeasures(trx, scenarioId)
    await repo.insertMeasures(
      trx,
      (await registerMeasures(trx, now)).map((m) => ({ ...m, scenarioId })),
    )
    await repo.touchScenario(trx, scenarioId, now)
    await recordAudit(trx, 'update', 'scenario', scenarioId, null, null, 'Tiltag opdateret fra registret')
    return ok({ id: scenarioId })
  })
}

async function copyInto(trx: Transaction<Database>, from: Scenario, name: string, description: string): Promise<number> {
  const now = nowIso()
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...settings } = from
  const id = await repo.insertScenario(trx, {
    ...settings,
    name,
    description,
    isBaseline: 0,
    archivedAt: null,
    basedOnId: from.id,
    createdAt: now,
    updatedAt: now,
  })
  const measures = await repo.listMeasures(trx, from.id)
  await repo.insertMeasures(
    trx,
    measures.map(({ id: _mid, ...m }) => ({ ...m, scenarioId: id, createdAt: now })),
  )
  return id
}

/** A new scenario: a copy of another (usually the baseline) with its measures and assumptions. */
export async function createScenario(
  db: Kysely<Database>,
  input: { name: string; description: string; basedOnId: number },
): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const from = await repo.getScenario(trx, input.basedOnId)
    if (!from) return fail('invalid', 'Udgangspunktet findes ikke.', { basedOnId: ['Vælg et scenarie at tage udgangspunkt i'] })
    if (await repo.getScenarioByName(trx, input.name))
      return fail('invalid', 'Navnet er i brug.', { name: ['Der findes allerede et scenarie med det navn'] })
    const id = await copyInto(trx, from, input.name, input.description)
    await recordAudit(trx, 'create', 'scenario', id, null, await repo.getScenario(trx, id), input.name)
    return ok({ id })
  })
}

/** Save assumptions made on `version`. */
export async function saveAssumptions(db: Kysely<Database>, id: number, input: AssumptionsInput): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const current = await repo.getScenario(trx, id)
    if (!current) return fail('not_found', 'Scenariet findes ikke.')
    const other = await repo.getScenarioByName(trx, input.name)
    if (other && other.id !== id) return fail('invalid', 'Navnet er i brug.', { name: ['Der findes allerede et scenarie med det navn'] })
    const { version, ...values } = input
    if (!(await repo.updateScenario(trx, id, version, { ...values, updatedAt: nowIso() }))) return fail('conflict', CONFLICT_MESSAGE)
    await recordAudit(trx, 'update', 'scenario', id, current, await repo.getScenario(trx, id), input.name)
    return ok({ id })
  })
}

/** Turn a measure on or off in the scenario (kept, not deleted). */
export async function setMeasureEnabled(
  db: Kysely<Database>,
  scenarioId: number,
  measureId: number,
  enabled: boolean,
): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.getMeasure(trx, scenarioId, measureId)
    if (!before || !(await repo.updateMeasure(trx, scenarioId, measureId, { enabled: enabled ? 1 : 0 })))
      return fail('not_found', 'Tiltaget findes ikke.')
    await repo.touchScenario(trx, scenarioId, nowIso())
    await recordAudit(trx, 'update', 'scenario_measure', measureId, before, await repo.getMeasure(trx, scenarioId, measureId), before.label)
    return ok({ id: measureId })
  })
}

/** Set a measure's status (forslag, besluttet, gennemført). */
export async function setMeasureStatus(
  db: Kysely<Database>,
  scenarioId: number,
  measureId: number,
  status: 'proposal' | 'decided' | 'realised',
): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.getMeasure(trx, scenarioId, measureId)
    if (!before || !(await repo.updateMeasure(trx, scenarioId, measureId, { status }))) return fail('not_found', 'Tiltaget findes ikke.')
    await repo.touchScenario(trx, scenarioId, nowIso())
    await recordAudit(trx, 'update', 'scenario_measure', measureId, before, await repo.getMeasure(trx, scenarioId, measureId), before.label)
    return ok({ id: measureId })
  })
}

export async function removeMeasure(db: Kysely<Database>, scenarioId: number, measureId: number): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.getMeasure(trx, scenarioId, measureId)
    if (!before || !(await repo.deleteMeasure(trx, scenarioId, measureId))) return fail('not_found', 'Tiltaget findes ikke.')
    await repo.touchScenario(trx, scenarioId, nowIso())
    await recordAudit(trx, 'delete', 'scenario_measure', measureId, before, null, before.label)
    return ok({ id: measureId })
  })
}

/** The stored row for a measure typed in the form; checks that what it refers to exists. */
export async function measureRow(
  trx: Transaction<Database> | Kysely<Database>,
  input: MeasureInput,
  now: string,
): Promise<ServiceResult<Omit<NewScenarioMeasure, 'scenarioId'>>> {
  const empty = {
    leaseId: null,
    propertyId: null,
    unitId: null,
    toPropertyId: null,
    endDateOverride: null,
    priceOre: null,
    saleCostsOre: null,
    operatingCostShare: null,
    headcount: null,
    refurbishmentOre: null,
    addedAnnualOperatingOre: null,
    movingCostOverrideOre: null,
  }
  const exists = async (table: 'lease' | 'property' | 'unit', id: number) =>
    Boolean(await trx.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst())
  const common = {
    ...empty,
    kind: input.kind,
    status: input.status,
    effectDate: input.effectDate,
    enabled: 1 as const,
    source: 'manual' as const,
    createdAt: now,
  }
  switch (input.kind) {
    case 'lease_termination':
      if (!(await exists('lease', input.leaseId)))
        return fail('invalid', 'Lejemålet findes ikke.', { leaseId: ['Vælg et lejemål fra listen'] })
      return ok({ ...common, label: input.label || 'Opsigelse af lejemål', leaseId: input.leaseId, endDateOverride: input.endDateOverride })
    case 'sale':
      if (!(await exists('property', input.propertyId)))
        return fail('invalid', 'Ejendommen findes ikke.', { propertyId: ['Vælg en ejendom fra listen'] })
      return ok({
        ...common,
        label: input.label || 'Salg',
        propertyId: input.propertyId,
        priceOre: input.priceOre,
        saleCostsOre: input.saleCostsOre ?? 0,
      })
    case 'closure':
      if (!(await exists('property', input.propertyId)))
        return fail('invalid', 'Ejendommen findes ikke.', { propertyId: ['Vælg en ejendom fra listen'] })
      return ok({
        ...common,
        label: input.label || 'Lukning',
        propertyId: input.propertyId,
        operatingCostShare: input.operatingCostShare / 100,
      })
    case 'relocation':
      if (!(await exists('unit', input.unitId))) return fail('invalid', 'Enheden findes ikke.', { unitId: ['Vælg en enhed fra listen'] })
      if (input.propertyId === input.toPropertyId)
        return fail('invalid', 'En flytning skal gå til en anden ejendom.', {
          toPropertyId: ['Vælg en anden ejendom end den, der flyttes fra'],
        })
      if (!(await exists('property', input.propertyId)) || !(await exists('property', input.toPropertyId))) {
        return fail('invalid', 'Ejendommen findes ikke.', { toPropertyId: ['Vælg ejendomme fra listen'] })
      }
      return ok({
        ...common,
        label: input.label || 'Flytning',
        unitId: input.unitId,
        propertyId: input.propertyId,
        toPropertyId: input.toPropertyId,
        headcount: input.headcount,
        refurbishmentOre: input.refurbishmentOre ?? 0,
        addedAnnualOperatingOre: input.addedAnnualOperatingOre ?? 0,
        movingCostOverrideOre: input.movingCostOverrideOre,
      })
  }
}

/** Add a measure to a scenario. */
export async function addMeasure(db: Kysely<Database>, scenarioId: number, input: MeasureInput): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    if (!(await repo.getScenario(trx, scenarioId))) return fail('not_found', 'Scenariet findes ikke.')
    const now = nowIso()
    const row = await measureRow(trx, input, now)
    if (!row.ok) return row
    const inserted = await trx
      .insertInto('scenarioMeasure')
      .values({ ...row.value, scenarioId })
      .returning('id')
      .executeTakeFirstOrThrow()
    await repo.touchScenario(trx, scenarioId, now)
    await recordAudit(
      trx,
      'create',
      'scenario_measure',
      inserted.id,
      null,
      await repo.getMeasure(trx, scenarioId, inserted.id),
      row.value.label,
    )
    return ok({ id: inserted.id })
  })
}

/**
 * Make a scenario the decided plan; the old baseline is archived, not deleted.
 * @example await promoteScenario(db, 4)
 */
export async function promoteScenario(db: Kysely<Database>, id: number): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const scenario = await repo.getScenario(trx, id)
    if (!scenario) return fail('not_found', 'Scenariet findes ikke.')
    if (scenario.isBaseline) return fail('invalid', 'Scenariet er allerede den vedtagne plan.')
    const now = nowIso()
    await trx.updateTable('scenario').set({ isBaseline: 0, archivedAt: now, updatedAt: now }).where('isBaseline', '=', 1).execute()
    await trx.updateTable('scenario').set({ isBaseline: 1, archivedAt: null, updatedAt: now }).where('id', '=', id).execute()
    await recordAudit(trx, 'update', 'scenario', id, { isBaseline: 0 }, { isBaseline: 1 }, `${scenario.name} gjort til vedtaget plan`)
    return ok({ id })
  })
}

/** Delete a scenario that is not the baseline. */
export async function removeScenario(db: Kysely<Database>, id: number): Promise<ServiceResult> {
  return db.transaction().execute(async (trx) => {
    const scenario = await repo.getScenario(trx, id)
    if (!scenario) return fail('not_found', 'Scenariet findes ikke.')
    if (scenario.isBaseline) return fail('blocked', 'Den vedtagne plan kan ikke slettes. Gør et andet scenarie til vedtaget plan først.')
    await trx.updateTable('scenario').set({ basedOnId: null }).where('basedOnId', '=', id).execute()
    await repo.deleteScenario(trx, id)
    await recordAudit(trx, 'delete', 'scenario', id, scenario, null, scenario.name)
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
