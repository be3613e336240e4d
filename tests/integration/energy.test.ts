/**
 * Energy in the register on SQLite and PostgreSQL: a year's consumption saved, corrected and
 * deleted through the property page (audited, in its history), the grid filtered by energy
 * label, the portfolio file carrying the new fields, and the key figures with their norms.
 */
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { exportPortfolio } from '~/features/import-export/interchange-export.server'
import { importPortfolio } from '~/features/import-export/interchange.server'
import { getKeyFiguresPage } from '~/features/key-figures/key-figures.server'
import { listConsumption } from '~/features/properties/consumption.server'
import { createProperty, getProperty } from '~/features/properties/properties.server'
import { propertyInput } from '../factories/register'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { cookieFor, send } from './request'

describe.each(DIALECTS)('energy on %s', (dialect) => {
  let h: DatabaseHandle
  let ejendom: string
  let udvalg: string
  let id: number
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    ejendom = await cookieFor(h.db, 'ejendom')
    udvalg = await cookieFor(h.db, 'udvalg')
    const created = await createProperty(h.db, propertyInput({ name: 'Energihuset', energyLabel: 'C', heatSource: 'district_heating' }))
    id = created.ok ? created.value.id : 0
  })
  afterAll(async () => h.close())

  const form = (over: Record<string, string> = {}) => ({
    intent: 'consumption',
    year: '2023',
    heatKwh: '123,5',
    electricityKwh: '45,25',
    waterLiters: '310',
    ...over,
  })

  it('refuses a bad year and a fourth decimal beside the fields and saves nothing', async () => {
    const res = await send('POST', `/ejendomme/${id}`, {
      cookie: ejendom,
      form: form({ year: '1989', heatKwh: '12,3456', waterLiters: '-1' }),
    })
    expect(res.status).toBe(400)
    expect((res.body as { reply: { error: Record<string, string[]> } }).reply.error).toEqual({
      year: ['År skal være mellem 1990 og 2100'],
      heatKwh: ['Varme kan højst have tre decimaler (hele kWh)'],
      waterLiters: ['Vand kan ikke være negativ'],
    })
    expect(await listConsumption(h.db, id)).toEqual([])
  })

  it('saves a year exactly in kWh and litres, refuses the same year twice, corrects and deletes it, all audited', async () => {
    expect((await send('POST', `/ejendomme/${id}`, { cookie: ejendom, form: form() })).status).toBe(302)
    const [row] = await listConsumption(h.db, id)
    expect(row).toMatchObject({ year: 2023, heatKwh: 123_500, electricityKwh: 45_250, waterLiters: 310_000, version: 1 })

    const twice = await send('POST', `/ejendomme/${id}`, { cookie: ejendom, form: form({ heatKwh: '1' }) })
    expect(twice.status).toBe(400)
    expect((twice.body as { reply: { error: Record<string, string[]> } }).reply.error.year).toEqual(['2023 er allerede registreret'])

    const edit = form({ consumptionId: String(row!.id), version: '1', heatKwh: '130', electricityKwh: '' })
    expect((await send('POST', `/ejendomme/${id}`, { cookie: ejendom, form: edit })).status).toBe(302)
    expect((await listConsumption(h.db, id))[0]).toMatchObject({ heatKwh: 130_000, electricityKwh: null, version: 2 })
    const stale = await send('POST', `/ejendomme/${id}`, { cookie: ejendom, form: edit })
    expect(stale.status).toBe(409)

    const del = await send('POST', `/ejendomme/${id}`, {
      cookie: ejendom,
      form: { intent: 'consumption-delete', consumptionId: String(row!.id) },
    })
    expect(del.status).toBe(200)
    expect(await listConsumption(h.db, id)).toEqual([])

    const page = await send('GET', `/ejendomme/${id}`, { cookie: ejendom })
    const history = (page.body as { history: { action: string; entity: string; summary: string }[] }).history
    expect(history.filter((e) => e.entity === 'property_consumption').map((e) => [e.action, e.summary])).toEqual([
      ['delete', 'Energihuset: forbrug 2023'],
      ['update', 'Energihuset: forbrug 2023'],
      ['create', 'Energihuset: forbrug 2023'],
    ])
  })

  it('lets only the register roles change consumption', async () => {
    const res = await send('POST', `/ejendomme/${id}`, { cookie: udvalg, form: form({ year: '2022' }) })
    expect(res.status).toBe(403)
    expect(await listConsumption(h.db, id)).toEqual([])
  })

  it('stores the energy label, its date and the heat source from the property form', async () => {
    const p = await getProperty(h.db, id)
    const fields = {
      intent: 'save',
      version: String(p!.version),
      ...Object.fromEntries(['name', 'address', 'postcode', 'town', 'ownership', 'use', 'status'].map((k) => [k, String(p![k as 'name'])])),
      grossAreaM2: '1000',
      workplaces: '50',
      annualOperatingCostOre: '372.000',
      annualMaintenanceOre: '0',
      maintenanceBacklogOre: '0',
      energyLabel: 'A2015',
      energyLabelDate: '15.03.2021',
      heatSource: 'heat_pump',
    }
    const bad = await send('POST', `/ejendomme/${id}`, { cookie: ejendom, form: { ...fields, energyLabel: 'H' } })
    expect((bad.body as { reply: { error: Record<string, string[]> } }).reply.error.energyLabel).toEqual(['Vælg energimærke på listen'])
    expect((await send('POST', `/ejendomme/${id}`, { cookie: ejendom, form: fields })).status).toBe(302)
    expect(await getProperty(h.db, id)).toMatchObject({ energyLabel: 'A2015', energyLabelDate: '2021-03-15', heatSource: 'heat_pump' })
  })

  it('filters and sorts the register grid by energy label', async () => {
    await createProperty(h.db, propertyInput({ name: 'Mærke G', energyLabel: 'G' }))
    await createProperty(h.db, propertyInput({ name: 'Uden mærke' }))
    const filter = JSON.stringify({ energyLabel: { filterType: 'set', values: ['G', 'A2015'] } })
    const sort = JSON.stringify([{ colId: 'energyLabel', sort: 'desc' }])
    const res = await send('GET', `/api/v1/properties?${new URLSearchParams({ filter, sort })}`, { cookie: udvalg })
    const rows = (res.body as { rows: { name: string }[] }).rows
    expect(rows.map((r) => r.name)).toEqual(['Mærke G', 'Energihuset'])
  })

  it('carries energy fields and consumption through the portfolio file unchanged', async () => {
    await send('POST', `/ejendomme/${id}`, { cookie: ejendom, form: form({ year: '2022', heatKwh: '0,001' }) })
    await send('POST', `/ejendomme/${id}`, { cookie: ejendom, form: form({ year: '2024', waterLiters: '' }) })
    const first = await exportPortfolio(h.db)
    const energihuset = first.properties.find((p) => p.name === 'Energihuset')!
    expect(energihuset).toMatchObject({ energyLabel: 'A2015', energyLabelDate: '2021-03-15', heatSource: 'heat_pump' })
    expect(energihuset.consumption).toEqual([
      { year: 2022, heatKwh: 1, electricityKwh: 45_250, waterLiters: 310_000 },
      { year: 2024, heatKwh: 123_500, electricityKwh: 45_250, waterLiters: null },
    ])
    const imported = await importPortfolio(h.db, JSON.parse(JSON.stringify(first)), { replace: true })
    expect(imported.ok).toBe(true)
    const second = await exportPortfolio(h.db)
    expect({ ...second, exportedAt: '' }).toEqual({ ...first, exportedAt: '' })
  })

  it('reads an older file without the energy fields as none', async () => {
    const doc = await exportPortfolio(h.db)
    const old = {
      ...doc,
      properties: doc.properties.map(({ energyLabel: _e, energyLabelDate: _d, heatSource: _h, consumption: _c, ...p }) => p),
    }
    expect((await importPortfolio(h.db, old, { replace: true })).ok).toBe(true)
    const again = await exportPortfolio(h.db)
    expect(again.properties.every((p) => p.energyLabel === null && p.consumption.length === 0)).toBe(true)
  })

  it('computes key figures against the median and the norms, and lets udvalg but not ejendom set the norms', async () => {
    await sql`delete from emission_factor`.execute(h.db)
    await sql`insert into emission_factor (carrier, year, co2e_grams_per_mwh, source_note, created_at, updated_at)
      values ('district_heating', 2023, 1, 'test', 'x', 'x'), ('district_heating', 2024, 50000, 'test', 'x', 'x'),
             ('electricity', 2024, 100000, 'test', 'x', 'x')`.execute(h.db)
    const created = await createProperty(h.db, propertyInput({ name: 'Nøglehuset', grossAreaM2: 1000, heatSource: 'district_heating' }))
    const pid = created.ok ? created.value.id : 0
    await send('POST', `/ejendomme/${pid}`, { cookie: ejendom, form: form({ year: '2024', heatKwh: '120', electricityKwh: '80' }) })
    const page = await getKeyFiguresPage(h.db, 1)
    const b = page.buildings.find((x) => x.name === 'Nøglehuset')!
    expect(b.figures).toMatchObject({ kwhPerM2: '200', co2eKgPerM2: '14', operatingCostPerM2: '372', m2PerEmployee: null })
    expect(page.hasEmissionFactors).toBe(true)

    const norms = { intent: 'norms', m2PerEmployee: '25', newOfficeM2PerEmployee: '18', workplacesPerEmployee: '0,8' }
    expect((await send('POST', '/noegletal', { cookie: ejendom, form: norms })).status).toBe(403)
    const bad = await send('POST', '/noegletal', { cookie: udvalg, form: { ...norms, workplacesPerEmployee: 'mange' } })
    expect((bad.body as { reply: { error: Record<string, string[]> } }).reply.error.workplacesPerEmployee).toEqual([
      'Arbejdspladser pr. medarbejder skal være et tal',
    ])
    expect((await send('POST', '/noegletal', { cookie: udvalg, form: norms })).status).toBe(200)
    const read = await send('GET', '/noegletal', { cookie: ejendom })
    expect((read.body as { norms: unknown; normsVersion: number }).norms).toEqual({
      m2PerEmployee: 25,
      newOfficeM2PerEmployee: 18,
      workplacesPerEmployee: 0.8,
    })
    const stale = await send('POST', '/noegletal', { cookie: udvalg, form: norms })
    expect(stale.status).toBe(409)
  })
})
