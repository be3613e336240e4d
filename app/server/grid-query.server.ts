/**
 * Turns an AG Grid request (offset, limit, sort model, filter model, quick search) into a paged
 * Kysely query, so a grid over 100,000 properties never loads them whole. Only whitelisted columns
 * are filterable or sortable; a request naming any other column, or filtering a column in a way
 * its kind does not allow, is refused with 400 (grid-request.server.ts) before any row is read.
 */
import { sql, type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely'
import type { DialectName } from '#db/connection'
import type { FieldDef, FieldKind } from '~/core/fields'
import { lowerText } from '#db/dialect-sql'
import { foldText, likePattern } from '#db/text'
import { perGeneration } from './data-generation.server'
import type { Db } from './db.server'
import { searchWords, wordsOf, type TextSearch } from './text-search.server'
import {
  gridRefusal,
  missingValue,
  type Condition,
  type DateCondition,
  type FilterEntry,
  type GridRequest,
  type NumberCondition,
  type TextCondition,
} from './grid-request.server'

export { gridRefusal, gridRequestSchema, parseGridRequest, MAX_GRID_LIMIT, type GridRequest } from './grid-request.server'

/** Grid columns by column id; a Map, so ids like `constructor` or `__proto__` are never found on a prototype. */
export type GridColumns = ReadonlyMap<string, GridColumn>

export type ColumnKind = 'text' | 'number' | 'money' | 'date' | 'enum'

export interface GridColumn {
  /** The SQL expression filtered on, e.g. sql.ref('property.name'). */
  ref: Expression<unknown>
  kind: ColumnKind
  /** What to sort by instead of `ref`, e.g. a Danish sort key column. */
  sortRef?: Expression<unknown>
}

// The grid's expressions are raw SQL over whitelisted columns, so no table type applies.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyEb = ExpressionBuilder<any, any>

function textExpr(eb: AnyEb, dialect: DialectName, col: GridColumn, c: TextCondition): Expression<SqlBool> {
  const value = c.filter ?? ''
  const lowered = lowerText(dialect, col.ref)
  const like = (pattern: string) => sql<SqlBool>`${lowered} like ${pattern} escape '\\'`
  const escaped = foldText(value).replace(/[\\%_]/g, (ch) => `\\${ch}`)
  switch (c.type) {
    case 'contains':
      return like(likePattern(value))
    case 'notContains':
      return sql<SqlBool>`not (${like(likePattern(value))})`
    case 'equals':
      return eb(lowered, '=', foldText(value))
    case 'notEqual':
      return eb(lowered, '<>', foldText(value))
    case 'startsWith':
      return like(`${escaped}%`)
    case 'endsWith':
      return like(`%${escaped}`)
    case 'blank':
      return eb.or([eb(col.ref, 'is', null), eb(col.ref, '=', '')])
    case 'notBlank':
      return eb.and([eb(col.ref, 'is not', null), eb(col.ref, '<>', '')])
  }
}

function numberExpr(eb: AnyEb, col: GridColumn, c: NumberCondition): Expression<SqlBool> {
  // Money columns hold øre; the user filters in kroner.
  const scale = (n: number | null | undefined) => (n == null ? 0 : col.kind === 'money' ? Math.round(n * 100) : n)
  const a = scale(c.filter)
  const ops = { equals: '=', notEqual: '<>', lessThan: '<', lessThanOrEqual: '<=', greaterThan: '>', greaterThanOrEqual: '>=' } as const
  if (c.type === 'inRange') return eb.and([eb(col.ref, '>=', a), eb(col.ref, '<=', scale(c.filterTo))])
  if (c.type === 'blank') return eb(col.ref, 'is', null)
  if (c.type === 'notBlank') return eb(col.ref, 'is not', null)
  return eb(col.ref, ops[c.type], a)
}

function dateExpr(eb: AnyEb, col: GridColumn, c: DateCondition): Expression<SqlBool> {
  const from = c.dateFrom ?? ''
  const to = c.dateTo ?? ''
  switch (c.type) {
    case 'equals':
      return eb(col.ref, '=', from)
    case 'notEqual':
      return eb(col.ref, '<>', from)
    case 'lessThan':
      return eb(col.ref, '<', from)
    case 'greaterThan':
      return eb(col.ref, '>', from)
    case 'inRange':
      return eb.and([eb(col.ref, '>=', from), eb(col.ref, '<=', to)])
    case 'blank':
      return eb(col.ref, 'is', null)
    case 'notBlank':
      return eb(col.ref, 'is not', null)
  }
}

/** Which filter types each column kind takes. */
const ACCEPTS: Record<ColumnKind, ReadonlySet<Condition['filterType']>> = {
  text: new Set(['text']),
  enum: new Set(['text', 'set']),
  number: new Set(['number']),
  money: new Set(['number']),
  date: new Set(['date']),
}
const FILTER_WORD: Record<Condition['filterType'], string> = { text: 'tekst', number: 'tal', date: 'dato', set: 'liste' }

/** The column a request names, or a 400; a Map lookup, so `constructor` or `__proto__` are never found. */
function columnOf(columns: GridColumns, colId: string): GridColumn {
  const col = columns.get(colId)
  if (!col) throw gridRefusal(`ukendt kolonne '${colId.slice(0, 60)}'`)
  return col
}

function checkedCondition(colId: string, col: GridColumn, c: Condition): Condition {
  if (!ACCEPTS[col.kind].has(c.filterType)) throw gridRefusal(`kolonnen '${colId}' kan ikke filtreres som ${FILTER_WORD[c.filterType]}`)
  const missing = missingValue(c)
  if (missing) throw gridRefusal(`filter.${colId}: ${missing}`)
  return c
}

/**
 * Check every filter and sort of a request against the grid's columns; throws a 400 naming the
 * first problem. @example checkGridRequest(req, propertyColumns)
 */
export function checkGridRequest(req: GridRequest, columns: GridColumns): void {
  for (const [colId, entry] of Object.entries(req.filter)) {
    const col = columnOf(columns, colId)
    if (!('conditions' in entry)) checkedCondition(colId, col, entry)
    else
      for (const c of entry.conditions) {
        if (c.filterType !== entry.filterType) throw gridRefusal(`filter.${colId}: betingelserne skal have samme filterType`)
        checkedCondition(colId, col, c)
      }
  }
  for (const s of req.sort) columnOf(columns, s.colId)
}

/** Codes kept by a set filter; the empty code stands for no code (a filter's "Intet mærke"). */
function setExpr(eb: AnyEb, col: GridColumn, values: string[]): Expression<SqlBool> {
  const codes = values.filter((v) => v !== '')
  if (codes.length === values.length) return eb(col.ref, 'in', codes)
  const blank = eb.or([eb(col.ref, 'is', null), eb(col.ref, '=', '')])
  return codes.length ? eb.or([eb(col.ref, 'in', codes), blank]) : blank
}

function conditionExpr(eb: AnyEb, dialect: DialectName, col: GridColumn, c: Condition): Expression<SqlBool> {
  switch (c.filterType) {
    case 'set':
      return setExpr(eb, col, c.values)
    case 'text':
      return textExpr(eb, dialect, col, c)
    case 'number':
      return numberExpr(eb, col, c)
    case 'date':
      return dateExpr(eb, col, c)
  }
}

function entryExpr(eb: AnyEb, dialect: DialectName, col: GridColumn, entry: FilterEntry): Expression<SqlBool> {
  if (!('conditions' in entry)) return conditionExpr(eb, dialect, col, entry)
  const parts = entry.conditions.map((c) => conditionExpr(eb, dialect, col, c))
  return entry.operator === 'AND' ? eb.and(parts) : eb.or(parts)
}

/**
 * Apply the request's filters and quick search to a query (not the sort, not the paging); `search`
 * is the quick search's text (text-search.server.ts), found for the request's words.
 * @example applyGrid(db.selectFrom('property').selectAll(), req, columns, 'sqlite', await textSearch(db, 'property', wordsOf(req.search)))
 */
export function applyGrid<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  req: GridRequest,
  columns: GridColumns,
  dialect: DialectName,
  search: TextSearch,
): SelectQueryBuilder<DB, TB, O> {
  checkGridRequest(req, columns)
  let q = query
  for (const [colId, entry] of Object.entries(req.filter)) {
    const col = columns.get(colId)!
    q = q.where((eb) => entryExpr(eb as unknown as AnyEb, dialect, col, entry) as never)
  }
  for (const condition of searchWords(search, wordsOf(req.search))) q = q.where(condition as never)
  return q
}

/**
 * The ORDER BY for a request, always ending in the id so pages are stable.
 * @example applySort(filtered.selectAll('property'), req, propertyColumns, sql.ref('property.id'), sql.ref('property.sort_key'))
 */
export function applySort<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  req: GridRequest,
  columns: GridColumns,
  idRef: Expression<unknown>,
  fallback: Expression<unknown>,
): SelectQueryBuilder<DB, TB, O> {
  checkGridRequest(req, columns)
  let q = query
  if (!req.sort.length) q = q.orderBy(fallback as never, 'asc')
  for (const s of req.sort) {
    const col = columns.get(s.colId)!
    q = q.orderBy((col.sortRef ?? col.ref) as never, s.sort)
  }
  return q.orderBy(idRef as never, 'asc')
}

/**
 * One page of a sorted query and the total matching the filters. The page's ids are found first
 * (sorting ids only), then its rows are read by id: a deep page of a sort no index serves (a money
 * column under a status filter, offset 99,900 of 100,000 properties) took 0.6 s when the database
 * sorted whole rows to skip them, 0.1 s this way. Same rows, same order.
 * @example gridPage(req, () => sortedRows(db, req), () => filtered(db, req).select(countAll).executeTakeFirstOrThrow(), 'property.id')
 */
export async function gridPage<R extends { id: number }>(
  req: GridRequest,
  sorted: () => SortedSelect<R>,
  count: () => Promise<{ n: unknown }>,
  idColumn: string,
): Promise<{ rows: R[]; total: number }> {
  const [ids, total] = await Promise.all([sortedIds(sorted, idColumn).limit(req.limit).offset(req.offset).execute(), count()])
  return {
    rows: await rowsInOrder(
      sorted,
      idColumn,
      ids.map((r) => Number(r.rowId)),
    ),
    total: Number(total.n),
  }
}

/**
 * A grid request's count, kept per data generation when the request filters and searches nothing:
 * the first view of every list asks for it, and counting 100,000 rows takes PostgreSQL about 15 ms
 * and 135,000 units with their headcount SQLite about as long. `key` names the grid; the counted
 * value is shared, treat it as read-only.
 * @example gridCount(db, req, 'property', () => filtered(db, req).select(countAll).executeTakeFirstOrThrow())
 */
export function gridCount<C extends { n: unknown }>(db: Db, req: GridRequest, key: string, count: () => Promise<C>): Promise<C> {
  if (req.search.trim() !== '' || Object.keys(req.filter).length > 0) return count()
  return unfilteredCount(db, key, count) as Promise<C>
}

// The grids are the register's (properties, leases, units): editing a scenario keeps their counts.
const unfilteredCount = perGeneration(
  (_db: Db, _key: string, count: () => Promise<{ n: unknown }>) => count(),
  (key) => key,
  8,
  'register',
)

/** The sorted query selecting only the rows' ids (as `rowId`). */
function sortedIds<R>(sorted: () => SortedSelect<R>, idColumn: string) {
  return sorted()
    .clearSelect()
    .select(sql<number>`${sql.ref(idColumn)}`.as('rowId'))
}

/** The rows of these ids in this order; one deleted since the ids were read is left out. */
async function rowsInOrder<R extends { id: number }>(sorted: () => SortedSelect<R>, idColumn: string, ids: number[]): Promise<R[]> {
  if (!ids.length) return []
  const rows = await sorted().where(sql.ref(idColumn), 'in', ids).execute()
  const byId = new Map(rows.map((r) => [Number(r.id), r]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** A sorted select whose rows carry their id (any Kysely select builder over the grid's tables). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SortedSelect<R> = SelectQueryBuilder<any, any, R>

/**
 * Rows per export batch. Measured on 100,000 properties: 2,000-row batches grew the server's
 * memory by about 150 MB while a CSV was written (the garbage of a batch outlives a scavenge), 500
 * by about 45 MB, at the same speed.
 */
export const EXPORT_BATCH = 500

/**
 * Every row of a sorted query in batches, for exports that must not hold a whole register in
 * memory. The sorted ids are read first in one query (8 bytes a row, kept in a typed array), then
 * the rows a batch at a time by id, so the grid's order (any sort the user chose, which an id
 * keyset cannot follow) costs one sort, the time stays linear in the rows (OFFSET paging re-reads
 * every earlier page, a keyset over an unindexed sort re-sorts for every batch) and the database
 * connection is free between batches, and other requests are served between two batches. A generator: the next batch is read only when the
 * consumer asks (the response streams pull it when the client has taken the previous one).
 * @example for await (const rows of gridBatches(() => sorted(db, req), 'property.id')) write(rows)
 */
export async function* gridBatches<R extends { id: number }>(
  sorted: () => SortedSelect<R>,
  idColumn: string,
  batch = EXPORT_BATCH,
): AsyncGenerator<R[]> {
  const ids = Float64Array.from(await sortedIds(sorted, idColumn).execute(), (r) => Number(r.rowId))
  for (let i = 0; i < ids.length; i += batch) {
    // Let other requests in between two batches: better-sqlite3 reads synchronously, and a fast
    // client pulls the next batch at once, so without this a 100,000-row export held the server
    // for its whole 4 seconds.
    if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve))
    const ordered = await rowsInOrder(sorted, idColumn, Array.from(ids.subarray(i, i + batch)))
    if (ordered.length) yield ordered
  }
}

const GRID_KIND: Record<FieldKind, ColumnKind | null> = {
  text: 'text',
  longtext: null,
  integer: 'number',
  decimal: 'number',
  money: 'money',
  date: 'date',
  enum: 'enum',
  flag: 'enum',
}

/** snake_case of a camelCase key: the column naming Kysely's CamelCasePlugin maps to. */
const snake = (key: string) => key.replace(/[A-Z0-9]+/g, (m) => `_${m.toLowerCase()}`)

/**
 * The whitelist of filterable and sortable grid columns, from an entity's field registry.
 * @example const propertyColumns = gridColumnsFromFields('property', propertyFields)
 */
export function gridColumnsFromFields(table: string, fields: readonly FieldDef<never>[]): Map<string, GridColumn> {
  const columns = new Map<string, GridColumn>()
  for (const f of fields) {
    const kind = GRID_KIND[f.kind]
    if (f.grid === false || !kind) continue
    columns.set(f.key, {
      ref: sql.ref(`${table}.${f.column ?? snake(f.key)}`),
      kind,
      sortRef: f.sortColumn ? sql.ref(`${table}.${f.sortColumn}`) : undefined,
    })
  }
  return columns
}
