/**
 * One index per column the register grids sort or filter on, each ending in `id` (the grids'
 * tie-breaker), so the first page of a sorted grid is an index scan that stops after the page
 * instead of sorting the whole table. Columns indexed by earlier migrations are not repeated.
 * tests/integration/grid-indexes.test.ts checks that every sortable grid column has one.
 */
import type { Kysely } from 'kysely'

export const GRID_INDEXES: Record<string, string[]> = {
  property: [
    'address',
    'postcode',
    'ownership',
    'use',
    'workplaces',
    'annual_maintenance_ore',
    'maintenance_backlog_ore',
    'latitude',
    'longitude',
    'energy_label',
    'energy_label_date',
    'heat_source',
  ],
  lease: [
    'direction',
    'annual_rent_ore',
    'annual_service_ore',
    'start_date',
    'notice_months',
    'terms',
    'non_terminable_until',
    'notice_date',
    'status',
  ],
  sale: [
    'status',
    'designated_date',
    'offering_deadline',
    'expected_price_ore',
    'realised_price_ore',
    'sale_costs_ore',
    'takeover_date',
    'buyer',
  ],
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, columns] of Object.entries(GRID_INDEXES)) {
    for (const col of columns) {
      await db.schema.createIndex(`${table}_${col}_grid_idx`).on(table).columns([col, 'id']).execute()
    }
  }
  // The lease end date had an index of its own; the grid sorts by (end_date, id).
  await db.schema.createIndex('lease_end_date_grid_idx').on('lease').columns(['end_date', 'id']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('lease_end_date_grid_idx').execute()
  for (const [table, columns] of Object.entries(GRID_INDEXES)) {
    for (const col of columns) await db.schema.dropIndex(`${table}_${col}_grid_idx`).execute()
  }
}
