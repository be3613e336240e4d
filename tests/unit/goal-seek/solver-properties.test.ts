import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildProblem, findWayToTarget } from '~/core/goal-seek'
import { bruteForce, engineObjective } from './brute-force'
import { caseArb } from './generators'

/** Cases whose candidates and whole-unit move options number at most 12, so 4,096 subsets at most. */
const smallCase = caseArb.filter(({ input, options }) => {
  const { problem } = buildProblem(input, options)
  return problem.candidates.length + problem.moves.length <= 12
})

describe('the solver against trying every subset (random portfolios, ≤ 12 candidates)', () => {
  it('finds the same best objective value, and every alternative passes the engine checks', async () => {
    await fc.assert(
      fc.asyncProperty(smallCase, async ({ input, options }) => {
        const { problem } = buildProblem(input, options)
        const brute = bruteForce(problem)
        const result = await findWayToTarget(input, options)
        expect(result.solver.timeLimitHit).toBe(false)
        if (!brute.feasible) {
          expect(result.status).not.toBe('reached')
          if (result.status === 'unreachable') {
            expect(Number(result.alternatives[0]!.figures.targetYearSaving)).toBeCloseTo(brute.bestTargetYearSaving, 2)
          }
          return
        }
        expect(result.status).toBe('reached')
        const [primary, secondary] = engineObjective(problem, result.alternatives[0]!)
        expect(primary).toBeCloseTo(brute.primary, 2)
        expect(secondary).toBeCloseTo(brute.secondary, 2)
        for (const alt of result.alternatives) {
          expect(alt.check.conflicts).toEqual([])
          expect(alt.check.capacityOverruns).toEqual([])
          expect(alt.check).toMatchObject({ passes: true, targetReached: true, agrees: true })
        }
      }),
      { numRuns: 80 },
    )
  }, 240_000)

  it('with units split over several buildings: never worse than whole units, and every alternative still passes', async () => {
    await fc.assert(
      fc.asyncProperty(smallCase, async ({ input, options }) => {
        const whole = bruteForce(buildProblem(input, options).problem)
        const split = { ...options, splitUnits: true }
        const result = await findWayToTarget(input, split)
        if (whole.feasible) {
          expect(result.status).toBe('reached')
          const [primary] = engineObjective(buildProblem(input, split).problem, result.alternatives[0]!)
          expect(primary).toBeLessThanOrEqual(whole.primary + 0.01)
        }
        for (const alt of result.alternatives) {
          expect(alt.check.conflicts).toEqual([])
          expect(alt.check.capacityOverruns).toEqual([])
          expect(alt.check.passes).toBe(true)
          expect(alt.check.agrees).toBe(true)
          if (result.status === 'reached') expect(alt.check.targetReached).toBe(true)
        }
      }),
      { numRuns: 60 },
    )
  }, 240_000)
})
