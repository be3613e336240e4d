/**
 * The trigram index behind every text search (db/migrations/0018_search_index.ts): on both
 * databases the grids and pickers answer exactly as the plain LIKE does (same rows, same order,
 * same totals) for words of every length, Danish letters in any case, and `%`, `_`, `\` taken
 * literally; the index follows inserts, edits and deletes at once; PostgreSQL's plan uses it.
 */
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { createLease, editLease, getLease, listLeases } from '~/features/leases/leases.server'
import { createProperty, editProperty, getProperty, listProperties, removeProperty } from '~/features/properties/properties.server'
import { createUnit, editUnit, removeUnit } from '~/features/relocations/units.server'
import { searchChoices } from '~/features/search/choices.server'
import { lowerText } from '#db/dialect-sql'
import { searchWords, textSearch } from '~/server/text-search.server'
import { leaseInput, propertyInput, unitInput } from '../factories/register'
import { DIALECTS, openTestDatabase } from '../setup/test-db'
import * as searchIndexMigration from '#db/migrations/0018_search_index'

const PROPERTIES: [name: string, town: string][] = [
  ['Kontorhus Vejle', 'Vejle'],
  ['Kontorhus Juelsminde', 'Juelsminde'],
  ['Ærø Rådhus', 'Ærøskøbing'],
  ['ØSTERGÅRD SKOLE', 'Hedensted'],
  ['Lager_1', 'Horsens'],
  ['Lager 1', 'Horsens'],
  ['Hal 100%', 'Vejle'],
  ['Hal 1000', 'Vejle'],
  ['Back\\slash', 'Vejle'],
  ['Ab', 'Vejle'],
]

const UNITS = ['Børn og Familie', 'ÆLDREPLEJE Øst', 'Hold_2', 'Hold 2', 'Enhed 100%', 'Enhed 1000']

/** Words of one, two and three or more characters, Danish letters in both cases, wildcards and several words. */
const SEARCHES: string[][] = [
  ['a'],
  ['ø'],
  ['Ab'],
  ['ær'],
  ['kontorhus'],
  ['KONTORHUS', 'vejle'],
  ['kontorhus', 've'],
  ['RÅDHUS'],
  ['ærøskøbing'],
  ['østergård'],
  ['100%'],
  ['0%'],
  ['%'],
  ['_'],
  ['r_1'],
  ['ld_'],
  ['k\\s'],
  ['\\'],
  ['"hal"'],
  ['ingenting'],
  ['øst', 'børn'],
]

describe.each(DIALECTS)('text search through the trigram index on %s', (dialect) => {
  let h: DatabaseHandle
  let propertyId: number
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    for (const [name, town] of PROPERTIES) {
      const made = await createProperty(h.db, propertyInput({ name, town, address: `${name}vej 1` }))
      if (!made.ok) throw new Error(made.message)
      propertyId ??= made.value.id
    }
    for (const name of UNITS) expect((await createUnit(h.db, unitInput(propertyId, { name }))).ok).toBe(true)
  })
  afterAll(async () => h.close())

  /** The answer of the plain LIKE over every row, as the searches were before the index. */
  async function plainProperties(words: string[]) {
    let q = h.db.selectFrom('property').select('id')
    for (const c of searchWords({ text: sql.ref('property.search_text') }, words)) q = q.where(c)
    return (await q.orderBy('sortKey').orderBy('id').execute()).map((r) => r.id)
  }

  async function plainUnits(words: string[]) {
    const name = lowerText(dialect, sql.ref('unit.name'))
    let q = h.db.selectFrom('unit').select('id')
    for (const c of searchWords({ text: name }, words)) q = q.where(c)
    return (await q.orderBy('sortKey').orderBy('id').execute()).map((r) => r.id)
  }

  const grid = (search: string) => ({ offset: 0, limit: 100, sort: [], filter: {}, search })

  it.each(SEARCHES.map((w) => [w.join(' ')]))('the property grid and picker answer "%s" as the plain LIKE does', async (typed) => {
    const words = typed.split(' ')
    const expected = await plainProperties(words)
    const page = await listProperties(h.db, grid(typed))
    expect(page.rows.map((r) => r.id)).toEqual(expected)
    expect(page.total).toBe(expected.length)
    expect((await searchChoices(h.db, 'property', typed)).map((c) => c.id)).toEqual(expected.slice(0, 20))
  })

  it.each(SEARCHES.map((w) => [w.join(' ')]))('the unit picker answers "%s" as the plain LIKE does', async (typed) => {
    expect((await searchChoices(h.db, 'unit', typed)).map((c) => c.id)).toEqual(await plainUnits(typed.split(' ')))
  })

  it('takes %, _ and \\ literally, and folds Danish capitals', async () => {
    const names = async (typed: string) => (await listProperties(h.db, grid(typed))).rows.map((r) => r.name)
    expect(await names('0%')).toEqual(['Hal 100%'])
    expect(await names('r_1')).toEqual(['Lager_1'])
    expect(await names('k\\s')).toEqual(['Back\\slash'])
    expect(await names('østergård skole')).toEqual(['ØSTERGÅRD SKOLE'])
    expect(await names('ærøskøbing')).toEqual(['Ærø Rådhus'])
    expect((await searchChoices(h.db, 'unit', 'ældrepleje')).map((c) => c.label)).toEqual(['ÆLDREPLEJE Øst'])
    expect((await searchChoices(h.db, 'unit', 'd_2')).map((c) => c.label)).toEqual(['Hold_2'])
  })

  it('finds a property, a lease and a unit the moment they are written, and no longer once changed or deleted', async () => {
    const names = async (typed: string) => (await listProperties(h.db, grid(typed))).rows.map((r) => r.name)
    const made = await createProperty(h.db, propertyInput({ name: 'Zyxwvu Hus' }))
    if (!made.ok) throw new Error(made.message)
    const id = made.value.id
    expect(await names('zyxwvu')).toEqual(['Zyxwvu Hus'])

    const lease = await createLease(h.db, leaseInput(id, { counterparty: 'Qpqpqp Udlejning' }))
    if (!lease.ok) throw new Error(lease.message)
    const leaseNames = async (typed: string) => (await listLeases(h.db, grid(typed))).rows.map((r) => r.counterparty)
    expect(await leaseNames('qpqpqp')).toEqual(['Qpqpqp Udlejning'])
    const { version: leaseVersion } = (await getLease(h.db, lease.value.id))!
    expect((await editLease(h.db, lease.value.id, leaseVersion, leaseInput(id, { counterparty: 'Wbwbwb Udlejning' }))).ok).toBe(true)
    expect(await leaseNames('qpqpqp')).toEqual([])
    expect(await leaseNames('wbwbwb')).toEqual(['Wbwbwb Udlejning'])

    const { version } = (await getProperty(h.db, id))!
    expect((await editProperty(h.db, id, version, propertyInput({ name: 'Æbleblomst Hus' }))).ok).toBe(true)
    expect(await names('zyxwvu')).toEqual([])
    expect(await names('ÆBLEBLOMST')).toEqual(['Æbleblomst Hus'])
    // The lease's search text holds its property's name.
    expect(await leaseNames('æbleblomst')).toEqual(['Wbwbwb Udlejning'])

    const unit = await createUnit(h.db, unitInput(id, { name: 'Jkjkjk Afdeling' }))
    if (!unit.ok) throw new Error(unit.message)
    const unitNames = async (typed: string) => (await searchChoices(h.db, 'unit', typed)).map((c) => c.label)
    expect(await unitNames('jkjkjk')).toEqual(['Jkjkjk Afdeling'])
    const unitVersion = (await h.db.selectFrom('unit').select('version').where('id', '=', unit.value.id).executeTakeFirstOrThrow()).version
    expect((await editUnit(h.db, unit.value.id, unitVersion, unitInput(id, { name: 'Åkande Afdeling' }))).ok).toBe(true)
    expect(await unitNames('jkjkjk')).toEqual([])
    expect(await unitNames('ÅKANDE')).toEqual(['Åkande Afdeling'])
    expect((await removeUnit(h.db, unit.value.id)).ok).toBe(true)
    expect(await unitNames('åkande')).toEqual([])

    await h.db.deleteFrom('lease').where('id', '=', lease.value.id).execute()
    expect(await leaseNames('wbwbwb')).toEqual([])
    expect((await removeProperty(h.db, id)).ok).toBe(true)
    expect(await names('æbleblomst')).toEqual([])
  })

  it.runIf(dialect === 'sqlite')('asks the index for words of three or more characters only', async () => {
    const ids = async (table: 'property' | 'unit', words: string[]) => {
      const { among } = await textSearch(h.db, table, words)
      return among && (JSON.parse(among.ids) as number[])
    }
    expect(await ids('property', ['kontorhus', 've'])).toHaveLength(2)
    expect(await ids('property', ['ve'])).toBeUndefined()
    expect(await ids('unit', ['børn'])).toHaveLength(1)
  })

  it.runIf(dialect === 'postgres')('plans a selective LIKE with the GIN trigram index over a few thousand rows', async () => {
    const now = new Date().toISOString()
    await sql`insert into property (name, address, postcode, town, ownership, use, search_text, sort_key, created_at, updated_at)
      select 'Ejendom ' || g, 'Vej ' || g, '7100', 'Vejle', 'owned', 'office', 'ejendom ' || md5(g::text) || ' vej ' || g || ' 7100 vejle', 'ejendom ' || g, ${now}, ${now}
      from generate_series(1, 3000) g`.execute(h.db)
    await sql`insert into lease (property_id, direction, counterparty, notice_months, search_text, sort_key, created_at, updated_at)
      select id, 'tenant', 'Udlejer ' || id, 3, 'udlejer ' || md5(id::text), 'udlejer ' || id, ${now}, ${now} from property`.execute(h.db)
    await sql`insert into unit (name, property_id, sort_key, created_at, updated_at) select 'Enhed ' || md5(id::text), id, 'enhed ' || id, ${now}, ${now} from property`.execute(
      h.db,
    )
    // Flushes the GIN indexes' pending lists (rows written since they were built), as autovacuum would.
    await sql`vacuum analyze property, lease, unit`.execute(h.db)
    const plan = (query: ReturnType<typeof sql>) =>
      h.db.connection().execute(async (c) => {
        await sql`set enable_seqscan = off`.execute(c)
        const { rows } = await sql<{ 'QUERY PLAN': string }>`explain ${query}`.execute(c)
        await sql`reset enable_seqscan`.execute(c)
        return rows.map((r) => r['QUERY PLAN']).join('\n')
      })
    const unitName = lowerText('postgres', sql.ref('unit.name'))
    expect(await plan(sql`select id from property where search_text like ${'%81dc9bdb52%'} escape '\\'`)).toContain(
      'property_search_trgm_idx',
    )
    expect(await plan(sql`select id from lease where search_text like ${'%81dc9bdb52%'} escape '\\'`)).toContain('lease_search_trgm_idx')
    expect(await plan(sql`select id from unit where ${unitName} like ${'%81dc9bdb52%'} escape '\\'`)).toContain('unit_search_trgm_idx')
  })

  it.runIf(dialect === 'postgres')('migrates without the index where pg_trgm may not be created, and finds the same', async () => {
    const other = await openTestDatabase('postgres')
    const role = `kk_no_extension_${process.pid}`
    try {
      await sql`drop extension pg_trgm cascade`.execute(other.db)
      await sql`create role ${sql.id(role)} nologin`.execute(other.db)
      await other.db.transaction().execute(async (trx) => {
        // A user without the CREATE privilege on the database may not create even a trusted extension.
        await sql`set local role ${sql.id(role)}`.execute(trx)
        await searchIndexMigration.up(trx)
        await sql`reset role`.execute(trx)
      })
      const extensions = await sql<{ n: number }>`select count(*)::int as n from pg_extension where extname = 'pg_trgm'`.execute(other.db)
      expect(extensions.rows[0]!.n).toBe(0)
      const made = await createProperty(other.db, propertyInput({ name: 'Kontorhus Vejle' }))
      expect(made.ok).toBe(true)
      expect((await listProperties(other.db, grid('kontorhus vejle'))).total).toBe(1)
    } finally {
      await other.close()
      await sql`drop role if exists ${sql.id(role)}`.execute(h.db)
    }
  })
})
