/**
 * The sale path's history: one row per recorded step (udpeget, udbudt, bud modtaget, betinget solgt,
 * solgt, trukket tilbage) with its date and the data that step needs, and the bids received.
 */
import type { Kysely } from 'kysely'
import { dateType, money, withId } from './helpers'

export async function up(db: Kysely<any>): Promise<void> {
  const date = dateType(db)
  await withId(db, db.schema.createTable('sale_step'))
    .addColumn('sale_id', 'integer', (c) => c.notNull().references('sale.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('date', date, (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('council_reference', 'text')
    .addColumn('offering_deadline', date)
    .addColumn('price_ore', money)
    .addColumn('takeover_date', date)
    .addColumn('buyer', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('sale_step_sale_idx').on('sale_step').columns(['sale_id', 'id']).execute()

  await withId(db, db.schema.createTable('bid'))
    .addColumn('sale_id', 'integer', (c) => c.notNull().references('sale.id').onDelete('cascade'))
    .addColumn('bidder', 'text', (c) => c.notNull())
    .addColumn('amount_ore', money, (c) => c.notNull())
    .addColumn('received_date', date, (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('bid_sale_idx').on('bid').columns(['sale_id', 'id']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('bid').execute()
  await db.schema.dropTable('sale_step').execute()
}
