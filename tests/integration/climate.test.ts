/**
 * Climate figures on both databases: the emission factor settings (defaults, validation, who may
 * write), a scenario's own factor, stated amounts on a measure, the savings service and the CLI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type DatabaseHandle } from '#db/connection'
import { seedDefaultEmissionFactors, listFactors } from '~/features/climate/climate.server'
import { DEFAULT_EMISSION_FACTORS } from '~/features/climate/defaults'
import { seedDemo } from '~/features/demo/demo.server'
import { computeScenario } from '~/features/scenarios/savings.server'
import { addMeasure, createScenario } from '~/features/scenarios/scenarios.server'
import { getBaseline, getScenarioByName } from '~/features/scenarios/scenarios.repo.server'
import { createTestDatabaseUrl, DIALECTS, useAsAppDatabase } from '../setup/test-db'
import { cookieFor, send } from './request'
import { cli } from './cli-run'

const FACTORS = '/indstillinger/emissionsfaktorer'
const NAME = 'Klimaprøve'

describe.each(DIALECTS)('climate on %s', (dialect) => {
  let source: { url: string; drop: () => Promise<void> }
  let h: DatabaseHandle
  let admin = ''
  let scenarioId = 0
  let propertyId = 0
  beforeAll(async () => {
    source = await createTestDatabaseUrl(dialect)
    h = openDatabase(source.url)
    useAsAppDatabase(h)
    await seedDemo(h.db)
    admin = await cookieFor(h.db, 'admin')
    // One building with a heat source and two years of consumption: the scenario uses the latest at or before its first year.
    const p = await h.db
      .selectFrom('property')
      .select(['id', 'name'])
      .where('ownership', '=', 'owned')
      .orderBy('id')
      .executeTakeFirstOrThrow()
    propertyId = p.id
    await h.db.updateTable('property').set({ heatSource: 'district_heating' }).where('id', '=', p.id).execute()
    const now = new Date().toISOString()
    const row = (year: number, heatKwh: number) => ({
      propertyId: p.id,
      year,
      heatKwh,
      electricityKwh: 40_000,
      waterLiters: null,
      createdAt: now,
      updatedAt: now,
    })
    // The demo's illustrative consumption of this building gives way to the test's own figures.
    await h.db.deleteFrom('propertyConsumption').where('propertyId', '=', p.id).execute()
    await h.db
      .insertInto('propertyConsumption')
      .values([row(2023, 999_000), row(2024, 120_000), row(2090, 1)])
      .execute()
    const baseline = (await getBaseline(h.db))!
    expect((await createScenario(h.db, { name: NAME, description: '', basedOnId: baseline.id })).ok).toBe(true)
    scenarioId = (await getScenarioByName(h.db, NAME))!.id
    await h.db.deleteFrom('scenarioMeasure').where('scenarioId', '=', scenarioId).execute()
    await h.db.updateTable('scenario').set({ firstYear: 2025, lastYear: 2028, statusFilter: 'all' }).where('id', '=', scenarioId).execute()
  })
  afterAll(async () => {
    await h.close()
    await source.drop()
  })

  it('seeds the documented default factors once, and not again after an admin deletes one', async () => {
    await seedDefaultEmissionFactors(h.db)
    await seedDefaultEmissionFactors(h.db)
    const seeded = await listFactors(h.db)
    expect(seeded).toHaveLength(DEFAULT_EMISSION_FACTORS.length)
    expect(seeded.find((f) => f.carrier === 'district_heating')).toMatchObject({ year: 2024, co2eGramsPerMwh: 60_000 })
    expect(seeded.every((f) => f.sourceNote.includes('standardværdi'))).toBe(true)
    const oil = seeded.find((f) => f.carrier === 'oil')!
    const deleted = await send('POST', FACTORS, {
      cookie: admin,
      form: { intent: 'delete', factorId: String(oil.id), version: String(oil.version) },
    })
    expect(deleted.status).toBe(200)
    await seedDefaultEmissionFactors(h.db)
    expect(await listFactors(h.db)).toHaveLength(DEFAULT_EMISSION_FACTORS.length - 1)
  })

  it('refuses a bad factor with a Danish message beside the field, and writes nothing', async () => {
    const before = await listFactors(h.db)
    const bad = await send('POST', FACTORS, {
      cookie: admin,
      form: { intent: 'save', carrier: 'electricity', year: '2025', kgPerMwh: 'mange', sourceNote: '' },
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('Emissionsfaktoren skal være et tal')
    const tooFine = await send('POST', FACTORS, {
      cookie: admin,
      form: { intent: 'save', carrier: 'electricity', year: '2025', kgPerMwh: '1,2345' },
    })
    expect(JSON.stringify(tooFine.body)).toContain('højst have tre decimaler')
    const noCarrier = await send('POST', FACTORS, { cookie: admin, form: { intent: 'save', carrier: 'kul', year: '2025', kgPerMwh: '1' } })
    expect(JSON.stringify(noCarrier.body)).toContain('Vælg energiformen')
    expect(await listFactors(h.db)).toEqual(before)
  })

  it('saves a factor in grams per MWh, changes it when saved again, and lets only admins write', async () => {
    const form = { intent: 'save', carrier: 'electricity', year: '2025', kgPerMwh: '100', sourceNote: 'Energinet, miljødeklaration 2025' }
    expect((await send('POST', FACTORS, { cookie: admin, form })).status).toBe(200)
    expect((await send('POST', FACTORS, { cookie: admin, form: { ...form, kgPerMwh: '100,5' } })).status).toBe(200)
    const el = (await listFactors(h.db)).filter((f) => f.carrier === 'electricity' && f.year === 2025)
    expect(el).toEqual([expect.objectContaining({ co2eGramsPerMwh: 100_500, sourceNote: 'Energinet, miljødeklaration 2025', version: 2 })])
    const committee = await cookieFor(h.db, 'udvalg')
    expect((await send('POST', FACTORS, { cookie: committee, form })).status).toBe(403)
    const page = await send('GET', FACTORS, { cookie: committee })
    expect(page.status).toBe(200)
    const audit = await h.db.selectFrom('auditLog').select('summary').where('entity', '=', 'emission_factor').execute()
    expect(audit.map((a) => a.summary)).toContain('Emissionsfaktor for el 2025')
  })

  it('computes the scenario’s climate figures with its own factor, and a stated amount on a measure', async () => {
    const committee = await cookieFor(h.db, 'udvalg')
    const own = await send('POST', `/scenarier/${scenarioId}`, {
      cookie: committee,
      form: { intent: 'factor', carrier: 'district_heating', year: '2025', kgPerMwh: '50' },
    })
    expect(own.status).toBe(200)
    const badOwn = await send('POST', `/scenarier/${scenarioId}`, {
      cookie: committee,
      form: { intent: 'factor', carrier: 'district_heating', year: '2025', kgPerMwh: '-1' },
    })
    expect(badOwn.status).toBe(400)
    const measure = {
      kind: 'closure',
      status: 'decided',
      label: 'Halv lukning',
      propertyId,
      effectDate: '2025-07-01',
      operatingCostShare: 50,
    } as const
    expect((await addMeasure(h.db, scenarioId, measure)).ok).toBe(true)
    const { result } = (await computeScenario(h.db, scenarioId))!
    const c = result.climate!
    // 2024's 120 MWh heat and 40 MWh el, half from 01.07.2025: 30 + 10 MWh; 30 × 0,050 + 10 × 0,1005 t.
    expect([c.years[0]!.heatMwh.toString(), c.years[0]!.electricityMwh.toString(), c.years[0]!.co2eTonnes.toString()]).toEqual([
      '30',
      '10',
      '2.505',
    ])
    // The full-year effect uses the first year's factors: 60 × 0,050 + 20 × 0,1005.
    expect(c.fullYear.co2eTonnes.toString()).toBe('5.01')
    expect(c.factorsUsed.find((f) => f.carrier === 'district_heating' && f.year === 2026)).toMatchObject({
      gPerMwh: 50_000,
      scenario: true,
    })

    const stated = {
      ...measure,
      label: 'Lukning med angivet forbrug',
      effectDate: '2027-01-01',
      operatingCostShare: 100,
      statedHeatKwh: 10_000,
      statedElectricityKwh: null,
    }
    expect((await addMeasure(h.db, scenarioId, stated)).ok).toBe(true)
    const again = (await computeScenario(h.db, scenarioId))!.result.climate!
    // The second closure claims the other half of the building; its heat is the stated 10 MWh.
    expect(again.years.find((y) => y.year === 2027)!.heatMwh.toString()).toBe('70')
    expect(again.years.find((y) => y.year === 2027)!.electricityMwh.toString()).toBe('40')
  })

  it('answers the climate line items of a figure, and savings --json carries the climate figures', async () => {
    const committee = await cookieFor(h.db, 'udvalg')
    const items = await send('GET', `/scenarier/${scenarioId}/poster?aar=2025&raekke=climateCo2e`, { cookie: committee })
    expect(items.status).toBe(200)
    expect(items.body).toMatchObject({ unit: 't', total: '2.505' })
    expect(JSON.stringify(items.body)).toContain('jul.–dec. 2025, 6/12 af året')
    const run = await cli(source.url, 'savings', '--scenario', NAME, '--json')
    expect(run.code, run.stderr).toBe(0)
    const doc = JSON.parse(run.stdout)
    expect(doc.climate.years[0]).toMatchObject({ year: 2025, heatMwh: '30', electricityMwh: '10', co2eTonnes: '2.505' })
    expect(doc.climate.lineItems.length).toBeGreaterThan(0)
    expect(doc.climate.contributions).toBeUndefined()
  })
})
