/**
 * "Find vej til målet" starts from the scenario, on both databases: the measures it counts (a
 * manual one included) are fixed input, nothing more is proposed on a building they act on,
 * required actions are in and kept buildings out, and a saved alternative is the scenario's
 * measures plus the proposals, with the figures shown for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { seedDemo } from '~/features/demo/demo.server'
import { buildGoalSeekInput } from '~/features/goal-seek/goal-seek-input.server'
import { goalSeekPage, keptByDefault } from '~/features/goal-seek/goal-seek-page.server'
import { DEMO_REFERENCE_DATE } from '~/features/overview/reference-date'
import { awaitGoalSeek, goalSeekResult, saveAlternative, startGoalSeek, type SearchRequest } from '~/features/goal-seek/goal-seek.server'
import { findScenario } from '~/features/goal-seek/goal-seek.repo.server'
import type { MeasureRow } from '~/features/scenarios/schemas'
import { computeScenario, countedMeasures } from '~/features/scenarios/savings.server'
import { getBaseline, listMeasures } from '~/features/scenarios/scenarios.repo.server'
import { createScenarioOfMeasures, insertMeasureRows, removeMeasure } from '~/features/scenarios/scenarios.server'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'

const ALL = { sales: true, leaseTerminations: true, closures: true, partialClosures: true, moves: true }

function manualClosure(propertyId: number, name: string): MeasureRow {
  return {
    kind: 'closure',
    status: 'proposal',
    enabled: 1,
    label: `Lukning: ${name}`,
    source: 'manual',
    leaseId: null,
    propertyId,
    unitId: null,
    toPropertyId: null,
    effectDate: '2026-01-01',
    endDateOverride: null,
    priceOre: null,
    saleCostsOre: null,
    operatingCostShare: 1,
    headcount: null,
    refurbishmentOre: null,
    addedAnnualOperatingOre: null,
    movingCostOverrideOre: null,
    createdAt: '2026-01-01T00:00:00.000Z',
  }
}

describe.each(DIALECTS)('find vej til målet from a scenario on %s', (dialect) => {
  let h: DatabaseHandle
  let scenarioId = 0
  let closed: { id: number; name: string }
  let request: SearchRequest
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    await seedDemo(h.db)
    useAsAppDatabase(h)
    const baselineId = (await getBaseline(h.db))!.id
    // The cheapest empty owned building the plan leaves alone, closed by hand in a copy of the plan.
    const { input, scenarioPropertyIds } = await buildGoalSeekInput(h.db, (await findScenario(h.db, baselineId))!)
    const used = new Set(input.units.map((u) => u.propertyId))
    const free = input.properties.filter(
      (p) => p.ownership === 'owned' && !p.keep && !scenarioPropertyIds.includes(p.id) && !used.has(p.id),
    )
    const cost = (id: number) => input.properties.find((p) => p.id === id)?.annualOperatingCostOre ?? 0
    closed = free.filter((p) => cost(p.id) > 0).sort((a, b) => cost(a.id) - cost(b.id))[0]!
    // The plan's measures as it counts them (its decided ones): the copy counts every status.
    const own = (await countedMeasures(h.db, (await findScenario(h.db, baselineId))!)).stored
    const rows = own.map(({ id: _id, scenarioId: _s, ...row }) => row)
    const created = await createScenarioOfMeasures(h.db, { name: 'Plan med en lukning', description: '', basedOnId: baselineId }, [
      ...rows,
      manualClosure(closed.id, closed.name),
    ])
    if (!created.ok) throw new Error(created.message)
    scenarioId = created.value.id
    request = {
      targetYear: 2027,
      objective: 'least_one_off_cost',
      allow: ALL,
      maxOneOffCostOre: null,
      keepPropertyIds: (await keptByDefault(h.db, baselineId)).filter((id) => id !== closed.id),
      requiredActions: [],
      timeLimitSeconds: 30,
    }
  })
  afterAll(async () => h.close())

  it('takes the measures the scenario counts, the manual one included, as fixed input', async () => {
    const scenario = (await findScenario(h.db, scenarioId))!
    const { input, scenarioMeasures, scenarioPropertyIds } = await buildGoalSeekInput(h.db, scenario)
    const { result: engine, measures } = (await computeScenario(h.db, scenarioId))!
    expect(scenarioMeasures.length).toBe(measures.filter((m) => m.enabled === 1).length)
    expect(input.fixedMeasures).toHaveLength(scenarioMeasures.length)
    expect(input.fixedMeasures?.some((m) => m.kind === 'closure' && m.propertyId === closed.id)).toBe(true)
    expect(scenarioPropertyIds).toContain(closed.id)
    expect(await keptByDefault(h.db, scenarioId)).not.toContain(closed.id)
    // What the solver starts from is what the scenario page shows.
    expect(engine.measures.length).toBe(scenarioMeasures.length)
  })

  it('proposes only on top of the scenario, never on a building it acts on, and saves the scenario’s measures with the proposals', async () => {
    const started = await startGoalSeek(h.db, scenarioId, request)
    if (!started.ok) throw new Error(started.message)
    await awaitGoalSeek(started.value.jobId)
    const result = (await goalSeekResult(h.db, scenarioId, started.value.jobId))!
    const { result: scenario } = (await computeScenario(h.db, scenarioId))!
    expect(result.start.fullYearEffect).toBe(scenario.fullYearEffect.toString())
    expect(result.start.measures.map((m) => m.label)).toContain(`Lukning: ${closed.name}`)
    expect(result.excluded.find((e) => e.actionKey === `closure:${closed.id}`)?.reason).toContain('har allerede et tiltag i scenariet')
    expect(result.alternatives.length).toBeGreaterThanOrEqual(1)
    for (const a of result.alternatives) {
      expect(a.measures.some((m) => m.measure.kind !== 'relocation' && m.actionKey.split(':')[1] === String(closed.id))).toBe(false)
      expect(a.check.agrees).toBe(true)
    }
    const best = result.alternatives[0]!
    expect(Number(result.start.remainingGap)).toBeGreaterThan(0)
    expect(best.measures.length).toBeGreaterThan(0)
    const saved = await saveAlternative(h.db, scenarioId, { jobId: started.value.jobId, rank: 1, name: '' })
    if (!saved.ok) throw new Error(saved.message)
    const measures = await listMeasures(h.db, saved.value.id)
    expect(measures).toHaveLength(result.start.measures.length + best.measures.length)
    expect(measures.filter((m) => m.source === 'manual' && m.label === `Lukning: ${closed.name}`)).toHaveLength(1)
    const { result: engine } = (await computeScenario(h.db, saved.value.id))!
    expect(engine.fullYearEffect.toString()).toBe(best.figures.fullYearEffect)
    expect(engine.years.map((y) => y.netOperatingSaving.toString())).toEqual(best.figures.years.map((y) => y.netOperatingSaving))
    // Once the scenario has another measure, the search's alternative no longer fits it.
    const now = await buildGoalSeekInput(h.db, (await findScenario(h.db, scenarioId))!)
    const other = now.input.properties.find((p) => p.ownership === 'owned' && !p.keep && !now.scenarioPropertyIds.includes(p.id))!
    await insertMeasureRows(h.db, [{ ...manualClosure(other.id, other.name), scenarioId }])
    const stale = await saveAlternative(h.db, scenarioId, { jobId: started.value.jobId, rank: 1, name: 'For sent' })
    expect(stale.ok).toBe(false)
    if (!stale.ok) expect(stale.message).toContain('Søg igen')
    await removeMeasure(h.db, scenarioId, (await listMeasures(h.db, scenarioId)).find((m) => m.propertyId === other.id)!.id)
  })

  it('forces a required action into every alternative and keeps a chosen building out', async () => {
    const search = async (r: SearchRequest) => {
      const started = await startGoalSeek(h.db, scenarioId, r)
      if (!started.ok) throw new Error(started.message)
      await awaitGoalSeek(started.value.jobId)
      return (await goalSeekResult(h.db, scenarioId, started.value.jobId))!
    }
    const actions = (a: { measures: { measure: { kind: string }; actionKey: string }[] }) =>
      a.measures.filter((m) => m.measure.kind !== 'relocation').map((m) => m.actionKey)
    const free = await search(request)
    const [first, second] = free.alternatives
    // Require an action only the second alternative had; keep a building the first one gave up.
    const required = actions(second!).find((key) => !actions(first!).includes(key))!
    const keptId = Number(
      actions(first!)
        .find((key) => key.split(':')[1] !== required.split(':')[1])!
        .split(':')[1],
    )
    const result = await search({ ...request, requiredActions: [required], keepPropertyIds: [...request.keepPropertyIds, keptId] })
    expect(result.alternatives.length).toBeGreaterThanOrEqual(1)
    for (const a of result.alternatives) {
      expect(actions(a)).toContain(required)
      expect(actions(a).some((key) => key.split(':')[1] === String(keptId))).toBe(false)
    }
  })

  it('counts notice and sales from the demo’s reference date while the demo is shown, or from the day it is given', async () => {
    const page = (await goalSeekPage(h.db, scenarioId))!
    expect(page.countsFrom).toEqual({ date: DEMO_REFERENCE_DATE, demo: true })
    const proposedFrom = async (today?: string) => {
      const started = await startGoalSeek(h.db, scenarioId, request, { today })
      if (!started.ok) throw new Error(started.message)
      await awaitGoalSeek(started.value.jobId)
      const result = (await goalSeekResult(h.db, scenarioId, started.value.jobId))!
      return result.alternatives.flatMap((a) => a.measures.map((m) => m.effectiveFrom)).sort()
    }
    // By default the search is as of the demo's day, whatever the clock says: the demo's plan is dated around it.
    const demoDay = await proposedFrom()
    expect(demoDay.length).toBeGreaterThan(0)
    expect(demoDay[0]! >= DEMO_REFERENCE_DATE).toBe(true)
    expect(demoDay[0]! < '2026-01-01').toBe(true)
    // Given a later day, nothing is proposed to take effect before it.
    const later = await proposedFrom('2026-03-15')
    expect(later.length).toBeGreaterThan(0)
    expect(later.every((date) => date >= '2026-03-15')).toBe(true)
  })

  it('refuses to require an action on a building the scenario already acts on, beside the field', async () => {
    const refused = await startGoalSeek(h.db, scenarioId, { ...request, requiredActions: [`sale:${closed.id}`] })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.fieldErrors?.requiredActions?.[0]).toContain('scenariet allerede har et tiltag på')
  })
})
