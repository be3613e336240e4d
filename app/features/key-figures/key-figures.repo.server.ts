/** Kysely queries for the key figures (nøgletal). Every function takes the database or a transaction first. */
import type { EnergyCarrier } from '#db/schema'
import type { Db } from '~/server/db.server'
import type { BuildingRow } from './types'

/**
 * The buildings the key figures cover (everything not sold), with their latest metered year and
 * the headcount of the units placed there (external users are not employees), by name. With
 * `page`, one page of them; without, all (for the medians).
 * @example await listBuildingRows(db, { offset: 0, limit: 1 })
 */
export async function listBuildingRows(db: Db, page?: { offset: number; limit: number }): Promise<BuildingRow[]> {
  const headcounts = db
    .selectFrom('unit')
    .where('unit.external', '=', 0)
    .groupBy('unit.propertyId')
    .select((eb) => ['unit.propertyId', eb.fn.sum<number | string>('unit.headcount').as('employees')])
    .as('u')
  let query = db
    .selectFrom('property')
    .leftJoin('propertyConsumption as c', (join) =>
      join.onRef('c.propertyId', '=', 'property.id').on((eb) =>
        eb(
          'c.year',
          '=',
          eb
            .selectFrom('propertyConsumption as latest')
            .select((e) => e.fn.max('latest.year').as('year'))
            .whereRef('latest.propertyId', '=', 'property.id'),
        ),
      ),
    )
    .leftJoin(headcounts, 'u.propertyId', 'property.id')
    .where('property.status', '!=', 'sold')
    .select([
      'property.id',
      'property.name',
      'property.town',
      'property.energyLabel',
      'property.heatSource',
      'property.grossAreaM2',
      'property.workplaces',
      'property.annualOperatingCostOre',
      'c.year',
      'c.heatKwh',
      'c.electricityKwh',
      'u.employees',
    ])
    .orderBy('property.sortKey')
    .orderBy('property.id')
  if (page) query = query.limit(page.limit).offset(page.offset)
  const rows = await query.execute()
  return rows.map((r) => ({
    ...r,
    grossAreaM2: Number(r.grossAreaM2),
    workplaces: Number(r.workplaces),
    annualOperatingCostOre: Number(r.annualOperatingCostOre),
    year: r.year === null ? null : Number(r.year),
    heatKwh: r.heatKwh === null ? null : Number(r.heatKwh),
    electricityKwh: r.electricityKwh === null ? null : Number(r.electricityKwh),
    employees: r.employees === null ? 0 : Number(r.employees),
  }))
}

/**
 * The newest emission factor of each energy carrier, in grams CO2e per MWh (the municipality's
 * settings, /indstillinger/emissionsfaktorer): key figures describe the buildings today. @example (await latestEmissionFactors(db)).get('district_heating') // 42000
 */
export async function latestEmissionFactors(db: Db): Promise<Map<EnergyCarrier, number>> {
  const rows = await db
    .selectFrom('emissionFactor')
    .select(['carrier', 'year', 'co2eGramsPerMwh as gramsPerMwh'])
    .orderBy('year', 'desc')
    .execute()
  const factors = new Map<EnergyCarrier, number>()
  for (const r of rows) if (!factors.has(r.carrier)) factors.set(r.carrier, Number(r.gramsPerMwh))
  return factors
}

/** A setting's stored JSON and version. @example await getSetting(db, 'key_figure_norms') */
export function getSetting(db: Db, key: string): Promise<{ value: string; version: number } | undefined> {
  return db.selectFrom('appSetting').select(['value', 'version']).where('key', '=', key).executeTakeFirst()
}

/** Store a new setting. @example await insertSetting(trx, 'key_figure_norms', '{…}', now) */
export async function insertSetting(db: Db, key: string, value: string, now: string): Promise<void> {
  await db.insertInto('appSetting').values({ key, value, createdAt: now, updatedAt: now }).execute()
}

/** Overwrite a setting saved at `version`; false when someone saved since. */
export async function updateSetting(db: Db, key: string, version: number, value: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('appSetting')
    .set({ value, updatedAt: now, version: version + 1 })
    .where('key', '=', key)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
