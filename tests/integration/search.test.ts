/** The global search on both databases: Danish letters, every kind, through the route and its permission. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { seedDemo } from '~/features/demo/demo.server'
import { searchEverything } from '~/features/search/search.server'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { cookieFor, send } from './request'

describe.each(DIALECTS)('global search on %s', (dialect) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    await seedDemo(h.db)
  })
  afterAll(async () => h.close())

  it('finds properties, leases and sales by a word with æ, ø or å, whatever its case', async () => {
    const { hits } = await searchEverything(h.db, 'RÅDHUS')
    const titles = hits.map((x) => `${x.kindLabel}: ${x.title}`)
    expect(titles).toContain('Ejendom: Hedensted Rådhus')
    expect(titles).toContain('Ejendom: Juelsminde Rådhus')
    expect(hits.every((x) => x.href.startsWith('/'))).toBe(true)
  })

  it('finds units and scenarios, and nothing for one letter', async () => {
    expect((await searchEverything(h.db, 'plan')).hits.some((x) => x.kind === 'scenario')).toBe(true)
    expect((await searchEverything(h.db, 'a')).hits).toEqual([])
    expect((await searchEverything(h.db, '%_\\')).hits).toEqual([])
  })

  it('answers signed-in users through the route, and no one else', async () => {
    useAsAppDatabase(h)
    const res = await send('GET', '/soeg?q=r%C3%A5dhus', { cookie: await cookieFor(h.db, 'hr') })
    expect(res.status).toBe(200)
    expect(JSON.stringify(res.body)).toContain('Hedensted Rådhus')
    expect((await send('GET', '/soeg?q=rådhus', { cookie: null })).status).toBe(302)
  })
})
