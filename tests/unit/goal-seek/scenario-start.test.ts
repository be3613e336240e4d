/**
 * The search starts from the scenario: its own measures are fixed input (counted, their moves
 * applied), the model closes only what is left, and no building they act on is offered again.
 */
import { describe, expect, it } from 'vitest'
import { buildProblem, findWayToTarget, type GoalSeekInput } from '~/core/goal-seek'
import type { Measure } from '~/core/goal-seek/engine-adapter'
import { buildModel } from '~/core/goal-seek/model'
import { kr, unit, workedExample, workedOptions } from './fixtures'

const closeTorvet: Measure = {
  kind: 'closure',
  id: '41',
  status: 'decided',
  label: 'Lukning: Torvet 1',
  propertyId: 4,
  date: '2025-04-01',
  operatingCostShare: 1,
}

/** The worked example, with Ældreplejen (45 FTE, 36 desks) at Torvet 1, which the scenario moves to Rådhuset on 01.06.2025. */
function withScenarioMove(): GoalSeekInput {
  const input = workedExample()
  return {
    ...input,
    units: [...input.units, unit({ id: 5, name: 'Ældreplejen', propertyId: 4, headcount: 45 })],
    fixedMeasures: [
      {
        kind: 'relocation',
        id: '51',
        status: 'proposal',
        label: 'Flytning: Ældreplejen til Rådhuset',
        unitId: 5,
        fromPropertyId: 4,
        toPropertyId: 1,
        date: '2025-06-01',
        headcount: 45,
        refurbishmentOre: 0,
        addedAnnualOperatingOre: 0,
      },
    ],
  }
}

describe('starting from the scenario', () => {
  it('leaves out actions on a building a scenario measure acts on, and asks the model only for the rest of the target', () => {
    const input = { ...workedExample(), fixedMeasures: [closeTorvet] }
    const { problem, excluded } = buildProblem(input, workedOptions())
    expect(problem.candidates.some((c) => c.propertyId === 4)).toBe(false)
    expect(excluded).toContainEqual({
      actionKey: 'closure:4',
      propertyId: 4,
      reason: 'Torvet 1 har allerede et tiltag i scenariet (Lukning: Torvet 1).',
    })
    expect(problem.start.fullYearEffect.toString()).toBe('450000')
    const model = buildModel(problem)
    // 1.000.000 kr. in 2026, of which the scenario's closure gives 450.000 kr.
    expect(model.rowLower[model.targetRow]).toBe(550_000)
  })

  it('counts the scenario measures in every alternative and proposes only what is missing', async () => {
    const result = await findWayToTarget({ ...workedExample(), fixedMeasures: [closeTorvet] }, workedOptions())
    expect(result.status).toBe('reached')
    expect(result.start).toEqual({
      measures: [{ measureId: '41', kind: 'closure', label: 'Lukning: Torvet 1', effectiveFrom: '2025-04-01' }],
      fullYearEffect: '450000',
      targetYearSaving: '450000',
      remainingGap: '550000',
    })
    const [first] = result.alternatives
    // Vestergade 7 (660.000 kr.) closes the rest; Jobcentret moves to the town hall.
    expect(first?.measures.map((m) => m.measure.id)).toEqual(['gs:termination:1@2025-09-01', 'gs:move:2:2>1@2025-09-01'])
    expect(first?.figures).toMatchObject({ fullYearEffect: '1110000', targetYearSaving: '1110000', oneOffCost: '100000' })
    expect(first?.check).toMatchObject({ modelFullYearEffect: '1110000', agrees: true, passes: true })
    for (const a of result.alternatives) expect(a.measures.some((m) => m.actionKey.endsWith(':4'))).toBe(false)
  })

  it('applies the scenario’s moves: units sit where they moved, and a building’s room follows the month they arrive', () => {
    const { problem } = buildProblem(withScenarioMove(), workedOptions({ allow: { partialClosures: false, sales: false } }))
    expect(problem.portfolio.unitsAt.get(1)?.map((u) => [u.name, u.headcount])).toEqual([
      ['Administrationen', 60],
      ['Ældreplejen', 45],
    ])
    expect(problem.portfolio.unitsAt.get(4)).toBeUndefined()
    const rows = buildModel(problem).capacityRows.filter((r) => r.propertyId === 1)
    // Rådhuset: 100 workplaces, 48 desks for Administrationen, 36 more from June 2025.
    expect(rows.map((r) => [r.month, r.spare])).toEqual([
      ['2025-04', 52],
      ['2025-06', 16],
      ['2025-09', 16],
    ])
  })

  it('never fills a building past what the scenario’s own moves leave free', async () => {
    const input = { ...withScenarioMove(), assumptions: { ...withScenarioMove().assumptions, targetAnnualOre: kr(600_000) } }
    const result = await findWayToTarget(input, workedOptions())
    expect(result.status).toBe('reached')
    for (const a of result.alternatives) {
      expect(a.check).toMatchObject({ agrees: true, passes: true, targetReached: true })
      const townHall = a.figures.capacity.find((p) => p.propertyId === 1)
      for (const m of townHall?.months ?? []) expect(m.workplacesNeeded).toBeLessThanOrEqual(100)
    }
  })

  it('forces required actions in and kept buildings out, on top of the scenario', async () => {
    const input = { ...workedExample(), fixedMeasures: [closeTorvet] }
    const result = await findWayToTarget(input, workedOptions({ requiredActions: ['sale:3'], keepPropertyIds: [] }))
    for (const a of result.alternatives) expect(a.measures.some((m) => m.actionKey === 'sale:3')).toBe(true)
    const kept = await findWayToTarget(input, workedOptions({ keepPropertyIds: [2] }))
    for (const a of kept.alternatives) expect(a.measures.some((m) => m.actionKey === 'termination:2')).toBe(false)
    expect(kept.excluded).toContainEqual({
      actionKey: 'termination:2',
      propertyId: 2,
      reason: 'Vestergade 7 skal blive (valgt som grænse).',
    })
  })
})
