/**
 * Every column the register grids sort by has an index led by that column, on both databases,
 * and the first sorted page is read from it: SQLite's plan has no temporary sort, PostgreSQL's
 * (with sequential scans priced out, as on a large table) has no Sort node.
 */
import { sql, type Expression } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import type { GridColumns } from '~/server/grid-query.server'
import { leaseColumns } from '~/features/leases/leases.repo.server'
import { propertyColumns } from '~/features/properties/properties.repo.server'
import { saleColumns } from '~/features/sales/sales.repo.server'
import { DIALECTS, openTestDatabase } from '../setup/test-db'

/** `"table"."column"` of a grid column's sort expression. */
function sortColumn(h: DatabaseHandle, ref: Expression<unknown>): [string, string] {
  const text = sql`${ref}`.compile(h.db).sql
  const m = /^"(\w+)"\."(\w+)"$/.exec(text)
  if (!m) throw new Error(`not a plain column: ${text}`)
  return [m[1]!, m[2]!]
}

const GRIDS: Record<string, GridColumns> = { property: propertyColumns, lease: leaseColumns, sale: saleColumns }

function sortedColumns(h: DatabaseHandle): [string, string, string][] {
  return Object.entries(GRIDS).flatMap(([grid, cols]) =>
    [...cols.entries()].map(([id, c]) => [grid + '.' + id, ...sortColumn(h, c.sortRef ?? c.ref)] as [string, string, string]),
  )
}

describe.each(DIALECTS)('grid indexes on %s', (dialect) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
  })
  afterAll(async () => h?.close())

  it('has an index led by every sortable grid column', async () => {
    const leading = new Set<string>()
    if (dialect === 'sqlite') {
      const indexes = await sql<{
        name: string
        tableName: string
      }>`select name, tbl_name as table_name from sqlite_master where type = 'index'`.execute(h.db)
      for (const ix of indexes.rows) {
        const cols = await sql<{ name: string }>`select name from pragma_index_info(${ix.name})`.execute(h.db)
        if (cols.rows[0]) leading.add(`${ix.tableName}.${cols.rows[0].name}`)
      }
    } else {
      const rows = await sql<{
        tableName: string
        indexDef: string
      }>`select tablename as table_name, indexdef as index_def from pg_indexes where schemaname = current_schema()`.execute(h.db)
      for (const r of rows.rows) {
        const first = /\((?:"?)(\w+)/.exec(r.indexDef)
        if (first) leading.add(`${r.tableName}.${first[1]}`)
      }
    }
    const missing = sortedColumns(h).filter(([, table, col]) => !leading.has(`${table}.${col}`))
    expect(missing).toEqual([])
  })

  it('reads the first sorted page from the index, without sorting the table', async () => {
    const sorted: string[] = []
    for (const [grid, table, col] of sortedColumns(h)) {
      const query = sql`select ${sql.ref(`${table}.id`)} from ${sql.table(table)} order by ${sql.ref(`${table}.${col}`)}, ${sql.ref(`${table}.id`)} limit 100`
      const plan = await h.db.connection().execute(async (conn) => {
        if (dialect === 'sqlite')
          return (await sql<{ detail: string }>`explain query plan ${query}`.execute(conn)).rows.map((r) => r.detail)
        // A test table has a few hundred rows, where scanning a wide covering index (the map's)
        // and sorting is costed cheaper; with scans and sorts discouraged, a Sort is left only
        // when no index can give the order, which is what this checks.
        await sql`set enable_seqscan = off`.execute(conn)
        await sql`set enable_bitmapscan = off`.execute(conn)
        await sql`set enable_sort = off`.execute(conn)
        try {
          return (await sql<{ 'QUERY PLAN': string }>`explain ${query}`.execute(conn)).rows.map((r) => r['QUERY PLAN'])
        } finally {
          await sql`reset all`.execute(conn)
        }
      })
      if (plan.some((line) => /TEMP B-TREE FOR ORDER BY|(^|\s|>)Sort\b/i.test(line))) sorted.push(`${grid}: ${plan.join(' | ')}`)
    }
    expect(sorted).toEqual([])
  })
})
