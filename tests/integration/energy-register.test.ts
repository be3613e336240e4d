/**
 * Energy in the register's own files and grid on SQLite and PostgreSQL: the grid filter's
 * "Intet mærke" (no label) alone and beside labels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { createProperty } from '~/features/properties/properties.server'
import { propertyInput } from '../factories/register'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { cookieFor, send } from './request'

describe.each(DIALECTS)('energy in the register on %s', (dialect) => {
  let h: DatabaseHandle
  let udvalg: string
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    udvalg = await cookieFor(h.db, 'udvalg')
    await createProperty(h.db, propertyInput({ name: 'Mærke C', energyLabel: 'C' }))
    await createProperty(h.db, propertyInput({ name: 'Mærke G', energyLabel: 'G' }))
    await createProperty(h.db, propertyInput({ name: 'Uden mærke' }))
  })
  afterAll(async () => h.close())

  const filtered = async (values: string[]) => {
    const filter = JSON.stringify({ energyLabel: { filterType: 'set', values } })
    const sort = JSON.stringify([{ colId: 'name', sort: 'asc' }])
    const res = await send('GET', `/api/v1/properties?${new URLSearchParams({ filter, sort })}`, { cookie: udvalg })
    expect(res.status).toBe(200)
    return (res.body as { rows: { name: string }[] }).rows.map((r) => r.name)
  }

  it('filters the grid by "Intet mærke" alone and together with labels', async () => {
    expect(await filtered([''])).toEqual(['Uden mærke'])
    expect(await filtered(['', 'G'])).toEqual(['Mærke G', 'Uden mærke'])
    expect(await filtered(['C'])).toEqual(['Mærke C'])
  })
})
