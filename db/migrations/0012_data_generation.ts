/**
 * A database-wide generation number that every write to the tables a scenario's figures read
 * moves on, kept by triggers so no write path (a page, the CLI, an import, a restore script) can
 * forget it. Cached scenario figures are keyed by it, so every app server sees a change made
 * through any other at once. PostgreSQL bumps it once per statement, SQLite once per row (it has
 * no statement triggers); either way it only ever grows within a database.
 * Also the cache of each scenario's summary figures for the scenario list.
 */
import { sql, type Kysely } from 'kysely'
import { isPostgres } from './helpers'

export const GENERATION_TABLES = [
  'property',
  'lease',
  'unit',
  'sale',
  'sale_step',
  'bid',
  'scenario',
  'scenario_measure',
  'rotation',
  'relocation',
  'unit_location_history',
  'property_consumption',
  'emission_factor',
  'scenario_emission_factor',
  'app_setting',
]

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_generation')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('n', 'bigint', (c) => c.notNull())
    .execute()
  await db.insertInto('data_generation').values({ id: 1, n: 1 }).execute()
  if (isPostgres(db)) {
    await sql`create function bump_data_generation() returns trigger language plpgsql as $$
      begin update data_generation set n = n + 1 where id = 1; return null; end $$`.execute(db)
    for (const table of GENERATION_TABLES) {
      await sql`create trigger ${sql.id(`${table}_generation`)} after insert or update or delete or truncate on ${sql.table(table)}
        for each statement execute function bump_data_generation()`.execute(db)
    }
  } else {
    for (const table of GENERATION_TABLES) {
      for (const event of ['insert', 'update', 'delete']) {
        await sql`create trigger ${sql.id(`${table}_generation_${event}`)} after ${sql.raw(event)} on ${sql.table(table)}
          begin update data_generation set n = n + 1 where id = 1; end`.execute(db)
      }
    }
  }

  await db.schema
    .createTable('scenario_summary_cache')
    .addColumn('scenario_id', 'integer', (c) => c.primaryKey().references('scenario.id').onDelete('cascade'))
    .addColumn('generation', 'bigint', (c) => c.notNull())
    .addColumn('summary_json', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('scenario_summary_cache').execute()
  for (const table of GENERATION_TABLES) {
    if (isPostgres(db)) await sql`drop trigger if exists ${sql.id(`${table}_generation`)} on ${sql.table(table)}`.execute(db)
    else
      for (const event of ['insert', 'update', 'delete'])
        await sql`drop trigger if exists ${sql.id(`${table}_generation_${event}`)}`.execute(db)
  }
  if (isPostgres(db)) await sql`drop function if exists bump_data_generation()`.execute(db)
  await db.schema.dropTable('data_generation').execute()
}
