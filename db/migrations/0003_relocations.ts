/**
 * Relocations (flytninger) and rotations (rokader) of organisational units, the history of where
 * each unit sat, and the optional named people HR keeps per unit.
 *
 * `unit_location_history` holds one row per unit and property for each period: `to_date` null is
 * where the unit sits now; a row is closed (not changed) when a relocation is marked done, so the
 * history stays. Existing units get their first row here.
 */
import { sql, type Kysely } from 'kysely'
import { dateType, money, timestamps, withId } from './helpers'

const RELOCATION_STATUSES = ['idea', 'planned', 'decided', 'done']

export async function up(db: Kysely<any>): Promise<void> {
  const date = dateType(db)
  await timestamps(
    withId(db, db.schema.createTable('rotation'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('date', date),
  ).execute()

  await timestamps(
    withId(db, db.schema.createTable('relocation'))
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id').onDelete('restrict'))
      .addColumn('from_property_id', 'integer', (c) => c.notNull().references('property.id').onDelete('restrict'))
      .addColumn('to_property_id', 'integer', (c) => c.notNull().references('property.id').onDelete('restrict'))
      .addColumn('date', date, (c) => c.notNull())
      .addColumn('headcount', 'double precision', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('idea')
          .check(sql.raw(`status in (${RELOCATION_STATUSES.map((s) => `'${s}'`).join(', ')})`)),
      )
      .addColumn('moving_cost_ore', money)
      .addColumn('refurbishment_ore', money, (c) => c.notNull().defaultTo(0))
      .addColumn('added_annual_operating_ore', money, (c) => c.notNull().defaultTo(0))
      .addColumn('rotation_id', 'integer', (c) => c.references('rotation.id').onDelete('set null'))
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute()
  for (const col of ['unit_id', 'from_property_id', 'to_property_id', 'rotation_id']) {
    await db.schema.createIndex(`relocation_${col}_idx`).on('relocation').columns([col, 'date']).execute()
  }
  await db.schema.createIndex('relocation_date_idx').on('relocation').columns(['date', 'id']).execute()

  await withId(db, db.schema.createTable('unit_location_history'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id').onDelete('cascade'))
    .addColumn('property_id', 'integer', (c) => c.notNull().references('property.id').onDelete('restrict'))
    .addColumn('headcount', 'double precision', (c) => c.notNull())
    .addColumn('from_date', date, (c) => c.notNull())
    .addColumn('to_date', date)
    .addColumn('relocation_id', 'integer', (c) => c.references('relocation.id').onDelete('restrict'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('unit_location_unit_idx').on('unit_location_history').columns(['unit_id', 'to_date']).execute()
  await db.schema.createIndex('unit_location_property_idx').on('unit_location_history').columns(['property_id', 'to_date']).execute()
  await db.schema.createIndex('unit_location_relocation_idx').on('unit_location_history').columns(['relocation_id']).execute()

  await timestamps(
    withId(db, db.schema.createTable('person'))
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id').onDelete('restrict'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute()
  await db.schema.createIndex('person_unit_idx').on('person').columns(['unit_id', 'id']).execute()

  await backfillLocations(db)
}

/** Every existing unit sits, from its `located_from` (or its creation day), where the register puts it. */
async function backfillLocations(db: Kysely<any>): Promise<void> {
  const now = new Date().toISOString()
  const units = await db.selectFrom('unit').select(['id', 'property_id', 'headcount', 'located_from', 'created_at']).orderBy('id').execute()
  const rows = units.map((u) => ({
    unit_id: u.id,
    property_id: u.property_id,
    headcount: u.headcount,
    from_date: u.located_from ?? String(u.created_at).slice(0, 10),
    to_date: null,
    relocation_id: null,
    created_at: now,
  }))
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('unit_location_history')
      .values(rows.slice(i, i + 500))
      .execute()
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['person', 'unit_location_history', 'relocation', 'rotation']) await db.schema.dropTable(table).execute()
}
