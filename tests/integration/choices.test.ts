/**
 * The pickers' choices (/api/v1/choices) for the sale designation and goal-seek forms, on both
 * databases: only properties that may be designated for sale, only owned or only leased
 * properties, every word typed, and the designate page's preselected property.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { seedDemo } from '~/features/demo/demo.server'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { cookieFor, send } from './request'

type Choices = { choices: { id: number; label: string; detail: string }[] }

describe.each(DIALECTS)('picker choices on %s', (dialect) => {
  let h: DatabaseHandle
  let cookie: string
  const choices = async (kind: string, q: string) =>
    ((await send('GET', `/api/v1/choices?kind=${kind}&q=${encodeURIComponent(q)}&limit=20`, { cookie })).body as Choices).choices
  const ids = async (where: (q: ReturnType<typeof propertyQuery>) => ReturnType<typeof propertyQuery>) =>
    new Set((await where(propertyQuery()).execute()).map((r) => r.id))
  const propertyQuery = () => h.db.selectFrom('property').select(['property.id'])

  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    await seedDemo(h.db)
    cookie = await cookieFor(h.db, 'admin')
  })
  afterAll(async () => h.close())

  it('offers only owned properties that are not sold and have no sale, to designate for sale', async () => {
    const eligible = await ids((q) =>
      q
        .where('ownership', '=', 'owned')
        .where('status', '<>', 'sold')
        .where((eb) => eb.not(eb.exists(eb.selectFrom('sale').select('sale.id').whereRef('sale.propertyId', '=', 'property.id')))),
    )
    const withSale = await ids((q) => q.innerJoin('sale', 'sale.propertyId', 'property.id'))
    expect(withSale.size).toBeGreaterThan(0)
    const offered = await choices('sale_eligible_property', '')
    expect(offered.length).toBe(Math.min(20, eligible.size))
    expect(offered.every((c) => eligible.has(c.id) && !withSale.has(c.id))).toBe(true)
    // Every word typed must occur, in name, address or town, whatever its case.
    const first = offered[0]!
    const found = await choices('sale_eligible_property', `${first.label.split(' ')[0]!.toUpperCase()} ${first.detail.split(', ').at(-1)}`)
    expect(found.map((c) => c.id)).toContain(first.id)
    expect(found.every((c) => eligible.has(c.id))).toBe(true)
    // A property with a sale is not offered, even when searched by its full name.
    const sold = (
      await h.db
        .selectFrom('property')
        .select('name')
        .where('id', '=', [...withSale][0]!)
        .executeTakeFirstOrThrow()
    ).name
    expect((await choices('sale_eligible_property', sold)).map((c) => c.label)).not.toContain(sold)
  })

  it('offers owned or leased properties only, for goal-seek required actions', async () => {
    const owned = await ids((q) => q.where('ownership', '=', 'owned'))
    const leased = await ids((q) => q.where('ownership', '=', 'leased'))
    const ownedChoices = await choices('owned_property', '')
    const leasedChoices = await choices('leased_property', '')
    expect(ownedChoices.length).toBe(Math.min(20, owned.size))
    expect(leasedChoices.length).toBe(Math.min(20, leased.size))
    expect(ownedChoices.every((c) => owned.has(c.id))).toBe(true)
    expect(leasedChoices.every((c) => leased.has(c.id))).toBe(true)
    expect(await choices('owned_property', 'ingen-ejendom-hedder-sådan')).toEqual([])
  })

  it('shows the designate form with the property its address names, only when it may be designated', async () => {
    const [eligible] = await choices('sale_eligible_property', '')
    const page = await send('GET', `/salg/ny?ejendom=${eligible!.id}`, { cookie })
    expect(page.status).toBe(200)
    // The page carries the named property only: the picker searches the rest on the server.
    expect(page.body).toEqual({ anyEligible: true, preselected: String(eligible!.id), preselectedLabel: eligible!.label })
    const withSale = (await h.db.selectFrom('sale').select('propertyId').executeTakeFirstOrThrow()).propertyId
    expect((await send('GET', `/salg/ny?ejendom=${withSale}`, { cookie })).body).toEqual({
      anyEligible: true,
      preselected: '',
      preselectedLabel: '',
    })
  })

  it('refuses an unknown kind with the kinds it knows', async () => {
    const res = await send('GET', '/api/v1/choices?kind=nope', { cookie })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('sale_eligible_property')
  })
})
