/**
 * The one place that turns typed words into search conditions. Every word must occur in the
 * searched text (`like '%word%'`, folded the Danish way, `%`, `_` and `\` escaped). Where the text
 * has a trigram index (db/migrations/0018_search_index.ts) it finds the rows first, so a search over
 * 100,000 properties reads the few rows holding the words instead of every row. The LIKE stays the
 * rule: the index only ever finds more rows than it, never fewer, so the answer is the same with
 * or without it.
 *
 * PostgreSQL's pg_trgm index serves the LIKE by itself. On SQLite the FTS5 index is asked first
 * for at most INDEX_ROWS ids: fewer means the words are rare and the query reads just those rows
 * by id; as many means they are common, and the query reads the table as it did before the index
 * (a page in sort order finds common words at once).
 */
import { sql, type Expression, type SqlBool } from 'kysely'
import { dialectOfDb, lowerText } from '#db/dialect-sql'
import { foldText, likePattern } from '#db/text'
import type { Db } from './db.server'

/** The tables whose searched text has a trigram index. */
export type IndexedTable = 'property' | 'lease' | 'unit'

export interface TextSearch {
  /** The folded text each word must occur in, e.g. sql.ref('property.search_text'). */
  text: Expression<unknown>
  /** The only rows that can match, as the trigram index found them: their id column and ids (a JSON array). */
  among?: { id: Expression<unknown>; ids: string }
}

/**
 * Ids read from the index at most. Measured at 100,000 properties: "kontorhus vejle" (3,704
 * properties) reads its page and total by id in about 40 ms instead of 190 ms through every row;
 * "vejen" (in every address) would hand over 100,000 ids to sort, where the sort order's index
 * finds a picker's 20 rows in a millisecond.
 */
export const INDEX_ROWS = 5000

/** The FTS5 query asking for every word of three or more characters (the shortest a trigram index can look up), or null. */
function trigramQuery(words: readonly string[]): string | null {
  const indexable = words.map(foldText).filter((w) => [...w].length >= 3 && ![...w].some((c) => c < ' '))
  if (indexable.length === 0) return null
  return [...new Set(indexable)].map((w) => `"${w.replace(/"/g, '""')}"`).join(' ')
}

/**
 * How to search a table for the words: its searched text (the stored `search_text` of properties
 * and leases, the name folded in the query of units) and, on SQLite when the words are rare, the
 * ids its trigram index holds them in. The ids are read just before the query using them: a row
 * written between the two reads is missed by that one search, as a grid's page and its total (two
 * reads) may already differ by such a row.
 * @example const search = await textSearch(db, 'property', ['kontorhus', 'vejle'])
 */
export async function textSearch(db: Db, table: IndexedTable, words: readonly string[]): Promise<TextSearch> {
  const dialect = dialectOfDb(db)
  const text = table === 'unit' ? lowerText(dialect, sql.ref('unit.name')) : sql.ref(`${table}.search_text`)
  const query = trigramQuery(words)
  if (dialect === 'postgres' || query === null) return { text }
  const fts = sql.table(`${table}_fts`)
  // The ids as one JSON array, handed back as it is: no row objects for thousands of ids.
  const { rows } = await sql<{ n: number; ids: string }>`select count(*) as n, json_group_array(rowid) as ids
    from (select rowid from ${fts} where ${fts} match ${query} limit ${INDEX_ROWS})`.execute(db)
  const found = rows[0]!
  if (Number(found.n) >= INDEX_ROWS) return { text }
  return { text, among: { id: sql.ref(`${table}.id`), ids: found.ids } }
}

/**
 * One condition per word, all of which must hold, and the index's ids when it found them.
 * @example for (const c of searchWords(await textSearch(db, 'property', words), words)) q = q.where(c)
 */
export function searchWords(search: TextSearch, words: readonly string[]): Expression<SqlBool>[] {
  const conditions = words.map((w) => sql<SqlBool>`${search.text} like ${likePattern(w)} escape '\\'`)
  if (!search.among || words.length === 0) return conditions
  const { id, ids } = search.among
  // One parameter however many ids: SQLite reads them with json_each and looks each row up by id.
  return [sql<SqlBool>`${id} in (select value from json_each(${ids}))`, ...conditions]
}

/**
 * Split what was typed into the words searched for.
 * @example wordsOf(' kontorhus  vejle ') // ['kontorhus', 'vejle']
 */
export function wordsOf(typed: string): string[] {
  return typed.split(/\s+/).filter(Boolean)
}
