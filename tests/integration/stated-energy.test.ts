/**
 * Energy stated on a measure, on both databases: changed after the measure was added (typed in
 * MWh, stored as whole kWh, refused beside the field when it cannot be stored exactly), shown on
 * the scenario page, used by the climate figures, kept by the register sync and carried through
 * the portfolio file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { exportPortfolio } from '~/features/import-export/interchange-export.server'
import { importPortfolio } from '~/features/import-export/interchange.server'
import { seedDemo } from '~/features/demo/demo.server'
import { computeScenario } from '~/features/scenarios/savings.server'
import { createScenario, syncFromRegister } from '~/features/scenarios/scenarios.server'
import { getBaseline, getScenarioByName } from '~/features/scenarios/scenarios.repo.server'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { cookieFor, send } from './request'

const NAME = 'Energiforslag'

describe.each(DIALECTS)('stated energy on a measure on %s', (dialect) => {
  let h: DatabaseHandle
  let udvalg = ''
  let scenarioId = 0
  let measureId = 0
  const measure = () => h.db.selectFrom('scenarioMeasure').selectAll().where('id', '=', measureId).executeTakeFirstOrThrow()
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    await seedDemo(h.db)
    udvalg = await cookieFor(h.db, 'udvalg')
    const baseline = (await getBaseline(h.db))!
    expect((await createScenario(h.db, { name: NAME, description: '', basedOnId: baseline.id })).ok).toBe(true)
    scenarioId = (await getScenarioByName(h.db, NAME))!.id
    const sale = await h.db
      .selectFrom('scenarioMeasure')
      .select('id')
      .where('scenarioId', '=', scenarioId)
      .where('kind', '=', 'sale')
      .where('source', '=', 'register')
      .orderBy('id')
      .executeTakeFirstOrThrow()
    measureId = sale.id
  })
  afterAll(async () => h.close())

  const post = (form: Record<string, string>) =>
    send('POST', `/scenarier/${scenarioId}`, { cookie: udvalg, form: { intent: 'stated', measureId: String(measureId), ...form } })

  it('refuses a fourth decimal and a negative amount beside the fields and changes nothing', async () => {
    const res = await post({ statedHeatKwh: '1,2345', statedElectricityKwh: '-2' })
    expect(res.status).toBe(400)
    expect((res.body as { reply: { error: Record<string, string[]> } }).reply.error).toEqual({
      statedHeatKwh: ['Angivet varme kan højst have tre decimaler (hele kWh)'],
      statedElectricityKwh: ['Angivet el kan ikke være negativ'],
    })
    expect(await measure()).toMatchObject({ statedHeatKwh: null, statedElectricityKwh: null })
  })

  it('stores MWh as exact kWh, shows them on the page, audits them and lets the climate figures use them', async () => {
    expect((await post({ statedHeatKwh: '12,345', statedElectricityKwh: '' })).status).toBe(200)
    expect(await measure()).toMatchObject({ statedHeatKwh: 12_345, statedElectricityKwh: null })
    const page = await send('GET', `/scenarier/${scenarioId}`, { cookie: udvalg })
    const row = (page.body as { measures: { id: number; statedHeatKwh: number | null }[] }).measures.find((m) => m.id === measureId)
    expect(row).toMatchObject({ statedHeatKwh: 12_345, statedElectricityKwh: null })
    const climate = (await computeScenario(h.db, scenarioId))!.result.climate!
    const c = climate.contributions.find((x) => x.measureId === String(measureId))!
    // 12.345 kWh in 10⁻¹² kWh.
    expect(c.heatUnits).toBe(12_345n * 10n ** 12n)
    const audit = await h.db
      .selectFrom('auditLog')
      .select('afterJson')
      .where('entity', '=', 'scenario_measure')
      .where('entityId', '=', String(measureId))
      .orderBy('id', 'desc')
      .executeTakeFirst()
    expect(JSON.parse(audit!.afterJson!)).toMatchObject({ statedHeatKwh: 12_345 })
  })

  it('keeps the stated energy when the register sync updates the measure', async () => {
    await h.db.updateTable('scenarioMeasure').set({ priceOre: 1 }).where('id', '=', measureId).execute()
    expect((await syncFromRegister(h.db, scenarioId)).ok).toBe(true)
    const after = await measure()
    expect(after.priceOre).not.toBe(1)
    expect(after).toMatchObject({ statedHeatKwh: 12_345, statedElectricityKwh: null })
  })

  it('carries the stated energy through the portfolio file, and reads an older file without it as derived', async () => {
    await post({ statedHeatKwh: '12,345', statedElectricityKwh: '0,5' })
    const doc = await exportPortfolio(h.db)
    const stated = doc.scenarios.flatMap((s) => s.measures).filter((m) => m.statedHeatKwh != null || m.statedElectricityKwh != null)
    expect(stated).toEqual([expect.objectContaining({ kind: 'sale', statedHeatKwh: 12_345, statedElectricityKwh: 500 })])
    expect((await importPortfolio(h.db, JSON.parse(JSON.stringify(doc)), { replace: true })).ok).toBe(true)
    const again = await exportPortfolio(h.db)
    expect(again.scenarios).toEqual(doc.scenarios)

    const old = {
      ...doc,
      scenarios: doc.scenarios.map((s) => ({
        ...s,
        measures: s.measures.map(({ statedHeatKwh: _h, statedElectricityKwh: _e, ...m }) => m),
      })),
    }
    expect((await importPortfolio(h.db, old, { replace: true })).ok).toBe(true)
    const read = await exportPortfolio(h.db)
    expect(read.scenarios.flatMap((s) => s.measures).every((m) => m.statedHeatKwh === null && m.statedElectricityKwh === null)).toBe(true)
  })
})
