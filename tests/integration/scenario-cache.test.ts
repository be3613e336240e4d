/**
 * Scenario figures are computed once per data generation: the generation moves on at every
 * write to what the figures read, whatever wrote it (a service or plain SQL, as another server,
 * the CLI or a restore script would), and the cached figures follow it.
 */
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { seedDemo } from '~/features/demo/demo.server'
import { computeScenario } from '~/features/scenarios/savings.server'
import { computeScenarioCached, scenarioSummaries } from '~/features/scenarios/scenario-cache.server'
import { readDataGeneration } from '~/server/data-generation.server'
import { getBaseline, listMeasures } from '~/features/scenarios/scenarios.repo.server'
import { setMeasureEnabled } from '~/features/scenarios/scenarios.server'
import { DIALECTS, openTestDatabase } from '../setup/test-db'

describe.each(DIALECTS)('scenario cache on %s', (dialect) => {
  let h: DatabaseHandle
  let baselineId = 0
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    await seedDemo(h.db)
    baselineId = (await getBaseline(h.db))!.id
  })
  afterAll(async () => h.close())

  it('moves the generation on at every insert, update and delete, by any path', async () => {
    const g0 = await readDataGeneration(h.db)
    await sql`update property set note = 'direkte' where id = (select min(id) from property)`.execute(h.db)
    const g1 = await readDataGeneration(h.db)
    expect(g1).toBeGreaterThan(g0)
    await sql`insert into app_setting (key, value, version, created_at, updated_at) values ('x', '1', 1, 'nu', 'nu')`.execute(h.db)
    const g2 = await readDataGeneration(h.db)
    expect(g2).toBeGreaterThan(g1)
    await sql`delete from app_setting where key = 'x'`.execute(h.db)
    expect(await readDataGeneration(h.db)).toBeGreaterThan(g2)
    // Reading does not move it.
    const before = await readDataGeneration(h.db)
    await computeScenario(h.db, baselineId)
    expect(await readDataGeneration(h.db)).toBe(before)
  })

  it('computes a scenario once while nothing changes, and again after a change', async () => {
    const first = await computeScenarioCached(h.db, baselineId)
    expect(await computeScenarioCached(h.db, baselineId)).toBe(first)
    const measure = (await listMeasures(h.db, baselineId)).find((m) => m.enabled === 1 && m.kind === 'lease_termination')!
    expect((await setMeasureEnabled(h.db, baselineId, measure.id, false)).ok).toBe(true)
    const after = await computeScenarioCached(h.db, baselineId)
    expect(after).not.toBe(first)
    expect(after!.result.fullYearEffect.toString()).toBe((await computeScenario(h.db, baselineId))!.result.fullYearEffect.toString())
    expect(after!.result.fullYearEffect.lt(first!.result.fullYearEffect)).toBe(true)
    await setMeasureEnabled(h.db, baselineId, measure.id, true)
  })

  it('keeps the list figures in the database and recomputes them after a write', async () => {
    const fresh = (await computeScenario(h.db, baselineId))!.result.fullYearEffect.toString()
    expect((await scenarioSummaries(h.db, [baselineId])).get(baselineId)!.fullYearEffect).toBe(fresh)
    const generation = await readDataGeneration(h.db)
    const stored = await sql<{
      generation: string | number
    }>`select generation from scenario_summary_cache where scenario_id = ${baselineId}`.execute(h.db)
    expect(Number(stored.rows[0]!.generation)).toBe(generation)
    // A lease's rent changed by plain SQL, as another server would: the list follows.
    await sql`update lease set annual_rent_ore = annual_rent_ore + 100000000 where id = (select lease_id from scenario_measure where scenario_id = ${baselineId} and kind = 'lease_termination' and enabled = 1 order by id limit 1)`.execute(
      h.db,
    )
    const changed = (await scenarioSummaries(h.db, [baselineId])).get(baselineId)!.fullYearEffect
    expect(changed).toBe((await computeScenario(h.db, baselineId))!.result.fullYearEffect.toString())
    expect(changed).not.toBe(fresh)
  })
})
