/** The climate feature's queries: emission factors, a scenario's own factors, consumption for the engine. */
import type { EnergyCarrier } from '#db/schema'
import type { Db } from '~/server/db.server'
import type { EmissionFactorRow } from './types'

/** @example (await listEmissionFactors(db))[0]?.carrier // 'biomass' */
export function listEmissionFactors(db: Db): Promise<EmissionFactorRow[]> {
  return db
    .selectFrom('emissionFactor')
    .select(['id', 'carrier', 'year', 'co2eGramsPerMwh', 'sourceNote', 'version'])
    .orderBy('carrier')
    .orderBy('year')
    .execute()
}

export function findEmissionFactor(db: Db, carrier: EnergyCarrier, year: number) {
  return db.selectFrom('emissionFactor').selectAll().where('carrier', '=', carrier).where('year', '=', year).executeTakeFirst()
}

export function getEmissionFactor(db: Db, id: number) {
  return db.selectFrom('emissionFactor').selectAll().where('id', '=', id).executeTakeFirst()
}

export function listScenarioFactors(db: Db, scenarioId: number) {
  return db
    .selectFrom('scenarioEmissionFactor')
    .select(['id', 'carrier', 'year', 'co2eGramsPerMwh'])
    .where('scenarioId', '=', scenarioId)
    .orderBy('carrier')
    .orderBy('year')
    .execute()
}

export function findScenarioFactor(db: Db, scenarioId: number, carrier: EnergyCarrier, year: number) {
  return db
    .selectFrom('scenarioEmissionFactor')
    .selectAll()
    .where('scenarioId', '=', scenarioId)
    .where('carrier', '=', carrier)
    .where('year', '=', year)
    .executeTakeFirst()
}

export function getScenarioFactor(db: Db, scenarioId: number, id: number) {
  return db.selectFrom('scenarioEmissionFactor').selectAll().where('scenarioId', '=', scenarioId).where('id', '=', id).executeTakeFirst()
}

export async function insertScenarioFactor(
  db: Db,
  values: { scenarioId: number; carrier: EnergyCarrier; year: number; co2eGramsPerMwh: number },
) {
  const { id } = await db.insertInto('scenarioEmissionFactor').values(values).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateScenarioFactor(db: Db, id: number, co2eGramsPerMwh: number): Promise<void> {
  await db.updateTable('scenarioEmissionFactor').set({ co2eGramsPerMwh }).where('id', '=', id).execute()
}

export async function deleteScenarioFactor(db: Db, id: number): Promise<void> {
  await db.deleteFrom('scenarioEmissionFactor').where('id', '=', id).execute()
}

/** Every property's heat source. */
export function listHeatSources(db: Db) {
  return db.selectFrom('property').select(['id', 'heatSource']).execute()
}

/** Consumption rows at or before a year, latest year first per property. */
export function listConsumptionUpTo(db: Db, year: number) {
  return db
    .selectFrom('propertyConsumption')
    .select(['propertyId', 'year', 'heatKwh', 'electricityKwh'])
    .where('year', '<=', year)
    .orderBy('propertyId')
    .orderBy('year', 'desc')
    .execute()
}

/** A municipality-wide setting's value, or null. */
export async function getSetting(db: Db, key: string): Promise<string | null> {
  const row = await db.selectFrom('appSetting').select('value').where('key', '=', key).executeTakeFirst()
  return row?.value ?? null
}

export async function insertSetting(db: Db, key: string, value: string): Promise<void> {
  const now = new Date().toISOString()
  await db.insertInto('appSetting').values({ key, value, createdAt: now, updatedAt: now }).execute()
}
