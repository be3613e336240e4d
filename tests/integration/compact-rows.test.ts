/**
 * Compact rows (db/rows.ts): the rows every query returns are built by one compiled function per
 * set of columns instead of key by key. They must be exactly what Kysely's own SQLite driver and
 * CamelCasePlugin gave: same names in the same order, same values (NULL, text, whole numbers,
 * reals, blobs), duplicate names resolved the same way, nested JSON renamed on PostgreSQL, and
 * a column called `__proto__` never reaching a row's prototype.
 */
import SQLite from 'better-sqlite3'
import { CamelCasePlugin, Kysely, sql, SqliteDialect } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import type { Database } from '#db/schema'
import { createLease } from '~/features/leases/leases.server'
import { createProperty } from '~/features/properties/properties.server'
import { leaseInput, propertyInput } from '../factories/register'
import { DIALECTS, openTestDatabase } from '../setup/test-db'

/** Twenty-five columns of every kind, more than V8 keeps in a fixed shape when added one by one. */
const WIDE = sql<Record<string, unknown>>`select ${sql.raw(
  Array.from(
    { length: 25 },
    (_, i) =>
      `${i % 5 === 0 ? 'null' : i % 5 === 1 ? `'tekst ${i} æøå'` : i % 5 === 2 ? String(i * 1000) : i % 5 === 3 ? `${i}.5` : `${i} - 1`} as col_nr_${i}`,
  ).join(', '),
)}`

describe.each(DIALECTS)('compact rows on %s', (dialect) => {
  let handle: DatabaseHandle

  beforeAll(async () => {
    handle = await openTestDatabase(dialect)
    for (const n of [1, 2, 3]) {
      const property = await createProperty(handle.db, propertyInput({ name: `Ejendom ${n}` }))
      if (!property.ok) throw new Error(property.message)
      const lease = await createLease(handle.db, leaseInput(property.value.id, { counterparty: `Udlejer ${n}` }))
      if (!lease.ok) throw new Error(lease.message)
    }
  })
  afterAll(() => handle.close())

  it('renames and keeps every value of a wide row, in column order', async () => {
    const { rows } = await WIDE.execute(handle.db)
    const row = rows[0]!
    expect(Object.keys(row)).toEqual(Array.from({ length: 25 }, (_, i) => `colNr${i}`))
    expect(row.colNr0).toBeNull()
    expect(row.colNr1).toBe('tekst 1 æøå')
    expect(row.colNr2).toBe(2000)
    expect(row.colNr3).toBe(3.5)
    expect(row.colNr4).toBe(3)
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype)
  })

  it('gives the last of two columns with one name, as before', async () => {
    const { rows } = await sql<{ a: number }>`select 1 as a, 2 as a`.execute(handle.db)
    expect(rows).toEqual([{ a: 2 }])
  })

  it('never lets a column named __proto__ change what a row is', async () => {
    const { rows } = await sql<Record<string, unknown>>`select 1 as "__proto__", 2 as b`.execute(handle.db)
    expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype)
    expect(rows[0]!.b).toBe(2)
  })

  it('reads the register as before: every lease row with all its columns', async () => {
    const leases = await handle.db.selectFrom('lease').selectAll().orderBy('id').execute()
    expect(leases.map((l) => l.counterparty)).toEqual(['Udlejer 1', 'Udlejer 2', 'Udlejer 3'])
    expect(Object.keys(leases[0]!)).toContain('annualRentOre')
    expect(leases.every((l) => Object.keys(l).join() === Object.keys(leases[0]!).join())).toBe(true)
  })

  it.runIf(dialect === 'sqlite')('streams the same rows as it returns (SQLite; PostgreSQL has no cursor configured)', async () => {
    const all = await handle.db.selectFrom('property').select(['id', 'name', 'grossAreaM2']).orderBy('id').execute()
    const streamed: typeof all = []
    for await (const row of handle.db.selectFrom('property').select(['id', 'name', 'grossAreaM2']).orderBy('id').stream())
      streamed.push(row)
    expect(streamed).toEqual(all)
  })

  it.runIf(dialect === 'postgres')('renames the keys inside a JSON value, as CamelCasePlugin does', async () => {
    const { rows } = await sql<{
      someJson: unknown
      someList: unknown
    }>`select json_build_object('inner_key', 1, 'deep_er', json_build_object('x_y', 2)) as some_json, json_build_array(json_build_object('a_b', 3), 4) as some_list`.execute(
      handle.db,
    )
    expect(rows).toEqual([{ someJson: { innerKey: 1, deepEr: { xY: 2 } }, someList: [{ aB: 3 }, 4] }])
  })

  it.runIf(dialect === 'sqlite')('answers exactly as Kysely with its own SQLite driver and CamelCasePlugin', async () => {
    const plain = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new SQLite(handle.url, { readonly: true }) }),
      plugins: [new CamelCasePlugin()],
    })
    try {
      for (const query of [
        (db: Kysely<Database>) => db.selectFrom('property').selectAll().orderBy('id').execute(),
        (db: Kysely<Database>) =>
          db.selectFrom('lease').innerJoin('property', 'property.id', 'lease.propertyId').selectAll().orderBy('lease.id').execute(),
        (db: Kysely<Database>) =>
          db
            .selectFrom('property')
            .select((eb) => [eb.fn.countAll<number>().as('count'), sql<Buffer>`x'00ff'`.as('some_blob')])
            .execute(),
        (db: Kysely<Database>) => WIDE.execute(db).then((r) => r.rows),
      ]) {
        const ours = await query(handle.db)
        const theirs = await query(plain)
        expect(ours).toEqual(theirs)
        expect(ours.map((r) => Object.keys(r))).toEqual(theirs.map((r) => Object.keys(r)))
      }
    } finally {
      await plain.destroy()
    }
  })
})
