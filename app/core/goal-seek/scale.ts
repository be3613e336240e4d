import type { GoalSeekUnit } from './types'

/** FTE as the engine uses them: thousandths. */
export const milliOf = (headcount: number) => Math.round(headcount * 1000)

/**
 * Desks a unit needs: its own stated need, else headcount × desk factor, both on the engine's
 * scales (thousandths of an FTE, millionths of a desk factor) so the model and the engine agree.
 *
 * @example unitNeed({ headcount: 125, ... }, 0.8) // 100
 */
export function unitNeed(unit: GoalSeekUnit, deskFactor: number): number {
  if (unit.workplacesNeeded !== null && unit.workplacesNeeded !== undefined) return unit.workplacesNeeded
  return (milliOf(unit.headcount) * Math.round(deskFactor * 1_000_000)) / 1_000_000_000
}
