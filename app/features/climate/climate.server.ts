/**
 * Emission factors (the municipality's and a scenario's own) and the climate part of the savings
 * engine's input (docs/climate.md).
 */
import type { EnergyCarrier } from '#db/schema'
import { fail, ok, type ServiceResult } from '~/core/result'
import { CARRIER_LABELS, CARRIERS, type ClimateInput, type PropertyEnergyInput } from '~/core/savings'
import { recordAudit } from '~/server/audit.server'
import { deleteAudited, insertAudited, updateAudited } from '~/server/audited.server'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import * as repo from './climate.repo.server'
import { DEFAULT_EMISSION_FACTORS, DEFAULT_FACTOR_YEAR } from './defaults'
import { gramsOf, type EmissionFactorInput, type ScenarioFactorInput } from './schemas'
import type { EmissionFactorRow, ScenarioFactorRow } from './types'

const SEEDED = 'climate.emissionFactorsSeeded'

/** Danish summary of a factor for the audit trail. @example factorSummary('oil', 2024) // 'Emissionsfaktor for olie 2024' */
const factorSummary = (carrier: EnergyCarrier, year: number) => `Emissionsfaktor for ${CARRIER_LABELS[carrier]} ${year}`

/** @example await listFactors(db) */
export async function listFactors(db: Db): Promise<EmissionFactorRow[]> {
  const rows = await repo.listEmissionFactors(db)
  // In the order a reader expects (heat sources, then electricity), not by the codes' spelling.
  const rank = (c: EnergyCarrier) => CARRIERS.indexOf(c)
  return rows.sort((a, b) => rank(a.carrier) - rank(b.carrier) || a.year - b.year)
}

/**
 * Save the factor of a carrier and year: a new one, or a change of the one already there.
 * @example await saveEmissionFactor(db, { carrier: 'district_heating', year: 2025, kgPerMwh: 52.5, sourceNote: 'Varmeværket' })
 */
export function saveEmissionFactor(db: Db, input: EmissionFactorInput): Promise<ServiceResult<{ id: number; created: boolean }>> {
  return inTransaction<{ id: number; created: boolean }>(db, async (trx) => {
    const carrier = input.carrier
    const values = { co2eGramsPerMwh: gramsOf(input.kgPerMwh), sourceNote: input.sourceNote }
    const summary = factorSummary(carrier, input.year)
    const now = new Date().toISOString()
    const existing = await repo.findEmissionFactor(trx, carrier, input.year)
    if (!existing) {
      const id = await insertAudited(
        trx,
        'emissionFactor',
        { carrier, year: input.year, ...values, createdAt: now, updatedAt: now },
        summary,
      )
      return ok({ id, created: true })
    }
    const r = await updateAudited(trx, 'emissionFactor', existing.id, null, { ...values, updatedAt: now }, summary)
    return r.ok ? ok({ id: existing.id, created: false }) : r
  })
}

/** @example await deleteEmissionFactor(db, 3, 1) */
export function deleteEmissionFactor(db: Db, id: number, version: number): Promise<ServiceResult<{ id: number }>> {
  return inTransaction(db, async (trx) => {
    const row = await repo.getEmissionFactor(trx, id)
    if (!row) return fail('not_found', 'Emissionsfaktoren findes ikke længere.')
    if (row.version !== version) return fail('conflict', 'En anden har ændret faktoren imens. Genindlæs siden og prøv igen.')
    const r = await deleteAudited(trx, 'emissionFactor', id, factorSummary(row.carrier, row.year))
    return r.ok ? ok({ id }) : r
  })
}

/**
 * The default factors (docs/climate.md), once per database: an admin who deletes them later is
 * not overruled at the next start.
 * @example await seedDefaultEmissionFactors(db)
 */
export async function seedDefaultEmissionFactors(db: Db): Promise<void> {
  await inTransaction(db, async (trx) => {
    if ((await repo.getSetting(trx, SEEDED)) !== null) return ok(null)
    const now = new Date().toISOString()
    for (const d of DEFAULT_EMISSION_FACTORS) {
      if (await repo.findEmissionFactor(trx, d.carrier, DEFAULT_FACTOR_YEAR)) continue
      const values = { carrier: d.carrier, year: DEFAULT_FACTOR_YEAR, co2eGramsPerMwh: d.kg * 1000, sourceNote: d.sourceNote }
      await insertAudited(
        trx,
        'emissionFactor',
        { ...values, createdAt: now, updatedAt: now },
        factorSummary(d.carrier, DEFAULT_FACTOR_YEAR),
      )
    }
    await repo.insertSetting(trx, SEEDED, JSON.stringify(now))
    return ok(null)
  })
}

/** A scenario's own factors beside the municipality's for the same carrier and year. */
export async function listScenarioFactors(db: Db, scenarioId: number): Promise<ScenarioFactorRow[]> {
  const [own, municipal] = await Promise.all([repo.listScenarioFactors(db, scenarioId), repo.listEmissionFactors(db)])
  return own.map((f) => ({
    ...f,
    municipalGPerMwh: municipal.find((m) => m.carrier === f.carrier && m.year === f.year)?.co2eGramsPerMwh ?? null,
  }))
}

/**
 * Set a scenario's own factor (inside the caller's transaction, after it checked the scenario may
 * change); the scenario's audit trail records it.
 */
export async function writeScenarioFactor(trx: Db, scenarioId: number, input: ScenarioFactorInput): Promise<void> {
  const carrier = input.carrier
  const grams = gramsOf(input.kgPerMwh)
  const existing = await repo.findScenarioFactor(trx, scenarioId, carrier, input.year)
  const after = { carrier, year: input.year, co2eGramsPerMwh: grams }
  const summary = `Scenariets ${factorSummary(carrier, input.year).toLowerCase()}`
  if (existing) {
    await repo.updateScenarioFactor(trx, existing.id, grams)
    await recordAudit(trx, 'update', 'scenario_emission_factor', existing.id, existing, { ...existing, ...after }, summary)
  } else {
    const id = await repo.insertScenarioFactor(trx, { scenarioId, ...after })
    await recordAudit(trx, 'create', 'scenario_emission_factor', id, null, { id, scenarioId, ...after }, summary)
  }
}

/** Remove a scenario's own factor (inside the caller's transaction). */
export async function removeScenarioFactor(trx: Db, scenarioId: number, id: number): Promise<ServiceResult<{ id: number }>> {
  const row = await repo.getScenarioFactor(trx, scenarioId, id)
  if (!row) return fail('not_found', 'Scenariets emissionsfaktor findes ikke længere.')
  await repo.deleteScenarioFactor(trx, id)
  await recordAudit(
    trx,
    'delete',
    'scenario_emission_factor',
    id,
    row,
    null,
    `Scenariets ${factorSummary(row.carrier, row.year).toLowerCase()}`,
  )
  return ok({ id })
}

/** Each property's heat source and its latest consumption at or before `year`. */
async function propertyEnergy(db: Db, year: number): Promise<PropertyEnergyInput[]> {
  const [sources, consumption] = await Promise.all([repo.listHeatSources(db), repo.listConsumptionUpTo(db, year)])
  const latest = new Map<number, (typeof consumption)[number]>()
  for (const row of consumption) if (!latest.has(row.propertyId)) latest.set(row.propertyId, row)
  return sources.map((p) => {
    const c = latest.get(p.id)
    return {
      propertyId: p.id,
      heatSource: p.heatSource,
      consumptionYear: c?.year ?? null,
      heatKwh: c?.heatKwh ?? null,
      electricityKwh: c?.electricityKwh ?? null,
    }
  })
}

/**
 * The climate part of a scenario's engine input: consumption for its first year and the factors
 * with the scenario's own in front (stated amounts come from the scenario's measures).
 * @example const climate = await loadClimateInput(db, 4, 2025)
 */
export async function loadClimateInput(db: Db, scenarioId: number, firstYear: number): Promise<ClimateInput> {
  const [properties, municipal, own] = await Promise.all([
    propertyEnergy(db, firstYear),
    repo.listEmissionFactors(db),
    repo.listScenarioFactors(db, scenarioId),
  ])
  const factors = [
    ...municipal.map((f) => ({ carrier: f.carrier, year: f.year, gPerMwh: f.co2eGramsPerMwh, scenario: false })),
    ...own.map((f) => ({ carrier: f.carrier, year: f.year, gPerMwh: f.co2eGramsPerMwh, scenario: true })),
  ]
  return { properties, factors }
}
