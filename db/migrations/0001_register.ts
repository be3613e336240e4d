/** The property and lease register, units and sales: the base every measure refers to. */
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely'
import { dateType, isPostgres, money, timestamps, withId } from './helpers'

export async function up(db: Kysely<any>): Promise<void> {
  const date = dateType(db)
  // Sort keys must compare byte by byte (db/text.ts): SQLite does by default, PostgreSQL needs "C".
  const byteOrder = (c: ColumnDefinitionBuilder) => (isPostgres(db) ? c.modifyFront(sql`collate "C"`) : c).notNull().defaultTo('')

  await timestamps(
    withId(db, db.schema.createTable('property'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('postcode', 'text', (c) => c.notNull())
      .addColumn('town', 'text', (c) => c.notNull())
      .addColumn('ownership', 'text', (c) => c.notNull().check(sqlIn('ownership', ['owned', 'leased'])))
      .addColumn('use', 'text', (c) => c.notNull())
      .addColumn('gross_area_m2', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('workplaces', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('annual_operating_cost_ore', money, (c) => c.notNull().defaultTo(0))
      .addColumn('annual_maintenance_ore', money, (c) => c.notNull().defaultTo(0))
      .addColumn('maintenance_backlog_ore', money, (c) => c.notNull().defaultTo(0))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('in_use'))
      .addColumn('latitude', 'double precision')
      .addColumn('longitude', 'double precision')
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('sort_key', 'text', byteOrder),
  ).execute()
  for (const col of ['sort_key', 'town', 'status', 'search_text', 'annual_operating_cost_ore', 'gross_area_m2']) {
    await db.schema.createIndex(`property_${col}_idx`).on('property').columns([col, 'id']).execute()
  }

  await timestamps(
    withId(db, db.schema.createTable('lease'))
      .addColumn('property_id', 'integer', (c) => c.notNull().references('property.id').onDelete('restrict'))
      .addColumn('direction', 'text', (c) => c.notNull().check(sqlIn('direction', ['tenant', 'landlord'])))
      .addColumn('counterparty', 'text', (c) => c.notNull())
      .addColumn('annual_rent_ore', money, (c) => c.notNull().defaultTo(0))
      .addColumn('annual_service_ore', money, (c) => c.notNull().defaultTo(0))
      .addColumn('operating_cost_paid_by_municipality', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('start_date', date)
      .addColumn('notice_months', 'integer', (c) => c.notNull())
      .addColumn('terms', 'text', (c) => c.notNull().defaultTo('month'))
      .addColumn('non_terminable_until', date)
      .addColumn('notice_date', date)
      .addColumn('end_date', date)
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('sort_key', 'text', byteOrder),
  ).execute()
  await db.schema.createIndex('lease_property_idx').on('lease').columns(['property_id']).execute()
  await db.schema.createIndex('lease_end_date_idx').on('lease').columns(['end_date']).execute()
  await db.schema.createIndex('lease_sort_key_idx').on('lease').columns(['sort_key', 'id']).execute()

  await timestamps(
    withId(db, db.schema.createTable('unit'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'integer', (c) => c.references('unit.id').onDelete('restrict'))
      .addColumn('property_id', 'integer', (c) => c.notNull().references('property.id').onDelete('restrict'))
      .addColumn('headcount', 'double precision', (c) => c.notNull().defaultTo(0))
      .addColumn('workplaces_needed', 'integer')
      .addColumn('contact_person', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('external', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('located_from', date),
  ).execute()
  await db.schema.createIndex('unit_property_idx').on('unit').columns(['property_id']).execute()

  await timestamps(
    withId(db, db.schema.createTable('sale'))
      .addColumn('property_id', 'integer', (c) => c.notNull().unique().references('property.id').onDelete('restrict'))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('designated'))
      .addColumn('designated_date', date)
      .addColumn('council_reference', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('offering_deadline', date)
      .addColumn('expected_price_ore', money)
      .addColumn('realised_price_ore', money)
      .addColumn('sale_costs_ore', money, (c) => c.notNull().defaultTo(0))
      .addColumn('takeover_date', date)
      .addColumn('buyer', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['sale', 'unit', 'lease', 'property']) await db.schema.dropTable(table).execute()
}

/** A CHECK constraint, plain SQL on both dialects; the values are constants from this file. */
function sqlIn(column: string, values: string[]) {
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`)
}
