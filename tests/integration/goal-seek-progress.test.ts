/**
 * A search's progress as another app server sees it: from the job row, which the server running
 * the search keeps at most a second old. Only a running job shows progress.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import type { SearchProgress } from '~/core/goal-seek/progress'
import { seedDemo } from '~/features/demo/demo.server'
import { insertJob, saveJobProgress } from '~/features/goal-seek/goal-seek.repo.server'
import { goalSeekStatus } from '~/features/goal-seek/goal-seek.server'
import { getBaseline } from '~/features/scenarios/scenarios.repo.server'
import { DIALECTS, openTestDatabase } from '../setup/test-db'

const PROGRESS: SearchProgress = {
  stage: 'Søger efter det billigste sæt',
  alternativesFound: 0,
  best: { fullYearEffect: '1234567.5', targetYearSaving: '1000000', oneOffCost: '250000' },
  gap: 0.125,
  elapsedSeconds: 3.4,
}

describe.each(DIALECTS)('goal-seek progress across servers on %s', (dialect) => {
  let h: DatabaseHandle
  let scenarioId = 0
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    await seedDemo(h.db)
    scenarioId = (await getBaseline(h.db))!.id
  })
  afterAll(async () => h?.close())

  const job = async (id: string, status: 'running' | 'done') =>
    insertJob(h.db, {
      id,
      scenarioId,
      status,
      optionsJson: '{}',
      timeLimitSeconds: 60,
      userEmail: 'udvalg@hedensted.demo',
      startedAt: new Date().toISOString(),
    })

  it('shows the progress a search running elsewhere stored on its job', async () => {
    await job('andet-serverjob', 'running')
    expect((await goalSeekStatus(h.db, 'andet-serverjob'))!.progress).toBeNull()
    await saveJobProgress(h.db, 'andet-serverjob', JSON.stringify(PROGRESS))
    expect((await goalSeekStatus(h.db, 'andet-serverjob'))!.progress).toEqual(PROGRESS)
  })

  it('keeps no progress on a finished job', async () => {
    await job('faerdigt-job', 'done')
    await saveJobProgress(h.db, 'faerdigt-job', JSON.stringify(PROGRESS))
    const status = await goalSeekStatus(h.db, 'faerdigt-job')
    expect(status!.status).toBe('done')
    expect(status!.progress).toBeNull()
  })
})
