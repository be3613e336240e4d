import { formatNumberDa, type LeaseInput } from './engine-adapter'
import type { GoalSeekInput, GoalSeekProperty, GoalSeekUnit } from './types'

/** Lookups over the input, built once per run. */
export interface Portfolio {
  input: GoalSeekInput
  properties: Map<number, GoalSeekProperty>
  unitsAt: Map<number, GoalSeekUnit[]>
  leasesOn: Map<number, LeaseInput[]>
  /** Desks each unit needs, by unit id. */
  need: Map<number, number>
  /** Desks the register's units need at each property before any measure. */
  initialNeed: Map<number, number>
}

/**
 * FTE or desks the Danish way with only the decimals they need (at most 3).
 *
 * @example quantity(12.5) // '12,5'
 */
export function quantity(value: number): string {
  return formatNumberDa(value, 3).replace(/,?0+$/, '')
}

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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/**
 * Indexes the input.
 *
 * @example indexPortfolio(input).initialNeed.get(1) // 80
 */
export function indexPortfolio(input: GoalSeekInput): Portfolio {
  const properties = new Map(input.properties.map((p) => [p.id, p]))
  const unitsAt = new Map<number, GoalSeekUnit[]>()
  const leasesOn = new Map<number, LeaseInput[]>()
  const need = new Map<number, number>()
  const initialNeed = new Map<number, number>()
  for (const lease of input.leases) push(leasesOn, lease.propertyId, lease)
  for (const unit of input.units) {
    if (!properties.has(unit.propertyId) || milliOf(unit.headcount) <= 0) continue
    push(unitsAt, unit.propertyId, unit)
    const desks = unitNeed(unit, input.assumptions.deskFactor)
    need.set(unit.id, desks)
    initialNeed.set(unit.propertyId, (initialNeed.get(unit.propertyId) ?? 0) + desks)
  }
  return { input, properties, unitsAt, leasesOn, need, initialNeed }
}

/** Free desks at a property before any measure (negative when already overfull). */
export function spareDesks(portfolio: Portfolio, propertyId: number): number {
  const property = portfolio.properties.get(propertyId)
  return (property?.workplaces ?? 0) - (portfolio.initialNeed.get(propertyId) ?? 0)
}
