/**
 * Scenario figures are computed once per version of what they read: the register generation and
 * the scenario's own generation move on at every write to what the figures read, whatever wrote
 * it (a service or plain SQL, as another server, the CLI or a restore script would), and the
 * cached figures follow them. A write that cannot change them (a promotion, a rename, another
 * scenario's measures) keeps them.
 */
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { seedDemo } from '~/features/demo/demo.server'
import { computeScenario } from '~/features/scenarios/savings.server'
import { computeScenarioCached, scenarioSummaries } from '~/features/scenarios/scenario-cache.server'
import { readDataGeneration, readFiguresVersions } from '~/server/data-generation.server'
import { getBaseline, listMeasures } from '~/features/scenarios/scenarios.repo.server'
import { listScenarioHeads } from '~/features/scenarios/scenario-page.server'
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
    expect((await computeScenarioCached(h.db, baselineId))!.result).toBe(first!.result)
    const measure = (await listMeasures(h.db, baselineId)).find((m) => m.enabled === 1 && m.kind === 'lease_termination')!
    expect((await setMeasureEnabled(h.db, baselineId, measure.id, false)).ok).toBe(true)
    const after = await computeScenarioCached(h.db, baselineId)
    expect(after!.result).not.toBe(first!.result)
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
      figuresVersion: string
    }>`select generation, figures_version from scenario_summary_cache where scenario_id = ${baselineId}`.execute(h.db)
    expect(Number(stored.rows[0]!.generation)).toBe(generation)
    expect(stored.rows[0]!.figuresVersion).toBe((await readFiguresVersions(h.db, [baselineId])).get(baselineId))
    // A lease's rent changed by plain SQL, as another server would: the list follows.
    await sql`update lease set annual_rent_ore = annual_rent_ore + 100000000 where id = (select lease_id from scenario_measure where scenario_id = ${baselineId} and kind = 'lease_termination' and enabled = 1 order by id limit 1)`.execute(
      h.db,
    )
    const changed = (await scenarioSummaries(h.db, [baselineId])).get(baselineId)!.fullYearEffect
    expect(changed).toBe((await computeScenario(h.db, baselineId))!.result.fullYearEffect.toString())
    expect(changed).not.toBe(fresh)
  })

  it("moves the register generation at a register write only, and a scenario's at its own writes only", async () => {
    const other = (await listScenarioHeads(h.db)).find((x) => x.id !== baselineId)!.id
    const versions = () => readFiguresVersions(h.db, [baselineId, other])
    const register = () => readDataGeneration(h.db, 'register')
    const r0 = await register()
    const v0 = await versions()
    // Another scenario's measure: its version moves, the plan's and the register's do not.
    await sql`update scenario_measure set label = label || ' ' where id = (select min(id) from scenario_measure where scenario_id = ${other})`.execute(
      h.db,
    )
    const v1 = await versions()
    expect(await register()).toBe(r0)
    expect(v1.get(baselineId)).toBe(v0.get(baselineId))
    expect(v1.get(other)).not.toBe(v0.get(other))
    // A name, a description or a decision is not an input of the figures.
    await sql`update scenario set name = name || ' ', description = 'x', case_reference = 'S-1' where id = ${baselineId}`.execute(h.db)
    expect((await versions()).get(baselineId)).toBe(v1.get(baselineId))
    // An assumption is.
    await sql`update scenario set desk_factor = desk_factor + 0.01 where id = ${baselineId}`.execute(h.db)
    const v2 = await versions()
    expect(v2.get(baselineId)).not.toBe(v1.get(baselineId))
    expect(v2.get(other)).toBe(v1.get(other))
    // The register: every scenario's version moves.
    await sql`update property set note = 'igen' where id = (select min(id) from property)`.execute(h.db)
    expect(await register()).toBeGreaterThan(r0)
    const v3 = await versions()
    expect(v3.get(baselineId)).not.toBe(v2.get(baselineId))
    expect(v3.get(other)).not.toBe(v2.get(other))
    // A new scenario has a version of its own; a deleted one has none.
    await sql`insert into scenario (name, first_year, last_year, target_annual_ore, desk_factor, moving_cost_per_person_ore, version, created_at, updated_at)
      values ('Ny', 2025, 2030, 0, 1, 0, 1, 'nu', 'nu')`.execute(h.db)
    const created = (await listScenarioHeads(h.db)).find((x) => x.name === 'Ny')!.id
    expect((await readFiguresVersions(h.db, [created])).get(created)).toMatch(/^\d+:\d+$/)
    await sql`delete from scenario where id = ${created}`.execute(h.db)
    expect((await readFiguresVersions(h.db, [created])).has(created)).toBe(false)
    await sql`update scenario set desk_factor = desk_factor - 0.01, name = trim(name) where id = ${baselineId}`.execute(h.db)
  })

  it("keeps the figures through a rename and another scenario's edit, with the row read fresh", async () => {
    const other = (await listScenarioHeads(h.db)).find((x) => x.id !== baselineId)!.id
    const first = (await computeScenarioCached(h.db, baselineId))!
    await sql`update scenario set name = 'Omdøbt plan', version = version + 1 where id = ${baselineId}`.execute(h.db)
    await sql`update scenario_measure set label = label || ' ' where id = (select min(id) from scenario_measure where scenario_id = ${other})`.execute(
      h.db,
    )
    const renamed = (await computeScenarioCached(h.db, baselineId))!
    expect(renamed.result).toBe(first.result)
    expect(renamed.scenario.name).toBe('Omdøbt plan')
    // Archived without its version moving (as the old plan is at a promotion): seen at once.
    await sql`update scenario set archived_at = 'nu' where id = ${baselineId}`.execute(h.db)
    const archived = (await computeScenarioCached(h.db, baselineId))!
    expect(archived.result).toBe(first.result)
    expect(archived.scenario.archivedAt).toBe('nu')
    await sql`update scenario set archived_at = null where id = ${baselineId}`.execute(h.db)
    // A measure of its own, changed by plain SQL: computed afresh.
    await sql`update scenario_measure set enabled = 1 - enabled where id = (select min(id) from scenario_measure where scenario_id = ${baselineId})`.execute(
      h.db,
    )
    const changed = (await computeScenarioCached(h.db, baselineId))!
    expect(changed.result).not.toBe(first.result)
    expect(changed.result.fullYearEffect.toString()).toBe((await computeScenario(h.db, baselineId))!.result.fullYearEffect.toString())
    await sql`update scenario_measure set enabled = 1 - enabled where id = (select min(id) from scenario_measure where scenario_id = ${baselineId})`.execute(
      h.db,
    )
  })
})
