/**
 * "Find vej til målet" on both databases: the solver's input from the demo register, a search run
 * in the worker thread with its state in the database, the page through the real middleware, and
 * an alternative saved as a scenario of proposals whose engine figures are the alternative's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { seedDemo } from '~/features/demo/demo.server'
import { buildGoalSeekInput } from '~/features/goal-seek/goal-seek-input.server'
import { keptByDefault } from '~/features/goal-seek/goal-seek-page.server'
import { validateRequest } from '~/features/goal-seek/search-request.server'
import {
  awaitGoalSeek,
  goalSeekResult,
  goalSeekStatus,
  saveAlternative,
  startGoalSeek,
  type SearchRequest,
} from '~/features/goal-seek/goal-seek.server'
import { findScenario } from '~/features/goal-seek/goal-seek.repo.server'
import { computeScenario } from '~/features/scenarios/savings.server'
import { getBaseline, listMeasures } from '~/features/scenarios/scenarios.repo.server'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { cookieFor, send } from './request'

const ALL = { sales: true, leaseTerminations: true, closures: true, partialClosures: true, moves: true }

describe.each(DIALECTS)('find vej til målet on %s', (dialect) => {
  let h: DatabaseHandle
  let scenarioId = 0
  let request: SearchRequest
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    await seedDemo(h.db)
    useAsAppDatabase(h)
    scenarioId = (await getBaseline(h.db))!.id
    request = {
      targetYear: 2027,
      objective: 'least_one_off_cost',
      allow: ALL,
      maxOneOffCostOre: null,
      keepPropertyIds: await keptByDefault(h.db, scenarioId),
      requiredActions: [],
      timeLimitSeconds: 30,
    }
  })
  afterAll(async () => h.close())

  it('builds the solver input from the register with the scenario assumptions, locking what the register has decided', async () => {
    const { input, decidedPropertyIds } = await buildGoalSeekInput(h.db, (await findScenario(h.db, scenarioId))!)
    expect(input.assumptions.targetAnnualOre).toBe(500_000_000)
    expect(input.assumptions.deskFactor).toBe(0.8)
    expect(input.units.length).toBeGreaterThan(0)
    expect(decidedPropertyIds.length).toBeGreaterThan(0)
    for (const id of decidedPropertyIds) expect(input.properties.find((p) => p.id === id)?.keep).toBe(true)
    for (const u of input.units) expect(u.allowedPropertyIds?.some((id) => decidedPropertyIds.includes(id))).toBe(false)
  })

  it('refuses a target year outside the scenario horizon beside the field', async () => {
    const refused = await startGoalSeek(h.db, scenarioId, { ...request, targetYear: 2040 })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.fieldErrors?.targetYear?.[0]).toContain('Målåret skal ligge i scenariets budgetår')
  })

  it('explains by how much the target is missed, and what binds, when no set reaches it', async () => {
    // Nothing may cost a krone once, so nobody can move and nothing can be sold.
    const started = await startGoalSeek(h.db, scenarioId, { ...request, targetYear: 2026, maxOneOffCostOre: 0 })
    if (!started.ok) throw new Error(started.message)
    await awaitGoalSeek(started.value.jobId)
    const result = (await goalSeekResult(h.db, scenarioId, started.value.jobId))!
    expect(result.status).toBe('unreachable')
    expect(result.shortfall?.message).toMatch(/^Selv med alle mulige tiltag mangler [\d.]+,\d\d\u00a0kr\. i 2026$/)
    expect(result.bindingLimits.length).toBeGreaterThan(0)
    expect(result.alternatives).toHaveLength(1)
  })

  it('closes the 5 mio. kr. gap by 2027 in the worker when every building may go, and saving an alternative gives a scenario with its figures', async () => {
    const started = await startGoalSeek(h.db, scenarioId, { ...request, keepPropertyIds: [] })
    if (!started.ok) throw new Error(started.message)
    const { jobId } = started.value
    expect((await goalSeekStatus(h.db, jobId))?.status).toBe('running')
    await awaitGoalSeek(jobId)
    expect((await goalSeekStatus(h.db, jobId))?.status).toBe('done')
    const result = (await goalSeekResult(h.db, scenarioId, jobId))!
    expect(result.status).toBe('reached')
    expect(result.alternatives.length).toBeGreaterThanOrEqual(1)
    for (const a of result.alternatives) {
      expect(a.check.agrees).toBe(true)
      expect(a.check.passes).toBe(true)
      expect(Number(a.figures.targetYearSaving)).toBeGreaterThanOrEqual(5_000_000)
    }
    const best = result.alternatives[0]!
    const saved = await saveAlternative(h.db, scenarioId, { jobId, rank: 1, name: 'Vej til målet 2027' })
    if (!saved.ok) throw new Error(saved.message)
    // The new scenario is the searched one's measures, as they are, and the proposals.
    const measures = await listMeasures(h.db, saved.value.id)
    const own = await listMeasures(h.db, scenarioId)
    expect(measures).toHaveLength(result.start.measures.length + best.measures.length)
    const proposed = measures.filter((m) => !own.some((o) => o.label === m.label && o.effectDate === m.effectDate && o.kind === m.kind))
    expect(proposed).toHaveLength(best.measures.length)
    expect(proposed.every((m) => m.status === 'proposal')).toBe(true)
    const { result: engine } = (await computeScenario(h.db, saved.value.id))!
    expect(engine.fullYearEffect.toString()).toBe(best.figures.fullYearEffect)
    expect(engine.firstYearTargetReached).toBe(best.figures.firstYearTargetReached)
    expect(engine.years.map((y) => y.netOperatingSaving.toString())).toEqual(best.figures.years.map((y) => y.netOperatingSaving))
  })

  it('runs the page through the middleware: a committee member starts a search and polls it', async () => {
    const cookie = await cookieFor(h.db, 'udvalg')
    const page = await send('GET', `/scenarier/${scenarioId}/find-vej`, { cookie })
    expect(page.status).toBe(200)
    const form = {
      intent: 'search',
      targetYear: '2027',
      objective: 'fewest_people_moved',
      allowSales: 'on',
      allowClosures: 'on',
      maxOneOffCostOre: '',
      timeLimitSeconds: '10',
    }
    const posted = await send('POST', `/scenarier/${scenarioId}/find-vej`, { cookie, form })
    expect(posted.status).toBe(302)
    const jobId = new URL(posted.headers.get('location')!, 'http://localhost').searchParams.get('job')!
    const polled = await send('GET', `/scenarier/${scenarioId}/find-vej/status?job=${jobId}`, { cookie })
    expect(polled.status).toBe(200)
    expect((polled.body as { status: string }).status).toMatch(/running|done/)
    expect(polled.body).toHaveProperty('progress')
    await awaitGoalSeek(jobId)
    const hr = await send('POST', `/scenarier/${scenarioId}/find-vej`, { cookie: await cookieFor(h.db, 'hr'), form })
    expect(hr.status).toBe(403)
    const bad = await send('POST', `/scenarier/${scenarioId}/find-vej`, { cookie, form: { ...form, allowSales: '', allowClosures: '' } })
    expect(bad.status).toBe(400)
  })

  it('keeps the buildings picked and, with the box ticked, the default ones; refuses required actions the pickers could not mean', async () => {
    const cookie = await cookieFor(h.db, 'admin')
    const page = await send('GET', `/scenarier/${scenarioId}/find-vej`, { cookie })
    // The page carries no list of the register's properties: the pickers search on the server.
    expect(JSON.stringify(page.body)).not.toContain('"properties"')
    const base = { intent: 'search', targetYear: '2027', objective: 'least_one_off_cost', allowSales: 'on', timeLimitSeconds: '10' }
    const { input } = await buildGoalSeekInput(h.db, (await findScenario(h.db, scenarioId))!)
    const kept = await keptByDefault(h.db, scenarioId)
    expect(kept.length).toBeGreaterThan(0)
    const owned = input.properties.find((p) => p.ownership === 'owned' && !p.keep)!
    const refusal = async (action: string) => {
      const res = await send('POST', `/scenarier/${scenarioId}/find-vej`, { cookie, form: { ...base, requiredActions: action } })
      return (res.body as { reply?: { error?: Record<string, string[]> } }).reply?.error?.requiredActions?.[0]
    }
    expect(await refusal(`termination:${owned.id}`)).toBe('Salg og lukning gælder ejede bygninger, opsigelse lejede')
    // A building the register has decided (sold, for sale, notice given) is refused by name.
    const scenario = (await findScenario(h.db, scenarioId))!
    const decided = { ...owned, keep: true }
    const built = { input: { ...input, properties: [decided] }, scenarioPropertyIds: [] } as unknown as Parameters<
      typeof validateRequest
    >[1]
    expect(validateRequest(scenario, built, { ...request, keepPropertyIds: [], requiredActions: [`sale:${owned.id}`] })?.message).toBe(
      `${owned.name} er allerede solgt, sat til salg eller har et opsagt lejemål; vælg et andet tiltag`,
    )
    // A building kept by the box cannot also be required to go.
    const keptOwned = input.properties.find((p) => kept.includes(p.id) && p.ownership === 'owned')!
    const withBox = await send('POST', `/scenarier/${scenarioId}/find-vej`, {
      cookie,
      form: { ...base, keepByUse: 'on', requiredActions: `closure:${keptOwned.id}` },
    })
    expect(JSON.stringify(withBox.body)).toContain('skal beholdes')
    const withoutBox = await send('POST', `/scenarier/${scenarioId}/find-vej`, {
      cookie,
      form: { ...base, requiredActions: `closure:${keptOwned.id}` },
    })
    expect(withoutBox.status).toBe(302)
    await awaitGoalSeek(new URL(withoutBox.headers.get('location')!, 'http://localhost').searchParams.get('job')!)
  })
})
