/**
 * The figures computed ahead (app/server/after-change.server.ts, app/features/warm-figures.server.ts):
 * the background run comes once after start and once after each change, not while nothing
 * changes; and warming leaves the scenario list's figures in the database under the current
 * generation, so /scenarier (on any server) reads them instead of computing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { seedDemo } from '~/features/demo/demo.server'
import { createProperty } from '~/features/properties/properties.server'
import { listSummaryCache } from '~/features/scenarios/scenario-cache.repo.server'
import { listScenarioHeads } from '~/features/scenarios/scenario-page.server'
import { AHEAD_FROM_ROWS, warmFigures, worthComputingAhead } from '~/features/warm-figures.server'
import { afterEachChange } from '~/server/after-change.server'
import { readFiguresVersions } from '~/server/data-generation.server'
import { propertyInput } from '../factories/register'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe.each(DIALECTS)('figures computed ahead on %s', (dialect) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    await seedDemo(h.db)
    useAsAppDatabase(h)
  })
  afterAll(async () => h.close())

  it('runs once after start and once after each change, never twice at once', async () => {
    let runs = 0
    let running = 0
    let overlapped = false
    const stop = afterEachChange(async () => {
      runs++
      running++
      if (running > 1) overlapped = true
      await sleep(30)
      running--
    }, 10)
    try {
      await expect.poll(() => runs, { timeout: 5000, interval: 10 }).toBe(1)
      await sleep(150)
      expect(runs).toBe(1)
      await createProperty(h.db, propertyInput({ name: 'Ændret i baggrunden' }))
      await expect.poll(() => runs, { timeout: 5000, interval: 10 }).toBe(2)
      await sleep(150)
      expect(runs).toBe(2)
      expect(overlapped).toBe(false)
    } finally {
      stop()
    }
  })

  it('leaves the scenario list figures in the database under their current version', async () => {
    const ids = (await listScenarioHeads(h.db)).map((s) => s.id)
    expect(ids.length).toBeGreaterThan(1)
    // The figures kept in the database that are still of the scenario's current version.
    const current = async () => {
      const versions = await readFiguresVersions(h.db, ids)
      return (await listSummaryCache(h.db, ids)).filter((c) => c.figuresVersion === versions.get(c.scenarioId))
    }
    await createProperty(h.db, propertyInput({ name: 'Ny generation' }))
    expect(await current()).toEqual([])
    await warmFigures(h.db, 12)
    const cached = await current()
    expect(cached.map((c) => c.scenarioId).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b))
    // Only the first ones of a long list.
    await createProperty(h.db, propertyInput({ name: 'Endnu en generation' }))
    await warmFigures(h.db, 1)
    expect((await current()).map((c) => c.scenarioId)).toEqual([ids[0]])
  })

  it('computes ahead only for a register large enough for it to pay', async () => {
    const properties = Number(
      (
        await h.db
          .selectFrom('property')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
    expect(properties).toBeLessThan(AHEAD_FROM_ROWS)
    expect(await worthComputingAhead(h.db)).toBe(false)
    expect(await worthComputingAhead(h.db, properties)).toBe(true)
  })
})
