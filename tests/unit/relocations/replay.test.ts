/** The relocation register's replay: start positions, partial moves, rotations, presence periods. */
import { describe, expect, it } from 'vitest'
import {
  effectiveRelocations,
  engineUnits,
  presencePeriods,
  relocationMeasureId,
  toRelocationMeasure,
  type ReplayRelocation,
} from '~/core/relocation-replay'

const unit = (id: number, propertyId: number, headcount: number) => ({
  id,
  name: `Enhed ${id}`,
  headcount,
  workplacesNeeded: null,
  propertyId,
})

function move(
  id: number,
  unitId: number,
  from: number,
  to: number,
  date: string,
  headcount: number,
  extra: Partial<ReplayRelocation> = {},
): ReplayRelocation {
  return { id, unitId, fromPropertyId: from, toPropertyId: to, date, headcount, status: 'planned', ...extra }
}

describe('engine start positions', () => {
  it('puts a unit where it sat before its first done relocation, with its whole headcount', () => {
    // Today the unit sits at 2 (main site); it came from 1 by a done move.
    const units = engineUnits([unit(7, 2, 20)], [move(1, 7, 1, 2, '2024-06-01', 20, { status: 'done' }), move(2, 7, 2, 3, '2025-01-01', 5)])
    expect(units).toEqual([{ id: 7, name: 'Enhed 7', headcount: 20, workplacesNeeded: null, propertyId: 1 }])
  })

  it('leaves a unit that has not moved at its main site', () => {
    expect(engineUnits([unit(7, 2, 20)], [move(1, 7, 2, 3, '2025-01-01', 5)])[0]!.propertyId).toBe(2)
  })
})

describe('effective relocations', () => {
  it('moves everything there when a done move emptied its origin, so a team that grew is not left behind', () => {
    // 18 moved and then the team grew to 20 at its new site.
    const [r] = effectiveRelocations(
      [{ id: 7, name: 'x', headcount: 20, propertyId: 1 }],
      [move(1, 7, 1, 2, '2024-08-12', 18, { status: 'done', emptiedOrigin: true })],
    )
    expect(r!.headcount).toBe(20)
  })

  it('keeps a partial move as asked', () => {
    const [r] = effectiveRelocations(
      [{ id: 7, name: 'x', headcount: 20, propertyId: 1 }],
      [move(1, 7, 1, 2, '2024-08-12', 5.5, { status: 'done' })],
    )
    expect(r!.headcount).toBe(5.5)
  })

  it('sums partial moves exactly in thousandths (19,5 + 0,5 empties the origin)', () => {
    const units = [{ id: 7, name: 'x', headcount: 20, propertyId: 1 }]
    const periods = presencePeriods(units, [move(1, 7, 1, 2, '2024-01-01', 19.5), move(2, 7, 1, 2, '2024-02-01', 0.5)])
    expect(periods.filter((p) => p.to === null)).toEqual([expect.objectContaining({ propertyId: 2, headcount: 20 })])
  })
})

describe('presence periods', () => {
  const units = [{ id: 7, name: 'Team', headcount: 18, propertyId: 1 }]

  it('splits a unit on a partial move: the part that stays and the part that arrives', () => {
    const periods = presencePeriods(units, [move(1, 7, 1, 2, '2024-08-12', 8)])
    expect(periods).toEqual(
      expect.arrayContaining([
        { unitId: 7, propertyId: 1, from: null, to: '2024-08-11', headcount: 18, arrivedBy: null, leftBy: 1 },
        { unitId: 7, propertyId: 1, from: '2024-08-12', to: null, headcount: 10, arrivedBy: 1, leftBy: null },
        { unitId: 7, propertyId: 2, from: '2024-08-12', to: null, headcount: 8, arrivedBy: 1, leftBy: null },
      ]),
    )
    expect(periods).toHaveLength(3)
  })

  it('joins the second part with the first at the receiving property', () => {
    const periods = presencePeriods(units, [move(1, 7, 1, 2, '2024-08-12', 8), move(2, 7, 1, 2, '2024-09-02', 10)])
    const open = periods.filter((p) => p.to === null)
    expect(open).toEqual([expect.objectContaining({ propertyId: 2, headcount: 18, from: '2024-09-02', arrivedBy: 2 })])
  })

  it('never moves more than is there', () => {
    const periods = presencePeriods(units, [move(1, 7, 1, 2, '2024-08-12', 25)])
    expect(periods.filter((p) => p.to === null)).toEqual([expect.objectContaining({ propertyId: 2, headcount: 18 })])
  })

  it('moves a unit without staff (an association) as a whole', () => {
    const periods = presencePeriods([{ id: 3, name: 'Forening', headcount: 0, propertyId: 5 }], [move(1, 3, 5, 6, '2025-01-01', 0)])
    expect(periods.filter((p) => p.to === null)).toEqual([expect.objectContaining({ propertyId: 6, headcount: 0 })])
  })

  it('swaps two units in a rotation on the same day', () => {
    const periods = presencePeriods(
      [
        { id: 1, name: 'A', headcount: 10, propertyId: 1 },
        { id: 2, name: 'B', headcount: 30, propertyId: 2 },
      ],
      [move(1, 1, 1, 2, '2025-03-01', 10), move(2, 2, 2, 1, '2025-03-01', 30)],
    )
    expect(periods.filter((p) => p.to === null).map((p) => [p.unitId, p.propertyId, p.headcount])).toEqual([
      [1, 2, 10],
      [2, 1, 30],
    ])
  })
})

describe('engine measures', () => {
  it('maps statuses idea/planned to proposal, decided to decided, done to realised, with a traceable id', () => {
    const costs = { movingCostOre: null, refurbishmentOre: 100, addedAnnualOperatingOre: 200 }
    const statuses = (['idea', 'planned', 'decided', 'done'] as const).map(
      (status) => toRelocationMeasure({ ...move(4, 1, 1, 2, '2025-01-01', 3, { status }), ...costs }).status,
    )
    expect(statuses).toEqual(['proposal', 'proposal', 'decided', 'realised'])
    expect(toRelocationMeasure({ ...move(4, 1, 1, 2, '2025-01-01', 3), ...costs })).toMatchObject({
      id: relocationMeasureId(4),
      movingCostOverrideOre: null,
      refurbishmentOre: 100,
    })
  })
})
