/**
 * The units grid's quick search reads one stored, folded text per unit: its name, its parent's
 * name and its contact person (`unit.search_text`). Before, the search joined every unit to its
 * parent and folded the three in the query: on PostgreSQL 375 ms over 135,000 units, where no
 * index could serve the expression. The database keeps the column itself (triggers on both
 * dialects), so no writer can forget it: on insert, on a change of the name, parent or contact, and
 * for the children when a unit is renamed. PostgreSQL also gets a trigram index on it where pg_trgm
 * exists (0018_search_index.ts). SQLite folds with kk_lower, which every app connection registers.
 */
import { sql, type Kysely } from 'kysely'
import { isPostgres } from './helpers'

const PG_FOLD = (text: string) => `lower(translate(${text}, 'ÆØÅÄÖÜÉ', 'æøåäöüé'))`

async function upSqlite(db: Kysely<any>): Promise<void> {
  const own = (row: string) =>
    `kk_lower(${row}.name || ' ' || coalesce((select p.name from unit p where p.id = ${row}.parent_id), '') || ' ' || ${row}.contact_person)`
  await sql.raw(`update unit set search_text = ${own('unit')}`).execute(db)
  await sql
    .raw(
      `create trigger unit_search_insert after insert on unit for each row begin
      update unit set search_text = ${own('new')} where id = new.id;
    end`,
    )
    .execute(db)
  await sql
    .raw(
      `create trigger unit_search_update after update of name, parent_id, contact_person on unit for each row begin
      update unit set search_text = ${own('new')} where id = new.id;
      update unit set search_text = kk_lower(unit.name || ' ' || new.name || ' ' || unit.contact_person) where parent_id = new.id;
    end`,
    )
    .execute(db)
}

async function upPostgres(db: Kysely<any>): Promise<void> {
  const own = `${PG_FOLD(`new.name || ' ' || coalesce((select p.name from unit p where p.id = new.parent_id), '') || ' ' || new.contact_person`)}`
  await sql
    .raw(
      `update unit set search_text = ${PG_FOLD(`unit.name || ' ' || coalesce((select p.name from unit p where p.id = unit.parent_id), '') || ' ' || unit.contact_person`)}`,
    )
    .execute(db)
  await sql
    .raw(
      `create function unit_search_text() returns trigger language plpgsql as $$
      begin new.search_text := ${own}; return new; end $$`,
    )
    .execute(db)
  await sql
    .raw(
      `create trigger unit_search_set before insert or update of name, parent_id, contact_person on unit
      for each row execute function unit_search_text()`,
    )
    .execute(db)
  await sql
    .raw(
      `create function unit_search_text_children() returns trigger language plpgsql as $$
      begin
        update unit set search_text = ${PG_FOLD(`unit.name || ' ' || new.name || ' ' || unit.contact_person`)} where parent_id = new.id;
        return null;
      end $$`,
    )
    .execute(db)
  await sql
    .raw(
      `create trigger unit_search_children after update of name on unit
      for each row when (old.name is distinct from new.name) execute function unit_search_text_children()`,
    )
    .execute(db)
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_extension where extname = 'pg_trgm'`.execute(db)
  if (Number(rows[0]?.n) > 0) await sql`create index unit_search_text_trgm_idx on unit using gin (search_text gin_trgm_ops)`.execute(db)
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('unit')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await (isPostgres(db) ? upPostgres(db) : upSqlite(db))
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop index if exists unit_search_text_trgm_idx`.execute(db)
    await sql`drop trigger if exists unit_search_children on unit`.execute(db)
    await sql`drop trigger if exists unit_search_set on unit`.execute(db)
    await sql`drop function if exists unit_search_text_children()`.execute(db)
    await sql`drop function if exists unit_search_text()`.execute(db)
  } else {
    await sql`drop trigger if exists unit_search_update`.execute(db)
    await sql`drop trigger if exists unit_search_insert`.execute(db)
  }
  await db.schema.alterTable('unit').dropColumn('search_text').execute()
}
