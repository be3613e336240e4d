/**
 * Energy and climate: each property's energy label and heat source, its yearly metered
 * consumption, the emission factors (kg CO2e per MWh per energy carrier and year) with a
 * scenario's own overrides, a stated energy change on a scenario measure, and the key-figure
 * norms the municipality sets.
 *
 * Quantities are integers so sums stay exact: energy in kWh, water in litres, emission factors
 * in grams CO2e per MWh (1.000 g/MWh = 1 kg/MWh).
 */
import type { Kysely } from 'kysely'
import { dateType, money, timestamps, withId } from './helpers'

export async function up(db: Kysely<any>): Promise<void> {
  const date = dateType(db)
  await db.schema.alterTable('property').addColumn('energy_label', 'text').execute()
  await db.schema.alterTable('property').addColumn('energy_label_date', date).execute()
  await db.schema.alterTable('property').addColumn('heat_source', 'text').execute()

  await timestamps(
    withId(db, db.schema.createTable('property_consumption'))
      .addColumn('property_id', 'integer', (c) => c.notNull().references('property.id').onDelete('cascade'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('heat_kwh', money)
      .addColumn('electricity_kwh', money)
      .addColumn('water_liters', money)
      .addUniqueConstraint('property_consumption_year_unique', ['property_id', 'year']),
  ).execute()

  await timestamps(
    withId(db, db.schema.createTable('emission_factor'))
      .addColumn('carrier', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('co2e_g_per_mwh', money, (c) => c.notNull())
      .addColumn('source_note', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('emission_factor_unique', ['carrier', 'year']),
  ).execute()

  await withId(db, db.schema.createTable('scenario_emission_factor'))
    .addColumn('scenario_id', 'integer', (c) => c.notNull().references('scenario.id').onDelete('cascade'))
    .addColumn('carrier', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('co2e_g_per_mwh', money, (c) => c.notNull())
    .addUniqueConstraint('scenario_emission_factor_unique', ['scenario_id', 'carrier', 'year'])
    .execute()

  await db.schema.alterTable('scenario_measure').addColumn('stated_heat_kwh', money).execute()
  await db.schema.alterTable('scenario_measure').addColumn('stated_electricity_kwh', money).execute()

  await timestamps(
    db.schema
      .createTable('app_setting')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull()),
  ).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('app_setting').execute()
  await db.schema.alterTable('scenario_measure').dropColumn('stated_electricity_kwh').execute()
  await db.schema.alterTable('scenario_measure').dropColumn('stated_heat_kwh').execute()
  await db.schema.dropTable('scenario_emission_factor').execute()
  await db.schema.dropTable('emission_factor').execute()
  await db.schema.dropTable('property_consumption').execute()
  for (const col of ['heat_source', 'energy_label_date', 'energy_label']) {
    await db.schema.alterTable('property').dropColumn(col).execute()
  }
}
