/** Scenarios on both databases: the baseline from the register, copies, measures, promotion, comparison. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { listMeasures, listScenarios, getBaseline } from '~/features/scenarios/scenarios.repo.server'
import { compareScenarios } from '~/features/scenarios/compare.server'
import { seedDemo } from '~/features/demo/demo.server'
import { computeScenario } from '~/features/scenarios/savings.server'
import { cellLineItems } from '~/features/scenarios/scenario-view'
import { addMeasure, createScenario, saveAssumptions, setMeasureEnabled, syncFromRegister } from '~/features/scenarios/scenarios.server'
import { Money, sum } from '~/core/money'
import * as savingsApi from '~/features/scenarios/routes/api.v1.scenarios.$id.savings'
import * as savingsList from '~/features/scenarios/routes/api.v1.scenarios.$id.savings.$list'
import { savingsDocument } from '~/core/savings/document'
import * as scenarioPage from '~/features/scenarios/routes/scenarier.$id'
import * as lineItemsRoute from '~/features/scenarios/routes/scenarier.$id.poster'
import { describeChanges } from '~/core/fields'
import { FIELD_REGISTRY } from '~/features/field-registry'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { call, form, get, post } from './route-call'

describe.each(DIALECTS)('scenarios on %s', (dialect) => {
  let h: DatabaseHandle
  let baselineId = 0
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    await seedDemo(h.db)
    baselineId = (await getBaseline(h.db))!.id
  })
  afterAll(async () => h.close())

  it('builds the decided plan from the register: three lease notices and the dated sales', async () => {
    const measures = await listMeasures(h.db, baselineId)
    const fromRegister = measures.filter((m) => m.source === 'register')
    expect(fromRegister.filter((m) => m.kind === 'lease_termination')).toHaveLength(3)
    expect(
      fromRegister
        .filter((m) => m.kind === 'sale')
        .map((m) => m.status)
        .sort(),
    ).toEqual(['decided', 'realised', 'realised', 'realised'])
  })

  it('gives the demo plan a net full-year effect of about 2 mio. kr., short of the 5 mio. kr. target', async () => {
    const { result } = (await computeScenario(h.db, baselineId))!
    expect(result.fullYearEffect.gte(1_800_000) && result.fullYearEffect.lte(2_300_000)).toBe(true)
    expect(result.gapToTarget.toString()).toBe(new Money(5_000_000).minus(result.fullYearEffect).toString())
    expect(result.firstYearTargetReached).toBeNull()
    // The three lease terminations save rent, service and operating cost from the day after the end date.
    const rent2025 = result.years.find((y) => y.year === 2025)!.savedRentAndService
    expect(rent2025.toString()).toBe(String(420_000 + 48_000 + 780_000 + 90_000 + 610_000 + 70_000))
  })

  it('explains every figure: the line items of a cell sum to the cell', async () => {
    const { result } = (await computeScenario(h.db, baselineId))!
    for (const year of [2024, 2025]) {
      for (const key of ['savedOperating', 'netOperatingSaving', 'capitalIncome'] as const) {
        const items = cellLineItems(result, year, key)
        const cell = result.years.find((y) => y.year === year)![key]
        expect(sum(items.map((i) => new Money(i.amount))).toString()).toBe(cell.toString())
      }
    }
    const full = cellLineItems(result, 'full', 'netOperatingSaving')
    expect(sum(full.map((i) => new Money(i.amount))).toString()).toBe(result.fullYearEffect.toString())
  })

  it('copies a scenario with its measures, and a toggled measure changes only the copy', async () => {
    const created = await createScenario(h.db, { name: 'Test: uden Løsningvej', description: '', basedOnId: baselineId })
    expect(created.ok).toBe(true)
    const id = created.ok ? created.value.id : 0
    const measures = await listMeasures(h.db, id)
    expect(measures).toHaveLength((await listMeasures(h.db, baselineId)).length)
    const dlh = measures.find((m) => m.kind === 'lease_termination' && m.label.includes('Løsningvej'))!
    const before = (await computeScenario(h.db, id))!.result.fullYearEffect
    await setMeasureEnabled(h.db, id, dlh.id, false)
    const after = (await computeScenario(h.db, id))!.result.fullYearEffect
    expect(before.minus(after).toString()).toBe(String(780_000 + 90_000 + 140_000))
    expect((await computeScenario(h.db, baselineId))!.result.fullYearEffect.toString()).toBe(before.toString())
    const dup = await createScenario(h.db, { name: 'Test: uden Løsningvej', description: '', basedOnId: baselineId })
    expect(dup).toMatchObject({ ok: false, fieldErrors: { name: ['Der findes allerede et scenarie med det navn'] } })
  })

  it('adds measures with validation, and counts avoided maintenance only when asked', async () => {
    const created = await createScenario(h.db, { name: 'Test: vedligehold', description: '', basedOnId: baselineId })
    const id = created.ok ? created.value.id : 0
    const stouby = await h.db
      .selectFrom('property')
      .select(['id', 'annualMaintenanceOre', 'annualOperatingCostOre'])
      .where('name', '=', 'Stouby Skole')
      .executeTakeFirstOrThrow()
    const bad = await addMeasure(h.db, id, {
      kind: 'sale',
      status: 'proposal',
      label: '',
      propertyId: 999_999,
      effectDate: '2026-01-01',
      priceOre: 100,
      saleCostsOre: null,
    })
    expect(bad).toMatchObject({ ok: false, fieldErrors: { propertyId: ['Vælg en ejendom fra listen'] } })
    const good = await addMeasure(h.db, id, {
      kind: 'sale',
      status: 'proposal',
      label: 'Sælg Stouby Skole',
      propertyId: stouby.id,
      effectDate: '2026-01-01',
      priceOre: 600_000_000,
      saleCostsOre: null,
    })
    expect(good.ok).toBe(true)
    const without = (await computeScenario(h.db, id))!.result
    const scenario = (await listScenarios(h.db)).find((s) => s.id === id)!
    const saved = await saveAssumptions(h.db, id, {
      version: scenario.version,
      name: scenario.name,
      description: '',
      firstYear: 2023,
      lastYear: 2030,
      targetAnnualOre: 500_000_000,
      deskFactor: 0.8,
      movingCostPerPersonOre: 500_000,
      countAvoidedMaintenance: 1,
      rentIndexationPct: null,
      statusFilter: 'all',
    })
    expect(saved.ok).toBe(true)
    const withMaintenance = (await computeScenario(h.db, id))!.result
    expect(
      withMaintenance.years.find((y) => y.year === 2027)!.savedMaintenance.gt(without.years.find((y) => y.year === 2027)!.savedMaintenance),
    ).toBe(true)
    const stale = await saveAssumptions(h.db, id, {
      version: scenario.version,
      name: scenario.name,
      description: '',
      firstYear: 2023,
      lastYear: 2030,
      targetAnnualOre: 1,
      deskFactor: 0.8,
      movingCostPerPersonOre: 0,
      countAvoidedMaintenance: 0,
      rentIndexationPct: null,
      statusFilter: 'all',
    })
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' })
    // Capital income is never an operating saving.
    expect(withMaintenance.years.find((y) => y.year === 2026)!.capitalIncome.toString()).toBe('6000000')
    // Every sold property's planned maintenance now counts: Stouby Skole's and those of the register's sales.
    const soldIds = (await listMeasures(h.db, id)).filter((m) => m.kind === 'sale').map((m) => m.propertyId!)
    const maintenance = await h.db.selectFrom('property').select('annualMaintenanceOre').where('id', 'in', soldIds).execute()
    const expected = sum(maintenance.map((p) => new Money(p.annualMaintenanceOre).div(100)))
    expect(soldIds).toContain(stouby.id)
    expect(withMaintenance.fullYearEffect.minus(without.fullYearEffect).toString()).toBe(expected.toString())
  })

  it('filters by status: realised only leaves out decided lease terminations', async () => {
    const all = (await computeScenario(h.db, baselineId, 'all'))!.result
    const realised = (await computeScenario(h.db, baselineId, 'realised'))!.result
    expect(realised.fullYearEffect.lt(all.fullYearEffect)).toBe(true)
    expect(realised.measures.every((m) => m.status === 'realised')).toBe(true)
  })

  it('re-syncs the baseline from the register without losing hand-added measures', async () => {
    const before = await listMeasures(h.db, baselineId)
    expect((await syncFromRegister(h.db, baselineId)).ok).toBe(true)
    const after = await listMeasures(h.db, baselineId)
    expect(after.length).toBe(before.length)
    expect(
      after
        .filter((m) => m.source === 'manual')
        .map((m) => m.label)
        .sort(),
    ).toEqual(
      before
        .filter((m) => m.source === 'manual')
        .map((m) => m.label)
        .sort(),
    )
  })

  it('compares scenarios and lists the measures that differ', async () => {
    const further = (await listScenarios(h.db)).find((s) => s.name === 'Yderligere tiltag (forslag)')!
    const { scenarios, differences } = await compareScenarios(h.db, [baselineId, further.id])
    expect(scenarios.map((s) => s.name)).toEqual(['Vedtaget plan', 'Yderligere tiltag (forslag)'])
    expect(differences.length).toBe(3)
    expect(differences.every((d) => d.presentIn[0] === false && d.presentIn[1] === true)).toBe(true)
  })

  it('serves the savings as JSON at /api/v1/scenarios/:id/savings, amounts as exact decimal strings, the long lists counted', async () => {
    useAsAppDatabase(h)
    const res = await call(savingsApi.loader, {
      request: get(`/api/v1/scenarios/${baselineId}/savings`),
      params: { id: String(baselineId) },
    })
    expect(res.status).toBe(200)
    const body = res.body as {
      fullYearEffect: string
      years: { year: number; netOperatingSaving: string }[]
      counts: { measures: number; conflicts: number; doubleRent: number }
      lineItems?: unknown
      measures?: unknown
    }
    const { result } = (await computeScenario(h.db, baselineId))!
    expect(body.fullYearEffect).toBe(result.fullYearEffect.toFixed())
    expect(body.years.map((y) => y.netOperatingSaving)).toEqual(result.years.map((y) => y.netOperatingSaving.toFixed()))
    expect(body.counts).toMatchObject({
      measures: result.measures.length,
      conflicts: result.conflicts.length,
      doubleRent: result.doubleRentPeriods.length,
    })
    expect(body.lineItems).toBeUndefined()
    expect(body.measures).toBeUndefined()
  })

  it("pages the lists of /api/v1/scenarios/:id/savings/:list: the pages together are the CLI document's list", async () => {
    useAsAppDatabase(h)
    const { scenario, result } = (await computeScenario(h.db, baselineId))!
    const whole = JSON.parse(JSON.stringify(savingsDocument(scenario, result))) as { lineItems: { year: number }[]; measures: unknown[] }
    const list = (name: string, query: string) =>
      call(savingsList.loader, {
        request: get(`/api/v1/scenarios/${baselineId}/savings/${name}?${query}`),
        params: { id: String(baselineId), list: name },
      })
    const year = result.firstYear + 1
    const expected = whole.lineItems.filter((i) => i.year === year)
    expect(expected.length).toBeGreaterThan(7)
    const pages: unknown[] = []
    for (let offset = 0; offset < expected.length; offset += 7) {
      const page = await list('line-items', `year=${year}&offset=${offset}&limit=7`)
      expect(page.status).toBe(200)
      expect(page.body).toMatchObject({ total: expected.length, offset, limit: 7 })
      pages.push(...(page.body as { items: unknown[] }).items)
    }
    expect(pages).toEqual(expected)
    expect((await list('measures', 'limit=1000')).body).toMatchObject({ total: whole.measures.length, items: whole.measures })

    expect(await list('line-items', '')).toMatchObject({ status: 400 })
    expect(await list('line-items', `year=${year}&limit=1001`)).toMatchObject({ status: 400 })
    expect(await list('everything', '')).toMatchObject({ status: 404 })
  })

  it('pages the line items behind one figure at /scenarier/:id/poster, with the total of them all', async () => {
    useAsAppDatabase(h)
    const { result } = (await computeScenario(h.db, baselineId))!
    const all = cellLineItems(result, 'full', 'netOperatingSaving')
    const ask = (query: string) =>
      call(lineItemsRoute.loader, {
        request: get(`/scenarier/${baselineId}/poster?aar=full&raekke=netOperatingSaving${query}`),
        params: { id: String(baselineId) },
      })
    const first = await ask('')
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({
      count: all.length,
      page: 1,
      pageSize: 100,
      total: sum(all.map((i) => new Money(i.amount))).toString(),
    })
    expect(first.body.items).toEqual(all.slice(0, 100))
    // A page past the end answers the last one.
    const last = await ask('&side=999')
    expect(last.body).toMatchObject({ page: first.body.pageCount, total: first.body.total })
  })

  it('answers the measure fetchers with one outcome per intent, and records the change in Danish', async () => {
    useAsAppDatabase(h)
    const created = await createScenario(h.db, { name: 'Test: fetchers', description: '', basedOnId: baselineId })
    const id = String(created.ok ? created.value.id : 0)
    const measure = (await listMeasures(h.db, Number(id)))[0]!
    const send = (fields: Record<string, string>) =>
      call(scenarioPage.action, { request: post(`/scenarier/${id}`, form(fields)), params: { id } })

    const toggled = await send({ intent: 'toggle', measureId: String(measure.id), enabled: '0' })
    expect(toggled).toMatchObject({ status: 200, body: { intent: 'toggle', ok: true } })
    expect((await listMeasures(h.db, Number(id))).find((m) => m.id === measure.id)?.enabled).toBe(0)
    const audit = await h.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entity', '=', 'scenario_measure')
      .where('entityId', '=', String(measure.id))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(describeChanges(FIELD_REGISTRY.scenario_measure!.fields, audit.beforeJson, audit.afterJson)).toEqual([
      { field: 'enabled', label: 'Medtaget', before: 'Ja', after: 'Nej' },
    ])

    const badStatus = await send({ intent: 'status', measureId: String(measure.id), status: 'maybe' })
    expect(badStatus).toMatchObject({ status: 400, body: { intent: 'status', ok: false } })
    const gone = await send({ intent: 'delete-measure', measureId: '999999' })
    expect(gone).toMatchObject({ status: 404, body: { intent: 'delete-measure', ok: false, message: 'Tiltaget findes ikke.' } })
    const refused = await send({
      intent: 'add-measure',
      kind: 'closure',
      status: 'proposal',
      propertyId: '999999',
      effectDate: '01.03.2026',
      operatingCostShare: '100',
    })
    expect(refused.status).toBe(400)
    expect(refused.body.reply.error.propertyId).toEqual(['Vælg en ejendom fra listen'])
    const unknown = await send({ intent: 'nonsense' })
    expect(unknown.status).toBe(400)
  })
})
