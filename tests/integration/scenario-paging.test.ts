/**
 * The scenario page sends one page of measures, however many the scenario has; the figures are
 * still the whole scenario's. A page out of range shows the nearest page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import type { NewScenarioMeasure } from '#db/schema'
import { seedDemo } from '~/features/demo/demo.server'
import * as scenarioPage from '~/features/scenarios/routes/scenarier.$id'
import { computeScenario } from '~/features/scenarios/savings.server'
import { MEASURES_PER_PAGE } from '~/features/scenarios/scenario-page.server'
import { createScenario, insertMeasureRows } from '~/features/scenarios/scenarios.server'
import { listMeasures, listScenarios } from '~/features/scenarios/scenarios.repo.server'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { call, get } from './route-call'

describe.each(DIALECTS)('scenario page paging on %s', (dialect) => {
  let h: DatabaseHandle
  let id = 0
  // The copy of the plan's own measures plus enough closures for two full pages and 50 more.
  let total = 0

  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    await seedDemo(h.db)
    const baseline = (await listScenarios(h.db)).find((s) => s.isBaseline === 1)!
    expect((await createScenario(h.db, { name: 'Mange tiltag', description: '', basedOnId: baseline.id })).ok).toBe(true)
    id = (await listScenarios(h.db)).find((s) => s.name === 'Mange tiltag')!.id
    const property = await h.db.selectFrom('property').select('id').where('ownership', '=', 'owned').orderBy('id').executeTakeFirstOrThrow()
    const copied = (await listMeasures(h.db, id)).length
    total = 2 * MEASURES_PER_PAGE + 50
    const rows: NewScenarioMeasure[] = Array.from({ length: total - copied }, (_, i) => ({
      scenarioId: id,
      kind: 'closure',
      status: 'proposal',
      enabled: 1,
      label: `Lukning ${String(i + 1).padStart(3, '0')}`,
      source: 'manual',
      leaseId: null,
      propertyId: property.id,
      unitId: null,
      toPropertyId: null,
      effectDate: '2027-01-01',
      endDateOverride: null,
      priceOre: null,
      saleCostsOre: null,
      operatingCostShare: 0.001,
      headcount: null,
      refurbishmentOre: null,
      addedAnnualOperatingOre: null,
      movingCostOverrideOre: null,
      createdAt: new Date().toISOString(),
    }))
    await insertMeasureRows(h.db, rows)
  })
  afterAll(async () => h?.close())

  const open = async (query = '') =>
    (await call(scenarioPage.loader, { request: get(`/scenarier/${id}${query}`), params: { id: String(id) } })).body

  it('sends the first page of measures with the page count and the whole scenario figures', async () => {
    const page = await open()
    expect(page.measures).toHaveLength(MEASURES_PER_PAGE)
    expect(page.measurePage).toEqual({ page: 1, pageCount: 3, total, pageSize: MEASURES_PER_PAGE })
    expect(page.summary.measures.length).toBeLessThanOrEqual(MEASURES_PER_PAGE)
    expect(page.summary.fullYearEffect).toBe((await computeScenario(h.db, id))!.result.fullYearEffect.toString())
  })

  it('sends the asked page, and the nearest one when it is out of range', async () => {
    const third = await open('?side=3')
    expect(third.measures).toHaveLength(50)
    expect(third.measurePage.page).toBe(3)
    expect((await open('?side=99')).measurePage.page).toBe(3)
    expect((await open('?side=abc')).measurePage.page).toBe(1)
    expect((await open('?side=-4')).measurePage.page).toBe(1)
    const labels = [...(await open()).measures, ...(await open('?side=2')).measures, ...third.measures].map(
      (m: { label: string }) => m.label,
    )
    expect(new Set(labels).size).toBe(total)
  })
})
