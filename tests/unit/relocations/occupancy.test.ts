/** Occupancy per month from the relocation register, through the savings engine's monthlyOccupancy. */
import { describe, expect, it } from 'vitest'
import { monthlyOccupancy, type EngineInput, type PropertyInput } from '~/core/savings'
import { effectiveRelocations, engineUnits, toRelocationMeasure, type ReplayRelocation } from '~/core/relocation-replay'
import { assumptions, property } from '../savings/fixtures'

const a = property({ id: 1, name: 'A-huset', workplaces: 100, grossAreaM2: 2000 })
const b = property({ id: 2, name: 'B-huset', workplaces: 30, grossAreaM2: 600 })

function input(
  units: { id: number; headcount: number; propertyId: number }[],
  moves: ReplayRelocation[],
  properties: PropertyInput[] = [a, b],
): EngineInput {
  const start = engineUnits(
    units.map((u) => ({ ...u, name: `Enhed ${u.id}`, workplacesNeeded: null })),
    moves,
  )
  const costs = { movingCostOre: null, refurbishmentOre: 0, addedAnnualOperatingOre: 0 }
  return {
    properties,
    leases: [],
    units: start,
    statusFilter: 'all',
    assumptions: assumptions({ firstYear: 2024, lastYear: 2025, deskFactor: 0.8 }),
    measures: effectiveRelocations(start, moves).map((r) => toRelocationMeasure({ ...r, ...costs })),
  }
}

const move = (
  id: number,
  unitId: number,
  from: number,
  to: number,
  date: string,
  headcount: number,
  status: ReplayRelocation['status'] = 'planned',
): ReplayRelocation => ({ id, unitId, fromPropertyId: from, toPropertyId: to, date, headcount, status })

const month = (rows: ReturnType<typeof monthlyOccupancy>, propertyId: number, key: string) =>
  rows.find((r) => r.propertyId === propertyId)!.months.find((m) => m.month === key)!

describe('occupancy per month', () => {
  it('counts a partial move at both properties, with the peak of the month', () => {
    const rows = monthlyOccupancy(input([{ id: 7, headcount: 20, propertyId: 1 }], [move(1, 7, 1, 2, '2024-03-15', 5)]))
    expect(month(rows, 1, '2024-02')).toMatchObject({ headcount: 20, workplacesNeeded: 16, over: false })
    // On 1-14 March all 20 are still at A: the month's peak.
    expect(month(rows, 1, '2024-03')).toMatchObject({ headcount: 20, headcountAtEnd: 15 })
    expect(month(rows, 1, '2024-04')).toMatchObject({ headcount: 15, workplacesNeeded: 12, m2PerFte: 2000 / 15 })
    expect(month(rows, 2, '2024-03')).toMatchObject({ headcount: 5, workplacesNeeded: 4, m2PerFte: 120 })
  })

  it('marks the months a move overfills a building', () => {
    const rows = monthlyOccupancy(
      input(
        [
          { id: 7, headcount: 20, propertyId: 1 },
          { id: 8, headcount: 30, propertyId: 2 },
        ],
        [move(1, 7, 1, 2, '2024-06-01', 10)],
      ),
    )
    // 40 FTE × 0,8 = 32 desks > 30 workplaces from June.
    expect(month(rows, 2, '2024-05').over).toBe(false)
    expect(month(rows, 2, '2024-06')).toMatchObject({ headcount: 40, workplacesNeeded: 32, workplaces: 30, over: true })
    expect(month(rows, 2, '2025-12').over).toBe(true)
  })

  it('a rotation that swaps two units on one day fills no building twice', () => {
    const c = property({ id: 3, name: 'C-huset', workplaces: 25 })
    const units = [
      { id: 1, headcount: 30, propertyId: 2 },
      { id: 2, headcount: 10, propertyId: 3 },
    ]
    const swap = [move(1, 1, 2, 3, '2025-03-01', 30), move(2, 2, 3, 2, '2025-03-01', 10)]
    const rows = monthlyOccupancy(input(units, swap, [a, b, c]))
    expect(month(rows, 3, '2025-03')).toMatchObject({ headcount: 30, workplacesNeeded: 24, over: false })
    expect(month(rows, 2, '2025-03')).toMatchObject({ headcount: 10, over: false })
  })

  it('a rotation whose moves are days apart overfills the building in that month only', () => {
    const c = property({ id: 3, name: 'C-huset', workplaces: 25 })
    const units = [
      { id: 1, headcount: 30, propertyId: 2 },
      { id: 2, headcount: 10, propertyId: 3 },
    ]
    // Unit 1 arrives at C on the 10th, unit 2 leaves C on the 20th: 40 FTE need 32 desks for ten days.
    const rows = monthlyOccupancy(input(units, [move(1, 1, 2, 3, '2025-03-10', 30), move(2, 2, 3, 2, '2025-03-20', 10)], [a, b, c]))
    expect(month(rows, 3, '2025-03')).toMatchObject({ headcount: 40, over: true })
    expect(month(rows, 3, '2025-04')).toMatchObject({ headcount: 30, over: false })
  })

  it('replays a done move from where the unit started, not twice from where it sits now', () => {
    // The register says unit 7 sits at B now (main site 2) after a done move from A.
    const rows = monthlyOccupancy(input([{ id: 7, headcount: 20, propertyId: 2 }], [move(1, 7, 1, 2, '2024-06-01', 20, 'done')]))
    expect(month(rows, 1, '2024-05').headcount).toBe(20)
    expect(month(rows, 1, '2024-06').headcount).toBe(0)
    expect(month(rows, 2, '2024-06').headcount).toBe(20)
  })
})
