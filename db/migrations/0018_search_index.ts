/**
 * National scale, quick search: a trigram index for the substring searches (`like '%word%'`) of
 * the register, so a search reads the rows holding the word instead of every row.
 *
 * - SQLite: an FTS5 table with the trigram tokenizer per searched table, its content read from the
 *   table itself (external content) and kept up to date by triggers: `property_fts` and
 *   `lease_fts` over the folded `search_text`, `unit_fts` over the unit's folded name. Searches
 *   ask it for the ids holding every word of three or more characters
 *   (app/server/text-search.server.ts).
 * - PostgreSQL: pg_trgm's GIN index on the same text, which the plain LIKE uses by itself. Where
 *   the extension cannot be created (not installed, or the user may not create it) the migration
 *   still succeeds without the indexes and searches read every row as before (README,
 *   "PostgreSQL").
 */
import { sql, type Kysely } from 'kysely'
import { isPostgres } from './helpers'

/** The tables whose folded `search_text` is indexed; the unit searches fold the name in the query. */
const WITH_SEARCH_TEXT = ['property', 'lease'] as const

async function upSqlite(db: Kysely<any>): Promise<void> {
  for (const table of WITH_SEARCH_TEXT) {
    const fts = sql.table(`${table}_fts`)
    const remove = sql`insert into ${fts} (${fts}, rowid, search_text) values ('delete', old.id, old.search_text)`
    const add = sql`insert into ${fts} (rowid, search_text) values (new.id, new.search_text)`
    await sql`create virtual table ${fts} using fts5(search_text, content=${sql.lit(table)}, content_rowid='id', tokenize='trigram')`.execute(
      db,
    )
    await trigger(db, table, 'insert', add)
    await trigger(db, table, 'delete', remove)
    await trigger(db, table, 'update of search_text', sql`${remove}; ${add}`)
    // Index the rows already there: one pass over the table, about a second at 100,000 properties.
    await sql`insert into ${fts} (${fts}) values ('rebuild')`.execute(db)
  }
  // Units have no stored folded text: the index holds kk_lower(name), the very text the unit
  // searches match (db/connection.ts registers kk_lower on every connection of the app). Without
  // a content table to read old values from, rows are removed by id (contentless_delete).
  await sql`create virtual table unit_fts using fts5(search_text, content='', contentless_delete=1, tokenize='trigram')`.execute(db)
  const add = sql`insert into unit_fts (rowid, search_text) values (new.id, kk_lower(new.name))`
  const remove = sql`delete from unit_fts where rowid = old.id`
  await trigger(db, 'unit', 'insert', add)
  await trigger(db, 'unit', 'delete', remove)
  await trigger(db, 'unit', 'update of name', sql`${remove}; ${add}`)
  await sql`insert into unit_fts (rowid, search_text) select id, kk_lower(name) from unit`.execute(db)
}

/** A trigger `<table>_fts_<event's first word>` running `body` after each row's event. */
async function trigger(db: Kysely<any>, table: string, event: string, body: ReturnType<typeof sql>): Promise<void> {
  const name = sql.id(`${table}_fts_${event.split(' ')[0]}`)
  await sql`create trigger ${name} after ${sql.raw(event)} on ${sql.table(table)} for each row begin ${body}; end`.execute(db)
}

/** Whether pg_trgm could be created (or already was); a refusal leaves the migration's transaction usable. */
async function createTrigramExtension(db: Kysely<any>): Promise<boolean> {
  await sql`savepoint pg_trgm_attempt`.execute(db)
  try {
    await sql`create extension if not exists pg_trgm`.execute(db)
    await sql`release savepoint pg_trgm_attempt`.execute(db)
    return true
  } catch {
    await sql`rollback to savepoint pg_trgm_attempt`.execute(db)
    return false
  }
}

async function upPostgres(db: Kysely<any>): Promise<void> {
  if (!(await createTrigramExtension(db))) return
  for (const table of WITH_SEARCH_TEXT) {
    await sql`create index ${sql.id(`${table}_search_trgm_idx`)} on ${sql.table(table)} using gin (search_text gin_trgm_ops)`.execute(db)
  }
  // The expression the unit searches match (db/dialect-sql.ts's lowerText), so the planner sees it.
  await sql`create index unit_search_trgm_idx on unit using gin ((lower(translate(name, 'ÆØÅÄÖÜÉ', 'æøåäöüé'))) gin_trgm_ops)`.execute(db)
}

export async function up(db: Kysely<any>): Promise<void> {
  await (isPostgres(db) ? upPostgres(db) : upSqlite(db))
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [...WITH_SEARCH_TEXT, 'unit']) {
    if (isPostgres(db)) {
      await sql`drop index if exists ${sql.id(`${table}_search_trgm_idx`)}`.execute(db)
      continue
    }
    for (const event of ['insert', 'delete', 'update']) await sql`drop trigger if exists ${sql.id(`${table}_fts_${event}`)}`.execute(db)
    await sql`drop table if exists ${sql.table(`${table}_fts`)}`.execute(db)
  }
}
