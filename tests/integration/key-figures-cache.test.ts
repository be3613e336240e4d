/**
 * The key figures are computed once per data generation: a second request reuses the first's
 * figures, any write they read (consumption, a property, the emission factors, the norms) makes
 * the next request compute afresh, and /noegletal sorts and pages the whole cached list.
 */
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { getBuildingKeyFigures, getKeyFiguresPage, saveNorms } from '~/features/key-figures/key-figures.server'
import { saveConsumption } from '~/features/properties/consumption.server'
import { createProperty, editProperty, getProperty } from '~/features/properties/properties.server'
import { propertyInput } from '../factories/register'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { cookieFor, send } from './request'

describe.each(DIALECTS)('key figures cache on %s', (dialect) => {
  let h: DatabaseHandle
  const ids: Record<string, number> = {}
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    await sql`delete from emission_factor`.execute(h.db)
    await sql`insert into emission_factor (carrier, year, co2e_grams_per_mwh, source_note, created_at, updated_at)
      values ('district_heating', 2024, 50000, 'test', 'x', 'x'), ('electricity', 2024, 100000, 'test', 'x', 'x')`.execute(h.db)
    // Three buildings of 1000 m²: A uses 100 MWh, B 300 MWh, C has no consumption recorded.
    for (const [name, heat] of [
      ['A-huset', 100_000],
      ['B-huset', 300_000],
      ['C-huset', null],
    ] as const) {
      const made = await createProperty(h.db, propertyInput({ name, grossAreaM2: 1000, heatSource: 'district_heating' }))
      ids[name] = made.ok ? made.value.id : 0
      if (heat !== null) await saveConsumption(h.db, ids[name]!, { year: 2024, heatKwh: heat, electricityKwh: null, waterLiters: null })
    }
  })
  afterAll(async () => h.close())

  it('reuses the figures while nothing changed, also for requests made at the same time', async () => {
    const [first, same] = await Promise.all([getBuildingKeyFigures(h.db, ids['A-huset']!), getBuildingKeyFigures(h.db, ids['A-huset']!)])
    // One computation: a building's flags are the same list (a computation makes its own lists).
    expect(first!.building).toEqual(same!.building)
    expect(first!.building.flags).toBe(same!.building.flags)
    const page = await getKeyFiguresPage(h.db, 1)
    expect(page.buildings.find((b) => b.id === ids['A-huset'])).toEqual(first!.building)
    expect(page.buildings.find((b) => b.id === ids['A-huset'])!.flags).toBe(first!.building.flags)
    expect(first!.building.figures.kwhPerM2).toBe('100')
    expect(first!.medians.kwhPerM2).toBe('200')
    // Buildings with the same flags share one read-only list (100,000 lists of their own were some 12 MB).
    const of = (name: string) => page.buildings.find((b) => b.id === ids[name])!
    expect(of('B-huset').flags).toContain('energiforbrug pr. m² over medianen')
    expect(of('A-huset').flags).toEqual([])
    expect(of('C-huset').flags).toBe(of('A-huset').flags)
    expect(Object.isFrozen(of('A-huset').flags)).toBe(true)
  })

  it('computes afresh after a consumption year, a property, an emission factor or the norms change', async () => {
    await saveConsumption(h.db, ids['C-huset']!, { year: 2024, heatKwh: 500_000, electricityKwh: null, waterLiters: null })
    const afterConsumption = await getBuildingKeyFigures(h.db, ids['C-huset']!)
    expect(afterConsumption!.building.figures.kwhPerM2).toBe('500')
    expect(afterConsumption!.medians.kwhPerM2).toBe('300')

    const b = (await getProperty(h.db, ids['B-huset']!))!
    const updated = await editProperty(h.db, ids['B-huset']!, b.version, propertyInput({ name: 'B-huset', grossAreaM2: 2000 }))
    expect(updated.ok).toBe(true)
    expect((await getBuildingKeyFigures(h.db, ids['B-huset']!))!.building.figures.kwhPerM2).toBe('150')

    expect((await getBuildingKeyFigures(h.db, ids['A-huset']!))!.building.figures.co2eKgPerM2).toBe('5')
    await sql`update emission_factor set co2e_grams_per_mwh = 20000 where carrier = 'district_heating'`.execute(h.db)
    expect((await getBuildingKeyFigures(h.db, ids['A-huset']!))!.building.figures.co2eKgPerM2).toBe('2')

    expect((await saveNorms(h.db, { m2PerEmployee: 25, newOfficeM2PerEmployee: 18, workplacesPerEmployee: 0.8 })).ok).toBe(true)
    expect((await getBuildingKeyFigures(h.db, ids['A-huset']!))!.norms.m2PerEmployee).toBe(25)
  })

  it('sorts the whole list by a figure either way with unknown figures last, and keeps the order across pages', async () => {
    const none = await createProperty(h.db, propertyInput({ name: 'D-huset', grossAreaM2: 500 }))
    expect(none.ok).toBe(true)
    const order = async (sorter: string) => {
      const res = await send('GET', `/noegletal?${sorter}`, { cookie: await cookieFor(h.db, 'ejendom') })
      expect(res.status).toBe(200)
      const body = res.body as { buildings: { name: string }[]; sort: unknown }
      return { names: body.buildings.map((x) => x.name).filter((n) => /^[A-D]-huset$/.test(n)), sort: body.sort }
    }
    expect(await order('sorter=kwh')).toEqual({
      names: ['A-huset', 'B-huset', 'C-huset', 'D-huset'],
      sort: { by: 'kwhPerM2', direction: 'asc' },
    })
    expect((await order('sorter=kwh&retning=faldende')).names).toEqual(['C-huset', 'B-huset', 'A-huset', 'D-huset'])
    expect((await order('sorter=ukendt')).sort).toEqual({ by: 'name', direction: 'asc' })
    const second = await getKeyFiguresPage(h.db, 2, { by: 'kwhPerM2', direction: 'desc' })
    expect(second.page).toBe(1) // four buildings: one page, the asked page is clamped
  })
})
