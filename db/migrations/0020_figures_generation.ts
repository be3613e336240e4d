/**
 * Generations finer than the one data generation (0012), so a write invalidates only what it can
 * change:
 *
 * - `data_generation` row 2, the **register generation**: moved by every write to the tables that
 *   are not a scenario's own (the register, sales, relocations, consumption, emission factors,
 *   settings). The register views (lists' counts, map, deadlines, capacity, key figures, the
 *   front page's register part) keep their figures under it, so editing a scenario leaves them be.
 * - `scenario_generation`, one row per scenario: moved by a write to its measures or its own
 *   emission factors, and by a change of the assumptions its figures are computed from. Its
 *   value is taken from the data generation as it stands after that write, so it only ever grows
 *   and a scenario created under an id used before never meets a value of the old one.
 *
 * A scenario's figures are kept under (register generation, its scenario generation): promoting it,
 * renaming it or editing another scenario leaves them valid (the front page right after a
 * promotion no longer recomputes the plan). Row 1 still moves at every write, as before.
 */
import { sql, type Kysely } from 'kysely'
import { isPostgres } from './helpers'
import { GENERATION_TABLES } from './0012_data_generation'

/** The tables whose rows belong to one scenario (their writes move that scenario's generation). */
export const SCENARIO_TABLES = ['scenario_measure', 'scenario_emission_factor']
/** The scenario's own columns its figures are computed from (savings.server.ts assumptionsOf, statusFilter). */
export const FIGURE_COLUMNS = [
  'first_year',
  'last_year',
  'target_annual_ore',
  'desk_factor',
  'moving_cost_per_person_ore',
  'count_avoided_maintenance',
  'rent_indexation_pct',
  'status_filter',
]
/** Every table the register generation follows: all the data generation follows but the scenarios'. */
export const REGISTER_TABLES = GENERATION_TABLES.filter((t) => t !== 'scenario' && !SCENARIO_TABLES.includes(t))

const BUMP_ALL = 'update data_generation set n = n + 1 where id = 1'
const NOW_ALL = '(select n from data_generation where id = 1)'

async function upSqlite(db: Kysely<any>): Promise<void> {
  // The register's row triggers move both generations in one statement.
  for (const table of REGISTER_TABLES)
    for (const event of ['insert', 'update', 'delete']) {
      await sql`drop trigger if exists ${sql.id(`${table}_generation_${event}`)}`.execute(db)
      await sql`create trigger ${sql.id(`${table}_generation_${event}`)} after ${sql.raw(event)} on ${sql.table(table)}
        begin update data_generation set n = n + 1 where id in (1, 2); end`.execute(db)
    }
  // A scenario's rows: move the data generation, then stamp the scenario with it.
  for (const table of SCENARIO_TABLES)
    for (const event of ['insert', 'update', 'delete']) {
      const rows = event === 'insert' ? ['new'] : event === 'delete' ? ['old'] : ['old', 'new']
      const stamp = rows.map((r) => `update scenario_generation set n = ${NOW_ALL} where scenario_id = ${r}.scenario_id;`).join(' ')
      await sql`drop trigger if exists ${sql.id(`${table}_generation_${event}`)}`.execute(db)
      await sql.raw(`create trigger ${table}_generation_${event} after ${event} on ${table} begin ${BUMP_ALL}; ${stamp} end`).execute(db)
    }
  await sql
    .raw(
      `create trigger scenario_stamp_new after insert on scenario begin
        ${BUMP_ALL}; insert or replace into scenario_generation (scenario_id, n) values (new.id, ${NOW_ALL}); end`,
    )
    .execute(db)
  await sql
    .raw(
      `create trigger scenario_stamp_figures after update of ${FIGURE_COLUMNS.join(', ')} on scenario begin
        ${BUMP_ALL}; update scenario_generation set n = ${NOW_ALL} where scenario_id = new.id; end`,
    )
    .execute(db)
}

async function upPostgres(db: Kysely<any>): Promise<void> {
  // Statement triggers beside 0012's: the register's tables also move row 2.
  await sql`create function bump_register_generation() returns trigger language plpgsql as $$
    begin update data_generation set n = n + 1 where id = 2; return null; end $$`.execute(db)
  for (const table of REGISTER_TABLES)
    await sql`create trigger ${sql.id(`${table}_register_generation`)} after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function bump_register_generation()`.execute(db)
  // A scenario's rows: once per statement, every scenario it touched (transition tables; one trigger per event).
  await sql`create function stamp_scenario_generation() returns trigger language plpgsql as $$
    begin
      update data_generation set n = n + 1 where id = 1;
      if tg_op in ('INSERT', 'UPDATE') then
        update scenario_generation set n = (select n from data_generation where id = 1)
          where scenario_id in (select scenario_id from new_rows);
      end if;
      if tg_op in ('DELETE', 'UPDATE') then
        update scenario_generation set n = (select n from data_generation where id = 1)
          where scenario_id in (select scenario_id from old_rows);
      end if;
      return null;
    end $$`.execute(db)
  for (const table of SCENARIO_TABLES) {
    const name = (event: string) => sql.id(`${table}_scenario_generation_${event}`)
    await sql`create trigger ${name('insert')} after insert on ${sql.table(table)}
      referencing new table as new_rows for each statement execute function stamp_scenario_generation()`.execute(db)
    await sql`create trigger ${name('update')} after update on ${sql.table(table)}
      referencing old table as old_rows new table as new_rows for each statement execute function stamp_scenario_generation()`.execute(db)
    await sql`create trigger ${name('delete')} after delete on ${sql.table(table)}
      referencing old table as old_rows for each statement execute function stamp_scenario_generation()`.execute(db)
  }
  await sql`create function new_scenario_generation() returns trigger language plpgsql as $$
    begin
      update data_generation set n = n + 1 where id = 1;
      insert into scenario_generation (scenario_id, n) values (new.id, (select n from data_generation where id = 1))
        on conflict (scenario_id) do update set n = excluded.n;
      return null;
    end $$`.execute(db)
  await sql`create trigger scenario_stamp_new after insert on scenario
    for each row execute function new_scenario_generation()`.execute(db)
  await sql`create function scenario_figures_generation() returns trigger language plpgsql as $$
    begin
      update data_generation set n = n + 1 where id = 1;
      update scenario_generation set n = (select n from data_generation where id = 1) where scenario_id = new.id;
      return null;
    end $$`.execute(db)
  await sql
    .raw(
      `create trigger scenario_stamp_figures after update of ${FIGURE_COLUMNS.join(', ')} on scenario
      for each row execute function scenario_figures_generation()`,
    )
    .execute(db)
}

export async function up(db: Kysely<any>): Promise<void> {
  const start = await db.selectFrom('data_generation').select('n').where('id', '=', 1).executeTakeFirst()
  await db
    .insertInto('data_generation')
    .values({ id: 2, n: Number(start?.n ?? 1) })
    .execute()
  await db.schema
    .createTable('scenario_generation')
    .addColumn('scenario_id', 'integer', (c) => c.primaryKey().references('scenario.id').onDelete('cascade'))
    .addColumn('n', 'bigint', (c) => c.notNull())
    .execute()
  await sql`insert into scenario_generation (scenario_id, n) select id, ${Number(start?.n ?? 1)} from scenario`.execute(db)
  await db.schema.alterTable('scenario_summary_cache').addColumn('figures_version', 'text').execute()
  if (isPostgres(db)) await upPostgres(db)
  else await upSqlite(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    for (const table of REGISTER_TABLES)
      await sql`drop trigger if exists ${sql.id(`${table}_register_generation`)} on ${sql.table(table)}`.execute(db)
    for (const table of SCENARIO_TABLES)
      for (const event of ['insert', 'update', 'delete'])
        await sql`drop trigger if exists ${sql.id(`${table}_scenario_generation_${event}`)} on ${sql.table(table)}`.execute(db)
    await sql`drop trigger if exists scenario_stamp_new on scenario`.execute(db)
    await sql`drop trigger if exists scenario_stamp_figures on scenario`.execute(db)
    for (const fn of ['bump_register_generation', 'stamp_scenario_generation', 'new_scenario_generation', 'scenario_figures_generation'])
      await sql`drop function if exists ${sql.id(fn)}()`.execute(db)
  } else {
    await sql`drop trigger if exists scenario_stamp_new`.execute(db)
    await sql`drop trigger if exists scenario_stamp_figures`.execute(db)
    for (const table of [...REGISTER_TABLES, ...SCENARIO_TABLES])
      for (const event of ['insert', 'update', 'delete']) {
        await sql`drop trigger if exists ${sql.id(`${table}_generation_${event}`)}`.execute(db)
        await sql`create trigger ${sql.id(`${table}_generation_${event}`)} after ${sql.raw(event)} on ${sql.table(table)}
          begin update data_generation set n = n + 1 where id = 1; end`.execute(db)
      }
  }
  await db.schema.alterTable('scenario_summary_cache').dropColumn('figures_version').execute()
  await db.schema.dropTable('scenario_generation').execute()
  await db.deleteFrom('data_generation').where('id', '=', 2).execute()
}
