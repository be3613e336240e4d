import { describe, expect, it } from 'vitest'
import { findWayToTarget, type GoalSeekAlternative } from '~/core/goal-seek'
import { workedExample, workedOptions } from './fixtures'

const NBSP = '\u00a0'
const ids = (alt: GoalSeekAlternative | undefined) => alt?.measures.map((m) => m.measure.id)

describe('the worked example of docs/goal-seek.md', () => {
  it('least one-off cost: terminate Vestergade 7, close Torvet 1, move Jobcentret to the town hall', async () => {
    const result = await findWayToTarget(workedExample(), workedOptions())
    expect(result.status).toBe('reached')
    expect(result.solver).toMatchObject({ status: 'Optimal', timeLimitHit: false, optimalityGap: 0, candidates: 7 })
    const [first, second, third] = result.alternatives
    expect(ids(first)).toEqual(['gs:termination:1@2025-09-01', 'gs:closure:4@2025-04-01', 'gs:move:2:2>1@2025-09-01'])
    expect(first?.objectiveValue).toBeCloseTo(100_000, 6)
    expect(first?.figures).toMatchObject({
      fullYearEffect: '1110000',
      targetYearSaving: '1110000',
      gapToTarget: '0',
      firstYearTargetReached: 2026,
      oneOffCost: '100000',
      capitalIncome: '0',
      peopleMoved: 20,
    })
    // 2025: Torvet 1 from April (9/12 of 450.000) and Vestergade 7 from September (4/12 of 660.000).
    expect(first?.figures.years.map((y) => y.netOperatingSaving)).toEqual(['557500', '1110000', '1110000', '1110000'])
    expect(first?.figures.years[0]?.movingCost).toBe('100000')
    expect(first?.check).toMatchObject({
      modelFullYearEffect: '1110000',
      engineFullYearEffect: '1110000',
      difference: '0',
      agrees: true,
      conflicts: [],
      capacityOverruns: [],
      targetReached: true,
      passes: true,
    })
    expect(first?.check.explanation).toEqual([`Modellens og motorens helårseffekt er ens: 1.110.000,00${NBSP}kr.`])
    // Later alternatives leave out at least one action of each earlier one.
    expect(second?.figures.oneOffCost).toBe('125000')
    expect(second?.measures.map((m) => m.actionKey)).toEqual([
      'termination:2',
      'partial:3:0.5',
      'partial:4:0.5',
      'termination:2',
      'partial:3:0.5',
    ])
    // Half of Skolegade 3 closes: 24 desks needed, 20 left, so 5 FTE (4 desks) of PPR move out.
    expect(second?.measures[4]?.measure).toMatchObject({ kind: 'relocation', unitId: 3, headcount: 5 })
    expect(third?.figures).toMatchObject({ oneOffCost: '160000', fullYearEffect: '1110000', capitalIncome: '2940000' })
    expect(result.alternatives.every((a) => a.check.passes && a.check.agrees && a.check.targetReached)).toBe(true)
  })

  it('gives the reason for each measure in Danish, with § 64 dates and "beslut senest"', async () => {
    const [first] = (await findWayToTarget(workedExample(), workedOptions({ alternatives: 1 }))).alternatives
    expect(first?.measures.map((m) => m.reason)).toEqual([
      `Opsigelse af lejemålet i Vestergade 7 01.03.2025, ophør 31.08.2025: sparer 660.000,00${NBSP}kr. om året i husleje, service og drift. ` +
        `Beslut senest 01.03.2025. Bidrager med 660.000,00${NBSP}kr. i 2026.`,
      `Lukning af Torvet 1 fra 01.04.2025: sparer 450.000,00${NBSP}kr. om året i drift. Bidrager med 450.000,00${NBSP}kr. i 2026.`,
      'Flytning af 20 årsværk af Jobcentret fra Vestergade 7 til Rådhuset 01.09.2025: Vestergade 7 afgives den dag, ' +
        'og Rådhuset har plads (højst 64 af 100 arbejdspladser i brug).',
    ])
    expect(first?.measures[0]?.decideBy).toBe('2025-03-01')
    expect(first?.summary).toBe(
      `Alternativ 1: 2 tiltag og 1 flytning; helårseffekt 1.110.000,00${NBSP}kr.; 2026: 1.110.000,00${NBSP}kr.; ` +
        `målet nås i 2026; engangsudgifter 100.000,00${NBSP}kr.; 20 årsværk flyttes.`,
    )
  })

  it('earliest year and fewest people moved', async () => {
    const earliest = await findWayToTarget(workedExample(), workedOptions({ objective: 'earliest_year', alternatives: 1 }))
    expect(earliest.alternatives[0]?.objectiveValue).toBe(2026)
    expect(earliest.alternatives[0]?.figures.oneOffCost).toBe('100000')
    const fewest = await findWayToTarget(workedExample(), workedOptions({ objective: 'fewest_people_moved', alternatives: 2 }))
    expect(fewest.alternatives.map((a) => a.figures.peopleMoved)).toEqual([20, 20])
    // Tie-break on one-off cost: closing Torvet 1 (0 kr.) before selling it (60.000 kr. in sale costs).
    expect(fewest.alternatives.map((a) => a.figures.oneOffCost)).toEqual(['100000', '160000'])
  })

  it('keeps the buildings the user locks and takes in the actions the user requires', async () => {
    const kept = await findWayToTarget(workedExample(), workedOptions({ keepPropertyIds: [4], alternatives: 1 }))
    expect(kept.alternatives[0]?.measures.map((m) => m.actionKey)).toEqual(['termination:2', 'closure:3', 'termination:2', 'closure:3'])
    expect(kept.alternatives[0]?.figures.oneOffCost).toBe('250000')
    expect(kept.excluded).toContainEqual({ actionKey: 'sale:4', propertyId: 4, reason: 'Torvet 1 skal blive (valgt som grænse).' })
    const required = await findWayToTarget(workedExample(), workedOptions({ requiredActions: ['sale:3'], alternatives: 1 }))
    expect(required.alternatives[0]?.measures[1]?.reason).toContain('Tiltaget er låst med.')
    expect(required.alternatives[0]?.figures.oneOffCost).toBe('300000')
  })

  it('says how much is missing when no set reaches the target, and why', async () => {
    const result = await findWayToTarget(workedExample(), workedOptions({ targetYear: 2025 }))
    expect(result.status).toBe('unreachable')
    expect(result.shortfall).toEqual({
      year: 2025,
      amount: '163500',
      message: `Selv med alle mulige tiltag mangler 163.500,00${NBSP}kr. i 2025`,
    })
    expect(result.alternatives).toHaveLength(1)
    expect(result.alternatives[0]?.figures.targetYearSaving).toBe('836500')
    expect(result.bindingLimits).toContainEqual({
      kind: 'timing',
      message:
        `Tiltagene giver 1.482.000,00${NBSP}kr. om året, når de virker fuldt ud, men det seneste virker først fra 01.09.2025, ` +
        `så 2025 får kun 836.500,00${NBSP}kr.`,
    })
  })

  it('names the one-off budget when it binds', async () => {
    const result = await findWayToTarget(workedExample(), workedOptions({ maxOneOffCostOre: 5_000_000 }))
    expect(result.status).toBe('unreachable')
    expect(result.shortfall?.message).toBe(`Selv med alle mulige tiltag mangler 364.000,00${NBSP}kr. i 2026`)
    expect(result.bindingLimits).toContainEqual({
      kind: 'budget',
      message: `Grænsen for engangsudgifter på 50.000,00${NBSP}kr. binder: uden den kunne der spares 1.482.000,00${NBSP}kr. i 2026`,
    })
  })

  it('takes and returns plain data, so a worker thread can run it', async () => {
    const input = workedExample()
    const result = await findWayToTarget(structuredClone(input), workedOptions({ alternatives: 1 }))
    expect(structuredClone(result)).toEqual(result)
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
  })

  it('refuses a required action that cannot be used, with the reason', async () => {
    const result = await findWayToTarget(workedExample(), workedOptions({ requiredActions: ['sale:1'] }))
    expect(result.status).toBe('no_solution')
    expect(result.bindingLimits).toEqual([
      { kind: 'lock', message: 'Det låste tiltag sale:1 kan ikke bruges: Rådhuset er markeret som en bygning, der skal beholdes.' },
    ])
  })
})
