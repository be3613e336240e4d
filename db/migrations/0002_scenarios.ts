/** Scenarios: named sets of measures with assumptions; one of them is the decided plan (baseline). */
import type { Kysely } from 'kysely'
import { dateType, money, timestamps, withId } from './helpers'

export async function up(db: Kysely<any>): Promise<void> {
  const date = dateType(db)
  await timestamps(
    withId(db, db.schema.createTable('scenario'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('is_baseline', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('archived_at', 'text')
      .addColumn('based_on_id', 'integer', (c) => c.references('scenario.id').onDelete('set null'))
      .addColumn('first_year', 'integer', (c) => c.notNull())
      .addColumn('last_year', 'integer', (c) => c.notNull())
      .addColumn('target_annual_ore', money, (c) => c.notNull())
      .addColumn('desk_factor', 'double precision', (c) => c.notNull())
      .addColumn('moving_cost_per_person_ore', money, (c) => c.notNull())
      .addColumn('count_avoided_maintenance', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('rent_indexation_pct', 'double precision')
      .addColumn('status_filter', 'text', (c) => c.notNull().defaultTo('all')),
  ).execute()

  await withId(db, db.schema.createTable('scenario_measure'))
    .addColumn('scenario_id', 'integer', (c) => c.notNull().references('scenario.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('manual'))
    .addColumn('lease_id', 'integer', (c) => c.references('lease.id').onDelete('restrict'))
    .addColumn('property_id', 'integer', (c) => c.references('property.id').onDelete('restrict'))
    .addColumn('unit_id', 'integer', (c) => c.references('unit.id').onDelete('restrict'))
    .addColumn('to_property_id', 'integer', (c) => c.references('property.id').onDelete('restrict'))
    .addColumn('effect_date', date, (c) => c.notNull())
    .addColumn('end_date_override', date)
    .addColumn('price_ore', money)
    .addColumn('sale_costs_ore', money)
    .addColumn('operating_cost_share', 'double precision')
    .addColumn('headcount', 'double precision')
    .addColumn('refurbishment_ore', money)
    .addColumn('added_annual_operating_ore', money)
    .addColumn('moving_cost_override_ore', money)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('scenario_measure_scenario_idx').on('scenario_measure').columns(['scenario_id', 'id']).execute()
  for (const col of ['lease_id', 'property_id', 'unit_id', 'to_property_id']) {
    await db.schema.createIndex(`scenario_measure_${col}_idx`).on('scenario_measure').column(col).execute()
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('scenario_measure').execute()
  await db.schema.dropTable('scenario').execute()
}
