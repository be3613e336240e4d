/**
 * The capacity heat map's cells: how full a property is month by month (room, tight, over, or staff
 * left behind after the building is gone), shaped for the page. Pure, shared by the server that
 * builds the page and the detail table that shows one property.
 */
import type { IsoDate } from '~/core/dates'
import type { OccupancyMonth, PropertyOccupancy } from '~/core/savings'

/**
 * How full a heat-map cell is: nobody there, room, over 90 % of the workplaces in use, over the
 * capacity, or staff still there after the lease ended or the buyer took over.
 */
export type CellState = 'empty' | 'ok' | 'tight' | 'over' | 'late'

/** One month of the heat map: the workplaces needed (the peak) and the årsværk behind them. */
export interface HeatCell {
  need: number
  fte: number
  state: CellState
}

/** One property row of the heat map: what the page draws and nothing more (the month-by-month detail has the rest). */
export interface HeatRow {
  propertyId: number
  name: string
  workplaces: number
  grossAreaM2: number
  /** One cell per month of the window, in order. */
  cells: HeatCell[]
}

/**
 * The state of one month, for a building gone from `goneFrom` (the first day its lease has ended or
 * its buyer has taken over; null when it stays).
 * @example cellState({ month: '2024-09', headcount: 18, workplacesNeeded: 14.4, workplaces: 20, over: false, ... }, '2024-09-01') // 'late'
 */
export function cellState(m: OccupancyMonth, goneFrom: IsoDate | null): CellState {
  if (m.headcount === 0) return 'empty'
  if (m.over) return 'over'
  if (goneFrom !== null && m.month >= goneFrom.slice(0, 7)) return 'late'
  return m.workplaces > 0 && m.workplacesNeeded / m.workplaces > 0.9 ? 'tight' : 'ok'
}

/**
 * A property's months as heat-map cells: a third of the fields of its month rows, so a page of 20
 * properties × 24 months stays small to send and quick to draw. A month like the one before it
 * shares its cell object, which the page's data then sends once (by reference) instead of per month.
 * @example heatRow(occupancy, null).cells[0] // { need: 73.6, fte: 92, state: 'ok' }
 */
export function heatRow(p: PropertyOccupancy, goneFrom: IsoDate | null): HeatRow {
  let last: HeatCell | undefined
  return {
    propertyId: p.propertyId,
    name: p.name,
    workplaces: p.workplaces,
    grossAreaM2: p.grossAreaM2,
    cells: p.months.map((m) => {
      const state = cellState(m, goneFrom)
      if (last?.need !== m.workplacesNeeded || last.fte !== m.headcount || last.state !== state)
        last = { need: m.workplacesNeeded, fte: m.headcount, state }
      return last
    }),
  }
}
