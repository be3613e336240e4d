/**
 * Compact row objects. better-sqlite3 builds each row by adding its columns one at a time, and so
 * did Kysely's CamelCasePlugin when it renamed them: past a dozen or so columns V8 then keeps the
 * object as a hash table (a "dictionary-mode" object). A 23-column measure took about 1.8 KB that
 * way, so reading a national scenario's 20,000 measures and the register behind it allocated some
 * 270 MB and kept about 80 MB. Here every result's rows are built by one small function per set of
 * columns, an object literal with the columns in order, which V8 lays out as a fixed shape (about
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
const fromArrays = new Map<string, Maker>()

/**
 * A function that builds `{ [names[i]]: values[from(i)] }` as one object literal. Undefined when a
 * name would not be an ordinary own property (`__proto__` in a literal sets the prototype).
 */
function compile(names: readonly string[], sources: readonly string[], nestObjects: boolean): Maker | undefined {
  if (names.includes('__proto__')) return undefined
  const value = (source: string) => (nestObjects ? `n(v[${source}])` : `v[${source}]`)
  const body = names.map((name, i) => `${JSON.stringify(name)}: ${value(sources[i]!)}`).join(',\n')
  // Built from column names only, each quoted by JSON.stringify.
  return new Function('v', 'n', `return {\n${body}\n}`) as Maker
}

function cached(cache: Map<string, Maker>, key: string, build: () => Maker | undefined): Maker | undefined {
  const hit = cache.get(key)
  if (hit) return hit
  const made = build()
  if (made && cache.size < MAX_SHAPES) cache.set(key, made)
  return made
}

/** A row object from better-sqlite3's raw array, with its columns' names. */
function arrayRows(columns: readonly string[], arrays: unknown[][]): UnknownRow[] {
  const make = cached(fromArrays, columns.join('\u0000'), () =>
    compile(
      columns,
      columns.map((_, i) => String(i)),
      false,
    ),
  )
  if (make) return arrays.map((values) => make(values, identity))
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

  constructor(private readonly statement: BetterSqlite3.Statement) {
    this.reader = statement.reader
  }

  #names(): string[] {
    return (this.#columns ??= this.statement.columns().map((c) => c.name))
  }

  all(parameters: ReadonlyArray<unknown>): unknown[] {
    if (!this.reader) return this.statement.all(parameters)
    return arrayRows(this.#names(), this.statement.raw(true).all(parameters) as unknown[][])
  }

  run(parameters: ReadonlyArray<unknown>): { changes: number | bigint; lastInsertRowid: number | bigint } {
    return this.statement.run(parameters)
  }

  *iterate(parameters: ReadonlyArray<unknown>): IterableIterator<unknown> {
    if (!this.reader) return yield* this.statement.iterate(parameters)
    const names = this.#names()
    for (const values of this.statement.raw(true).iterate(parameters)) yield arrayRows(names, [values as unknown[]])[0]
  }
}

/**
 * better-sqlite3 as Kysely's SQLite driver sees it, with compact rows.
 * @example new SqliteDriver({ database: compactSqlite(new SQLite(file)) })
 */
export function compactSqlite(database: BetterSqlite3.Database): SqliteDatabase {
  return {
    prepare: (sql: string) => new CompactStatement(database.prepare(sql)),
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

  override async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const rows = args.result.rows
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
