/** Progress while HiGHS works: each run announced, the best set so far with its figures, and the gap. */
import { describe, expect, it } from 'vitest'
import { findWayToTarget, type SearchProgress } from '~/core/goal-seek'
import { workedExample, workedOptions } from './fixtures'

describe('progress of a search', () => {
  it('reports each run, the best set found so far and the gap, ending with the check by the engine', async () => {
    const reports: SearchProgress[] = []
    const result = await findWayToTarget(workedExample(), workedOptions(), (p) => reports.push(structuredClone(p)))
    expect(reports[0]).toMatchObject({ stage: 'Leder efter det bedste sæt af tiltag', alternativesFound: 0, best: null, gap: null })
    expect(reports.map((r) => r.stage)).toContain('Leder efter alternativ 2')
    // The gap shown is the first alternative's: proven optimal, and later runs leave it be.
    const later = reports.filter((r) => r.alternativesFound > 0)
    expect(later.length).toBeGreaterThan(0)
    for (const r of later) expect(r.gap).toBe(0)
    const last = reports.at(-1)!
    expect(last).toMatchObject({ stage: 'Regner alternativerne igennem', alternativesFound: 3 })
    // The best set of the first run is alternative 1, before the engine's check: the same figures.
    expect(last.best).toEqual({ fullYearEffect: '1110000', targetYearSaving: '1110000', oneOffCost: '100000' })
    expect(result.alternatives[0]?.figures.fullYearEffect).toBe(last.best?.fullYearEffect)
    for (let i = 1; i < reports.length; i++) expect(reports[i]!.elapsedSeconds).toBeGreaterThanOrEqual(reports[i - 1]!.elapsedSeconds)
  })
})
