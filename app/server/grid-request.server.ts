/**
 * What a grid may ask for: offset, limit, sort model, filter model and quick search, read from the
 * URL and checked in full. A request that cannot be answered exactly is refused with 400 and the
 * reason in Danish; no part of it is dropped, so an export never returns more rows than asked for.
 */
import { z } from 'zod'
import { isAcceptedIsoDate } from '~/core/schema-fields'

/** Grid pages hold at most this many rows. */
export const MAX_GRID_LIMIT = 1000
/** Number filters beyond this (in kroner or units) cannot be meant and would leave exact integers. */
const MAX_FILTER_NUMBER = 1e13

/**
 * The answer to a request the grid cannot serve: 400 with `{ error }` in Danish. Thrown from
 * loaders (and from the query builders they call) before any row is read.
 * @example throw gridRefusal("ukendt kolonne 'constructor'")
 */
export function gridRefusal(reason: string): Response {
  return Response.json(
    { error: `Ugyldig forespørgsel til tabellen: ${reason}.` },
    { status: 400, headers: { 'Cache-Control': 'no-store' } },
  )
}

const textTypes = ['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank'] as const
const numberTypes = [
  'equals',
  'notEqual',
  'lessThan',
  'lessThanOrEqual',
  'greaterThan',
  'greaterThanOrEqual',
  'inRange',
  'blank',
  'notBlank',
] as const
const dateTypes = ['equals', 'notEqual', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank'] as const
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `skal være en af: ${values.join(', ')}` })
const number = z
  .number({ error: 'skal være et tal' })
  .refine((n) => Number.isFinite(n) && Math.abs(n) <= MAX_FILTER_NUMBER, 'er ikke et brugbart tal')

/** AG Grid writes dates as `2024-05-31 00:00:00`; only the calendar day counts, and it must exist in 1900-2200. */
const filterDate = z.string({ error: 'skal være en dato' }).transform((text, ctx) => {
  const day = text.slice(0, 10)
  const rest = text.slice(10)
  if (!isAcceptedIsoDate(day) || !/^([ T]00:00(:00(\.0+)?)?Z?)?$/.test(rest)) {
    ctx.addIssue({ code: 'custom', message: `'${text.slice(0, 40)}' er ikke en gyldig dato (ÅÅÅÅ-MM-DD, 1900-2200)` })
    return z.NEVER
  }
  return day
})

const textCondition = z.object({
  filterType: z.literal('text'),
  type: oneOf(textTypes),
  filter: z.string({ error: 'skal være tekst' }).max(200, 'må højst være 200 tegn').nullish(),
})
const numberCondition = z.object({
  filterType: z.literal('number'),
  type: oneOf(numberTypes),
  filter: number.nullish(),
  filterTo: number.nullish(),
})
const dateCondition = z.object({
  filterType: z.literal('date'),
  type: oneOf(dateTypes),
  dateFrom: filterDate.nullish(),
  dateTo: filterDate.nullish(),
})
const setCondition = z.object({
  filterType: z.literal('set'),
  values: z
    .array(z.string({ error: 'skal være tekst' }).max(50, 'må højst være 50 tegn'), { error: 'skal være en liste' })
    .min(1, 'et listefilter skal have mindst én værdi')
    .max(50, 'højst 50 værdier'),
})
const condition = z.discriminatedUnion('filterType', [textCondition, numberCondition, dateCondition, setCondition], {
  error: 'filterType skal være text, number, date eller set',
})
export type Condition = z.infer<typeof condition>
export type TextCondition = z.infer<typeof textCondition>
export type NumberCondition = z.infer<typeof numberCondition>
export type DateCondition = z.infer<typeof dateCondition>

const combined = z.object({
  filterType: z.enum(['text', 'number', 'date'], { error: 'filterType skal være text, number eller date' }),
  operator: z.enum(['AND', 'OR'], { error: "skal være 'AND' eller 'OR'" }),
  conditions: z.array(condition, { error: 'skal være en liste' }).min(1, 'mindst én betingelse').max(4, 'højst 4 betingelser'),
})
export type FilterEntry = z.infer<typeof combined> | Condition

const filterEntry = z.unknown().transform((value, ctx): FilterEntry => {
  const schema = typeof value === 'object' && value !== null && 'conditions' in value ? combined : condition
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue } as never)
  return z.NEVER
})

/**
 * The filter model by column id. Read by hand into an object without a prototype: a record schema
 * would drop a `__proto__` key silently, and no filter may be dropped.
 */
const filterModel = z.unknown().transform((value, ctx): Record<string, FilterEntry> => {
  const model = Object.create(null) as Record<string, FilterEntry>
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'skal være et objekt' })
    return z.NEVER
  }
  const entries = Object.entries(value)
  if (entries.length > 50) ctx.addIssue({ code: 'custom', message: 'højst 50 kolonner' })
  for (const [colId, raw] of entries) {
    if (colId.length > 60) ctx.addIssue({ code: 'custom', message: 'en kolonne må højst være 60 tegn' })
    const parsed = filterEntry.safeParse(raw)
    if (parsed.success) Object.defineProperty(model, colId, { value: parsed.data, enumerable: true })
    else for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: [colId, ...issue.path] } as never)
  }
  return model
})

export const gridRequestSchema = z.object({
  offset: z
    .string()
    .regex(/^\d{1,9}$/, 'skal være et helt tal på mindst 0')
    .transform(Number)
    .default(0),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, `skal være et helt tal fra 1 til ${MAX_GRID_LIMIT}`)
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_GRID_LIMIT, `skal være et helt tal fra 1 til ${MAX_GRID_LIMIT}`)
    .default(100),
  sort: z
    .array(
      z.object({
        colId: z.string({ error: 'skal være en kolonne' }).max(60, 'må højst være 60 tegn'),
        sort: z.enum(['asc', 'desc'], { error: "skal være 'asc' eller 'desc'" }),
      }),
      { error: 'skal være en liste' },
    )
    .max(5, 'højst 5 sorteringer')
    .default([]),
  filter: filterModel.default({}),
  search: z.string().max(200, 'må højst være 200 tegn').default(''),
})
export type GridRequest = z.output<typeof gridRequestSchema>

/** `['filter', 'name', 'type']` → `filter.name.type`. */
function where(path: readonly PropertyKey[]): string {
  return path.map(String).join('.')
}

/**
 * Read a grid request from URL search params (`sort` and `filter` as JSON); throws a 400
 * (gridRefusal) naming the first bad parameter.
 * @example parseGridRequest(new URL(request.url).searchParams)
 */
export function parseGridRequest(params: URLSearchParams): GridRequest {
  const json = (key: 'sort' | 'filter') => {
    const raw = params.get(key)
    if (raw === null || raw === '') return undefined
    try {
      return JSON.parse(raw) as unknown
    } catch {
      throw gridRefusal(`${key} er ikke gyldig JSON`)
    }
  }
  const optional = (key: string) => params.get(key) ?? undefined
  const parsed = gridRequestSchema.safeParse({
    offset: optional('offset'),
    limit: optional('limit'),
    sort: json('sort'),
    filter: json('filter'),
    search: optional('search'),
  })
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  throw gridRefusal(`${where(issue.path)}: ${issue.message}`)
}

/**
 * The values a condition needs beyond its type (`contains` needs text, `inRange` two ends).
 * @example missingValue({ filterType: 'number', type: 'inRange', filter: 1 }) // 'filterTo mangler'
 */
export function missingValue(c: Condition): string | null {
  if (c.filterType === 'set' || c.type === 'blank' || c.type === 'notBlank') return null
  if (c.filterType === 'text') return c.filter == null ? 'filter mangler' : null
  if (c.filterType === 'number')
    return c.filter == null ? 'filter mangler' : c.type === 'inRange' && c.filterTo == null ? 'filterTo mangler' : null
  return c.dateFrom == null ? 'dateFrom mangler' : c.type === 'inRange' && c.dateTo == null ? 'dateTo mangler' : null
}
