/**
 * Compact row objects. better-sqlite3 builds each row by adding its columns one at a time, and so
 * did Kysely's CamelCasePlugin when it renamed them: past a dozen or so columns V8 then keeps the
 * object as a hash table (a "dictionary-mode" object). A 23-column measure took about 1.8 KB that
 * way, so reading a national scenario's 20,000 measures and the register behind it allocated some
 * 270 MB and kept about 80 MB. Here every result's rows are built by one small compiled constructor
 * per set of columns, which sets the columns in order and which V8 lays out as a fixed shape (about
 * 0.2 KB for the same measure). The values and their order are exactly what they were.
 */
import type BetterSqlite3 from 'better-sqlite3'
import {
  CamelCasePlugin,
  type PluginTransformResultArgs,
  type QueryResult,
  type SqliteDatabase,
  type SqliteStatement,
  type UnknownRow,
} from 'kysely'

type Maker = (values: unknown[] | UnknownRow, nested: (value: unknown) => unknown) => UnknownRow

const MAX_SHAPES = 2000

/**
 * Results whose rows already carry the names CompactCamelCasePlugin would give them (SQLite through
 * compactSqlite with the plugin's renaming): it passes them on as they are.
 */
const named = new WeakSet<unknown[]>()

/**
 * A function that builds `{ [names[i]]: values[sources[i]] }`: a constructor that sets the columns
 * in order, whose objects are ordinary ones (Object.prototype, as a literal's). Undefined when a
 * name would not be an ordinary own property (`__proto__`).
 */
function compile(names: readonly string[], sources: readonly string[], nestObjects: boolean): Maker | undefined {
  if (names.includes('__proto__')) return undefined
  const value = (source: string) => (nestObjects ? `n(v[${source}])` : `v[${source}]`)
  const target = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? `this.${name}` : `this[${JSON.stringify(name)}]`)
  const body = names.map((name, i) => `${target(name)} = ${value(sources[i]!)};`).join('\n')
  // Built from column names only: identifiers as they are, anything else quoted by JSON.stringify.
  const Row = new Function('v', 'n', body) as unknown as new (v: unknown, n: unknown) => UnknownRow
  Row.prototype = Object.prototype
  return (v, n) => new Row(v, n)
}

function cached(cache: Map<string, Maker>, key: string, build: () => Maker | undefined): Maker | undefined {
  const hit = cache.get(key)
  if (hit) return hit
  const made = build()
  if (made && cache.size < MAX_SHAPES) cache.set(key, made)
  return made
}

/** The maker of rows from better-sqlite3's raw arrays of these columns, under these names. */
function arrayMaker(shapes: Map<string, Maker>, columns: readonly string[], names: readonly string[]): Maker | undefined {
  return cached(shapes, columns.join('\u0000'), () =>
    compile(
      names,
      columns.map((_, i) => String(i)),
      false,
    ),
  )
}

/** As better-sqlite3 builds a row: each column an own property, a later one of the same name winning. */
function plainRows(columns: readonly string[], arrays: unknown[][]): UnknownRow[] {
  return arrays.map((values) => {
    const row: UnknownRow = {}
    columns.forEach((name, i) =>
      Object.defineProperty(row, name, { value: values[i], enumerable: true, writable: true, configurable: true }),
    )
    return row
  })
}

const identity = (value: unknown) => value

/** A statement whose rows come as raw arrays and are built into compact objects. */
class CompactStatement implements SqliteStatement {
  readonly reader: boolean
  #columns: string[] | null = null
  #names: string[] | null = null

  constructor(
    private readonly statement: BetterSqlite3.Statement,
    private readonly shapes: { named: Map<string, Maker>; plain: Map<string, Maker> },
    private readonly rename: ((column: string) => string) | undefined,
  ) {
    this.reader = statement.reader
  }

  #columnNames(): string[] {
    return (this.#columns ??= this.statement.columns().map((c) => c.name))
  }

  all(parameters: ReadonlyArray<unknown>): unknown[] {
    if (!this.reader) return this.statement.all(parameters)
    const columns = this.#columnNames()
    const arrays = this.statement.raw(true).all(parameters) as unknown[][]
    const renamed = this.rename && arrayMaker(this.shapes.named, columns, (this.#names ??= columns.map(this.rename)))
    if (renamed) {
      const rows = arrays.map((values) => renamed(values, identity))
      named.add(rows)
      return rows
    }
    const make = arrayMaker(this.shapes.plain, columns, columns)
    return make ? arrays.map((values) => make(values, identity)) : plainRows(columns, arrays)
  }

  run(parameters: ReadonlyArray<unknown>): { changes: number | bigint; lastInsertRowid: number | bigint } {
    return this.statement.run(parameters)
  }

  /** Streamed rows keep their columns' names (Kysely hands each on in an array of its own, which the plugin renames). */
  *iterate(parameters: ReadonlyArray<unknown>): IterableIterator<unknown> {
    if (!this.reader) return yield* this.statement.iterate(parameters)
    const columns = this.#columnNames()
    const make = arrayMaker(this.shapes.plain, columns, columns)
    for (const values of this.statement.raw(true).iterate(parameters))
      yield make ? make(values as unknown[], identity) : plainRows(columns, [values as unknown[]])[0]
  }
}

/**
 * better-sqlite3 as Kysely's SQLite driver sees it, with compact rows. Given CompactCamelCasePlugin's
 * renaming (`plugin.nameOf`), rows are built under their final names at once, and the plugin
 * passes them on: one object a row instead of two.
 * @example new SqliteDriver({ database: compactSqlite(new SQLite(file), (c) => plugin.nameOf(c)) })
 */
export function compactSqlite(database: BetterSqlite3.Database, rename?: (column: string) => string): SqliteDatabase {
  const shapes = { named: new Map<string, Maker>(), plain: new Map<string, Maker>() }
  return {
    prepare: (sql: string) => new CompactStatement(database.prepare(sql), shapes, rename),
    close: () => void database.close(),
  }
}

/**
 * Kysely's CamelCasePlugin, renaming each result's columns with one compiled function per set of
 * columns instead of growing every row a key at a time. Same names, same values, same handling of
 * nested objects and arrays (PostgreSQL's json columns), which go through the plugin's own mapRow.
 * @example new Kysely<Database>({ dialect, plugins: [new CompactCamelCasePlugin()] })
 */
export class CompactCamelCasePlugin extends CamelCasePlugin {
  readonly #shapes = new Map<string, Maker>()
  readonly #nested = (value: unknown): unknown =>
    typeof value === 'object' && value !== null ? (this.mapRow({ v: value }) as { v: unknown }).v : value

  /** The name a column gets in a row (for compactSqlite, which builds rows under it at once). */
  nameOf(column: string): string {
    return this.camelCase(column)
  }

  override async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const rows = args.result.rows
    if (Array.isArray(rows) && named.has(rows)) return args.result
    const first = rows?.[0]
    if (!Array.isArray(rows) || first === undefined) return super.transformResult(args)
    const keys = Object.keys(first)
    const make = cached(this.#shapes, keys.join('\u0000'), () =>
      compile(
        keys.map((k) => this.camelCase(k)),
        keys.map((k) => JSON.stringify(k)),
        true,
      ),
    )
    if (!make) return super.transformResult(args)
    return { ...args.result, rows: rows.map((row) => make(row, this.#nested)) }
  }
}
