/**
 * The units grid at national scale, on both databases: Danish order from the stored sort key
 * (kept when a unit is created or renamed, filled for existing units by migration 0017), the
 * quick search with and without Danish letters over the stored search text (kept by the
 * database through every write: migration 0019), and counts without the parent join.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { backfillUnitSortKeys } from '#db/migrations/0017_national_lists'
import { listUnitGrid } from '~/features/relocations/unit-views.server'
import { createUnit, editUnit } from '~/features/relocations/units.server'
import type { UnitInput } from '~/features/relocations/schemas'
import { createProperty } from '~/features/properties/properties.server'
import { propertyInput } from '../factories/register'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { cookieFor, send } from './request'

const NAMES = ['Åby Bibliotek', 'Ærø Hus', 'zebra-holdet', 'Østbyen', 'Aalborg-kontoret', 'Birkely']

describe.each(DIALECTS)('units grid on %s', (dialect) => {
  let h: DatabaseHandle
  let propertyId = 0
  const input = (name: string, fields: Partial<UnitInput> = {}): UnitInput => ({
    name,
    parentId: null,
    propertyId,
    headcount: 2,
    workplacesNeeded: null,
    contactPerson: '',
    external: 0,
    acceptWarnings: 0,
    locatedFrom: '2024-01-01',
    ...fields,
  })
  const grid = (search: string, sort: { colId: string; sort: 'asc' | 'desc' }[] = []) =>
    listUnitGrid(h.db, { offset: 0, limit: 100, sort, filter: {}, search })

  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    const property = await createProperty(h.db, propertyInput({ name: 'Enhedshuset' }))
    if (!property.ok) throw new Error(property.message)
    propertyId = property.value.id
    for (const name of NAMES) {
      const created = await createUnit(h.db, input(name, { contactPerson: name === 'Birkely' ? 'ÅSE Ærbødig' : '' }))
      if (!created.ok) throw new Error(created.message)
    }
  })
  afterAll(async () => h.close())

  it('lists units in Danish order, Æ, Ø, Å (and "aa" as Å) after Z, also after a rename', async () => {
    expect((await grid('')).rows.map((r) => r.name)).toEqual([
      'Birkely',
      'zebra-holdet',
      'Ærø Hus',
      'Østbyen',
      'Åby Bibliotek',
      'Aalborg-kontoret',
    ])
    const birkely = await h.db.selectFrom('unit').select(['id', 'version']).where('name', '=', 'Birkely').executeTakeFirstOrThrow()
    expect((await editUnit(h.db, birkely.id, birkely.version, input('Øvre Birkely', { contactPerson: 'ÅSE Ærbødig' }))).ok).toBe(true)
    const names = (await grid('', [{ colId: 'name', sort: 'desc' }])).rows.map((r) => r.name)
    expect(names).toEqual(['Aalborg-kontoret', 'Åby Bibliotek', 'Øvre Birkely', 'Østbyen', 'Ærø Hus', 'zebra-holdet'])
  })

  it('finds units by name or contact person whatever the case, with and without Danish letters', async () => {
    expect((await grid('ZEBRA')).rows.map((r) => r.name)).toEqual(['zebra-holdet'])
    expect((await grid('ærø')).rows.map((r) => r.name)).toEqual(['Ærø Hus'])
    expect((await grid('åse ÆRBØDIG')).rows.map((r) => r.name)).toEqual(['Øvre Birkely'])
    expect((await grid('aalborg KONTORET')).total).toBe(1)
    expect((await grid('by')).rows.map((r) => r.name)).toEqual(['Østbyen', 'Åby Bibliotek'])
  })

  it('counts every unit and their headcount without a search, through the route', async () => {
    const res = await send('GET', '/api/v1/units?offset=0&limit=2', { cookie: await cookieFor(h.db, 'admin') })
    expect(res.body).toMatchObject({ total: NAMES.length, offset: 0, limit: 2 })
    expect((res.body as { rows: unknown[] }).rows).toHaveLength(2)
    const page = await send('GET', '/enheder', { cookie: await cookieFor(h.db, 'admin') })
    expect(page.body).toMatchObject({ total: 2 * NAMES.length })
    // Kept per data generation: a new unit counts at the next view.
    const extra = await createUnit(h.db, input('Tællerenheden', { headcount: 3 }))
    if (!extra.ok) throw new Error(extra.message)
    const after = await send('GET', '/api/v1/units?offset=0&limit=2', { cookie: await cookieFor(h.db, 'admin') })
    expect(after.body).toMatchObject({ total: NAMES.length + 1 })
    expect((await send('GET', '/enheder', { cookie: await cookieFor(h.db, 'admin') })).body).toMatchObject({ total: 2 * NAMES.length + 3 })
    await h.db.deleteFrom('unit').where('id', '=', extra.value.id).execute()
    expect((await send('GET', '/api/v1/units?offset=0&limit=2', { cookie: await cookieFor(h.db, 'admin') })).body).toMatchObject({
      total: NAMES.length,
    })
  })

  it('fills the sort key of units that have none (migration 0017)', async () => {
    await h.db.updateTable('unit').set({ sortKey: '' }).execute()
    await backfillUnitSortKeys(h.db)
    const keys = await h.db.selectFrom('unit').select(['name', 'sortKey']).orderBy('sortKey').execute()
    expect(keys.map((k) => k.name)).toEqual(['zebra-holdet', 'Ærø Hus', 'Østbyen', 'Øvre Birkely', 'Åby Bibliotek', 'Aalborg-kontoret'])
    expect(keys[0]!.sortKey).toBe('zebra-holdet')
  })

  it('keeps the search text as units are created, renamed, moved under a parent and given a contact', async () => {
    const text = async (name: string) =>
      (await h.db.selectFrom('unit').select('searchText').where('name', '=', name).executeTakeFirstOrThrow()).searchText
    const parent = await createUnit(h.db, input('Børne- og Ungeforvaltningen'))
    if (!parent.ok) throw new Error(parent.message)
    const child = await createUnit(h.db, input('Dagplejen Øst', { parentId: parent.value.id }))
    if (!child.ok) throw new Error(child.message)
    expect(await text('Dagplejen Øst')).toBe('dagplejen øst børne- og ungeforvaltningen ')
    expect((await grid('ungeforvaltningen')).rows.map((r) => r.name).sort()).toEqual(['Børne- og Ungeforvaltningen', 'Dagplejen Øst'])
    // Renaming the parent reaches its children; a new contact person is found at once.
    const p = await h.db.selectFrom('unit').select(['id', 'version']).where('id', '=', parent.value.id).executeTakeFirstOrThrow()
    expect((await editUnit(h.db, p.id, p.version, input('Børn og Unge'))).ok).toBe(true)
    expect(await text('Dagplejen Øst')).toBe('dagplejen øst børn og unge ')
    expect((await grid('ungeforvaltningen')).rows).toEqual([])
    const c = await h.db.selectFrom('unit').select(['id', 'version']).where('id', '=', child.value.id).executeTakeFirstOrThrow()
    expect((await editUnit(h.db, c.id, c.version, input('Dagplejen Øst', { parentId: null, contactPerson: 'Ærlige Åge' }))).ok).toBe(true)
    expect(await text('Dagplejen Øst')).toBe('dagplejen øst  ærlige åge')
    expect((await grid('ÆRLIGE åge')).rows.map((r) => r.name)).toEqual(['Dagplejen Øst'])
  })
})
