/**
 * The scenario and capacity pages' heavy reads in a worker thread (app/server/task-thread.server.ts): the
 * worker opens its own connection to the same database and answers exactly what the request
 * thread would, and sees a change saved on the request thread at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { seedDemo } from '~/features/demo/demo.server'
import { compute } from '~/features/compute.server'
import { getBaseline, listScenarios } from '~/features/scenarios/scenarios.repo.server'
import { saveAssumptions } from '~/features/scenarios/scenarios.server'
import { liveTaskWorkers, setComputeThreads, setTaskWorkerIdle, stopTaskWorkers } from '~/server/task-thread.server'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'

/** The same read in-process and in the worker. */
async function both<T>(read: () => Promise<T>): Promise<{ local: T; worker: T }> {
  setComputeThreads(false)
  const local = await read()
  setComputeThreads(true)
  const worker = await read()
  return { local, worker }
}

describe.each(DIALECTS)('scenario reads in a worker thread on %s', (dialect) => {
  let h: DatabaseHandle
  let planId: number
  let otherId: number
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    await seedDemo(h.db)
    useAsAppDatabase(h)
    planId = (await getBaseline(h.db))!.id
    otherId = (await listScenarios(h.db)).find((s) => s.id !== planId)!.id
  })
  afterAll(async () => {
    setComputeThreads(null)
    await stopTaskWorkers()
    await h.close()
  })

  it('answers the page, the list, the plan, the comparison and the figures exactly as in-process', async () => {
    for (const read of [
      () => compute.scenario.page(planId, undefined, { measures: '1' }),
      () => compute.scenario.rows(),
      () => compute.scenario.listFigures(),
      () => compute.scenario.plan(),
      () => compute.scenario.compare([`${planId},${otherId}`]),
      () => compute.scenario.figureItems(planId, undefined, 'full', 'netOperatingSaving', null),
      () => compute.scenario.figureItems(planId, undefined, 2025, 'climateCo2e', null),
      () => compute.scenario.savingsSummary(planId, 'all'),
      () => compute.scenario.savingsList(planId, undefined, 'line-items', { year: 2025, offset: 5, limit: 20 }),
    ]) {
      const { local, worker } = await both(read)
      expect(worker).toEqual(local)
    }
    expect(liveTaskWorkers()).toBeGreaterThanOrEqual(1)
    expect(await compute.scenario.page(999_999, undefined, {})).toBeNull()
  })

  it('answers the capacity page from its worker exactly as in-process', async () => {
    for (const query of [{ months: 24 }, { months: 12, q: 'rådhus', by: 'unit' as const }]) {
      const { local, worker } = await both(() => compute.capacity.page(query))
      expect(worker).toEqual(local)
      expect(worker.propertyCount).toBeGreaterThan(0)
    }
  })

  it('answers the key figures from its worker exactly as in-process', async () => {
    const someId = (await h.db.selectFrom('property').select('id').orderBy('id').executeTakeFirstOrThrow()).id
    const page = await both(() => compute.keyFigures.page(1, { by: 'kwhPerM2', direction: 'desc' }))
    expect(page.worker).toEqual(page.local)
    const building = await both(() => compute.keyFigures.building(someId))
    expect(building.worker).toEqual(building.local)
    expect(building.worker?.building.id).toBe(someId)
  })

  it('draws the council report in the worker: the same Excel bytes as in-process', async () => {
    const ctx = { municipality: 'Hedensted Kommune', printedOn: '2026-03-12' }
    const { local, worker } = await both(() => compute.scenario.scenarioReport(planId, 'xlsx', undefined, ctx))
    expect(worker!.byteLength).toBeGreaterThan(1000)
    expect(worker!.byteLength).toBe(local!.byteLength)
  })

  it('sees a change saved on the request thread at once', async () => {
    setComputeThreads(true)
    const before = await compute.scenario.page(otherId, undefined, {})
    const scenario = (await listScenarios(h.db)).find((s) => s.id === otherId)!
    const saved = await saveAssumptions(h.db, otherId, {
      name: scenario.name,
      description: scenario.description,
      firstYear: scenario.firstYear,
      lastYear: scenario.lastYear,
      targetAnnualOre: scenario.targetAnnualOre + 100_000_00,
      deskFactor: scenario.deskFactor,
      movingCostPerPersonOre: scenario.movingCostPerPersonOre,
      countAvoidedMaintenance: scenario.countAvoidedMaintenance,
      rentIndexationPct: scenario.rentIndexationPct,
      statusFilter: scenario.statusFilter,
      version: scenario.version,
    })
    expect(saved.ok).toBe(true)
    const after = await compute.scenario.page(otherId, undefined, {})
    expect(Number(after!.summary.target)).toBe(Number(before!.summary.target) + 100_000)
  })

  it('stops an idle worker, giving its memory back, and starts a new one for the next task', async () => {
    setComputeThreads(true)
    setTaskWorkerIdle(100)
    try {
      const first = await compute.scenario.plan()
      expect(liveTaskWorkers()).toBe(1)
      await expect.poll(() => liveTaskWorkers(), { timeout: 5000, interval: 50 }).toBe(0)
      expect(await compute.scenario.plan()).toEqual(first)
      expect(liveTaskWorkers()).toBe(1)
    } finally {
      setTaskWorkerIdle(null)
    }
  })
})
