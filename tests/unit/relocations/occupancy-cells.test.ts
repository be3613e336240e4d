/** The capacity heat map's cells: one state per month, the same rules as the month-by-month detail. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cellState, heatRow } from '~/core/occupancy-cells'
import type { OccupancyMonth } from '~/core/savings'

const month = (over: Partial<OccupancyMonth>): OccupancyMonth => ({
  month: '2024-08',
  headcount: 18,
  headcountAtEnd: 18,
  workplacesNeeded: 14.4,
  workplaces: 20,
  m2PerFte: 22.5,
  over: false,
  ...over,
})

describe('heat-map cells', () => {
  it('tells empty, room, tight, over and left behind apart', () => {
    expect(cellState(month({ headcount: 0, workplacesNeeded: 0 }), null)).toBe('empty')
    expect(cellState(month({}), null)).toBe('ok')
    // 18.1 of 20 workplaces is over 90 %; exactly 90 % is still room.
    expect(cellState(month({ workplacesNeeded: 18.1 }), null)).toBe('tight')
    expect(cellState(month({ workplacesNeeded: 18 }), null)).toBe('ok')
    expect(cellState(month({ workplacesNeeded: 24, over: true }), null)).toBe('over')
    // Gone from 1 September: August is fine, September with staff is left behind, empty stays empty.
    expect(cellState(month({}), '2024-09-01')).toBe('ok')
    expect(cellState(month({ month: '2024-09' }), '2024-09-01')).toBe('late')
    expect(cellState(month({ month: '2024-09' }), '2024-09-15')).toBe('late')
    expect(cellState(month({ month: '2024-10', headcount: 0, workplacesNeeded: 0 }), '2024-09-01')).toBe('empty')
    // Over capacity says more than left behind.
    expect(cellState(month({ month: '2024-09', over: true }), '2024-09-01')).toBe('over')
  })

  it('keeps the peak need and årsværk of each month, in order', () => {
    const row = heatRow(
      {
        propertyId: 6,
        name: 'Vesterbrogade 4B',
        workplaces: 20,
        grossAreaM2: 405,
        months: [month({ month: '2024-08' }), month({ month: '2024-09' }), month({ month: '2024-10', headcount: 0, workplacesNeeded: 0 })],
      },
      '2024-09-01',
    )
    expect(row).toEqual({
      propertyId: 6,
      name: 'Vesterbrogade 4B',
      workplaces: 20,
      grossAreaM2: 405,
      cells: [
        { need: 14.4, fte: 18, state: 'ok' },
        { need: 14.4, fte: 18, state: 'late' },
        { need: 0, fte: 0, state: 'empty' },
      ],
    })
  })

  it('shares one cell between like months, so the page sends it once', () => {
    const months = ['2024-01', '2024-02', '2024-03'].map((m) => month({ month: m }))
    const { cells } = heatRow({ propertyId: 1, name: 'A', workplaces: 20, grossAreaM2: 400, months }, '2024-03-01')
    expect(cells[1]).toBe(cells[0])
    expect(cells[2]).not.toBe(cells[1])
    expect(cells[2]!.state).toBe('late')
  })

  it('marks a month empty exactly when nobody sits there, and over whenever the engine says so', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.boolean(),
        fc.option(fc.constantFrom('2024-01-01', '2024-08-31', '2024-09-01', '2030-01-01'), { nil: null }),
        (headcount, workplaces, over, goneFrom) => {
          const m = month({ headcount, workplacesNeeded: headcount * 0.8, workplaces, over: over && headcount > 0 })
          const state = cellState(m, goneFrom)
          expect(state === 'empty').toBe(headcount === 0)
          if (m.over) expect(state).toBe('over')
          if (state === 'late') expect(goneFrom !== null && goneFrom.slice(0, 7) <= m.month).toBe(true)
        },
      ),
    )
  })
})
