/**
 * Turns an AG Grid request (offset, limit, sort model, filter model, quick search) into a paged
 * Kysely query, so a grid over 100,000 properties never loads them whole. Only whitelisted columns
 * are filterable or sortable; unknown ones are ignored rather than trusted.
 */
import { sql, type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely'
import { z } from 'zod'
import type { DialectName } from '#db/connection'
import type { FieldDef, FieldKind } from '~/core/fields'
import { lowerText } from '#db/dialect-sql'
import { foldText, likePattern } from '#db/text'

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

const textCondition = z.object({
  filterType: z.literal('text'),
  type: z.enum(['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank']),
  filter: z.string().max(200).nullish(),
})
const numberCondition = z.object({
  filterType: z.literal('number'),
  type: z.enum(['equals', 'notEqual', 'lessThan', 'lessThanOrEqual', 'greaterThan', 'greaterThanOrEqual', 'inRange', 'blank', 'notBlank']),
  filter: z.number().finite().nullish(),
  filterTo: z.number().finite().nullish(),
})
const dateCondition = z.object({
  filterType: z.literal('date'),
  type: z.enum(['equals', 'notEqual', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank']),
  dateFrom: z.string().nullish(),
  dateTo: z.string().nullish(),
})
const setCondition = z.object({ filterType: z.literal('set'), values: z.array(z.string().max(50)).max(50) })
const condition = z.discriminatedUnion('filterType', [textCondition, numberCondition, dateCondition, setCondition])
type Condition = z.infer<typeof condition>
const combined = z.object({
  filterType: z.enum(['text', 'number', 'date']),
  operator: z.enum(['AND', 'OR']),
  conditions: z.array(condition).max(4),
})
const filterEntry = z.union([combined, condition])

export const gridRequestSchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  sort: z
    .array(z.object({ colId: z.string().max(60), sort: z.enum(['asc', 'desc']) }))
    .max(5)
    .default([]),
  filter: z.record(z.string().max(60), filterEntry).default({}),
  search: z.string().max(200).default(''),
})
export type GridRequest = z.infer<typeof gridRequestSchema>

/**
 * Read a grid request from URL search params (`sort` and `filter` as JSON).
 * @example parseGridRequest(new URL(request.url).searchParams)
 */
export function parseGridRequest(params: URLSearchParams): GridRequest {
  const json = (key: string) => {
    const raw = params.get(key)
    if (!raw) return undefined
    try {
      return JSON.parse(raw)
    } catch {
      return undefined
    }
  }
  const parsed = gridRequestSchema.safeParse({
    offset: params.get('offset') ?? undefined,
    limit: params.get('limit') ?? undefined,
    sort: json('sort'),
    filter: json('filter'),
    search: params.get('search') ?? undefined,
  })
  return parsed.success ? parsed.data : gridRequestSchema.parse({})
}

// The grid's expressions are raw SQL over whitelisted columns, so no table type applies.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyEb = ExpressionBuilder<any, any>

function textExpr(eb: AnyEb, dialect: DialectName, col: GridColumn, c: z.infer<typeof textCondition>): Expression<SqlBool> {
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

function numberExpr(eb: AnyEb, col: GridColumn, c: z.infer<typeof numberCondition>): Expression<SqlBool> {
  // Money columns hold øre; the user filters in kroner.
  const scale = (n: number | null | undefined) => (n == null ? 0 : col.kind === 'money' ? Math.round(n * 100) : n)
  const a = scale(c.filter)
  const ops = { equals: '=', notEqual: '<>', lessThan: '<', lessThanOrEqual: '<=', greaterThan: '>', greaterThanOrEqual: '>=' } as const
  if (c.type === 'inRange') return eb.and([eb(col.ref, '>=', a), eb(col.ref, '<=', scale(c.filterTo))])
  if (c.type === 'blank') return eb(col.ref, 'is', null)
  if (c.type === 'notBlank') return eb(col.ref, 'is not', null)
  return eb(col.ref, ops[c.type], a)
}

function dateExpr(eb: AnyEb, col: GridColumn, c: z.infer<typeof dateCondition>): Expression<SqlBool> {
  const from = (c.dateFrom ?? '').slice(0, 10)
  const to = (c.dateTo ?? '').slice(0, 10)
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

function conditionExpr(eb: AnyEb, dialect: DialectName, col: GridColumn, c: Condition): Expression<SqlBool> | null {
  if (c.filterType === 'set') return c.values.length ? eb(col.ref, 'in', c.values) : (eb.val(false) as never)
  if (c.filterType === 'text' && (col.kind === 'text' || col.kind === 'enum')) return textExpr(eb, dialect, col, c)
  if (c.filterType === 'number' && (col.kind === 'number' || col.kind === 'money')) return numberExpr(eb, col, c)
  if (c.filterType === 'date' && col.kind === 'date') return dateExpr(eb, col, c)
  return null
}

/**
 * Apply the request's filters, quick search and sort to a query (not the paging).
 * @example applyGrid(db.selectFrom('property').selectAll(), req, columns, 'sqlite', sql.ref('property.search_text'))
 */
export function applyGrid<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  req: GridRequest,
  columns: GridColumns,
  dialect: DialectName,
  searchRef: Expression<unknown>,
): SelectQueryBuilder<DB, TB, O> {
  let q = query
  for (const [colId, entry] of Object.entries(req.filter)) {
    const col = columns.get(colId)
    if (!col) continue
    q = q.where((eb) => {
      const anyEb = eb as unknown as AnyEb
      if ('conditions' in entry) {
        const parts = entry.conditions.map((c) => conditionExpr(anyEb, dialect, col, c)).filter((p) => p !== null)
        if (!parts.length) return anyEb.val(true) as never
        return (entry.operator === 'AND' ? anyEb.and(parts) : anyEb.or(parts)) as never
      }
      return (conditionExpr(anyEb, dialect, col, entry) ?? anyEb.val(true)) as never
    })
  }
  for (const word of req.search.split(/\s+/).filter(Boolean)) {
    q = q.where(sql<SqlBool>`${searchRef} like ${likePattern(word)} escape '\\'`)
  }
  return q
}

/** The ORDER BY for a request, always ending in the id so pages are stable. */
export function applySort<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  req: GridRequest,
  columns: GridColumns,
  idRef: Expression<unknown>,
  fallback: Expression<unknown>,
): SelectQueryBuilder<DB, TB, O> {
  let q = query
  const known = req.sort.filter((s) => columns.has(s.colId))
  if (!known.length) q = q.orderBy(fallback as never, 'asc')
  for (const s of known) {
    const col = columns.get(s.colId)!
    q = q.orderBy((col.sortRef ?? col.ref) as never, s.sort)
  }
  return q.orderBy(idRef as never, 'asc')
}

/** A sorted query that can still be paged (any Kysely select builder). */
interface Pageable<R> {
  limit(n: number): { offset(n: number): { execute(): Promise<R[]> } }
}

/**
 * One page of a sorted query and the total matching the filters.
 * @example gridPage(req, () => sortedRows(db, req), () => filtered(db, req).select(countAll).executeTakeFirstOrThrow())
 */
export async function gridPage<R>(
  req: GridRequest,
  sorted: () => Pageable<R>,
  count: () => Promise<{ n: unknown }>,
): Promise<{ rows: R[]; total: number }> {
  const [rows, total] = await Promise.all([sorted().limit(req.limit).offset(req.offset).execute(), count()])
  return { rows, total: Number(total.n) }
}

/** Every row of a sorted query in batches, for exports that must not hold a whole register in memory. */
export async function* gridBatches<R>(sorted: () => Pageable<R>, batch = 2000): AsyncGenerator<R[]> {
  for (let offset = 0; ; offset += batch) {
    const rows = await sorted().limit(batch).offset(offset).execute()
    if (rows.length) yield rows
    if (rows.length < batch) return
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
