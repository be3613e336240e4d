/**
 * The scenario list answers with the names at once and streams the figures: the loader's names
 * need no computation, and the figures that follow are those of the whole computation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { seedDemo } from '~/features/demo/demo.server'
import { loader } from '~/features/scenarios/routes/scenarier'
import { listScenarioFigures, listScenarioHeads, listScenarioRows } from '~/features/scenarios/scenario-page.server'
import { computeScenario } from '~/features/scenarios/savings.server'
import type { ScenarioListFigures, ScenarioListHead } from '~/features/scenarios/types'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { cookieFor, send } from './request'

describe.each(DIALECTS)('the scenario list on %s', (dialect) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    await seedDemo(h.db)
    useAsAppDatabase(h)
  })
  afterAll(async () => h.close())

  it('sends the names at once and the figures as a promise of every scenario’s computed figures', async () => {
    expect((await send('GET', '/scenarier', { cookie: await cookieFor(h.db, 'udvalg') })).status).toBe(200)
    // The loader's own answer, before serialisation streams the promise.
    const body: { scenarios: ScenarioListHead[]; figures: Promise<Record<number, ScenarioListFigures>> } = await loader()
    expect(body.scenarios[0]!.isBaseline).toBe(true)
    expect(body.scenarios.map((s) => s.id)).toEqual((await listScenarioHeads(h.db)).map((s) => s.id))
    expect(body.figures).toBeInstanceOf(Promise)
    const figures = await body.figures
    for (const s of body.scenarios) {
      const { result } = (await computeScenario(h.db, s.id))!
      expect(figures[s.id]).toEqual({
        fullYearEffect: result.fullYearEffect.toString(),
        gap: result.gapToTarget.toString(),
        conflicts: result.conflicts.length,
      })
    }
  })

  it('puts names and figures together for the rows the CLI and the tests read', async () => {
    const [heads, figures, rows] = await Promise.all([listScenarioHeads(h.db), listScenarioFigures(h.db), listScenarioRows(h.db)])
    expect(rows).toEqual(heads.map((head) => ({ ...head, ...figures[head.id] })))
  })
})
