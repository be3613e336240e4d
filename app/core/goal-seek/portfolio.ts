import { formatNumberDa, type EngineInput, type LeaseInput } from './engine-adapter'
import { fixedEffects, type FixedEffects } from './fixed'
import { milliOf, unitNeed } from './scale'
import type { GoalSeekInput, GoalSeekProperty, GoalSeekUnit } from './types'

export { milliOf, unitNeed } from './scale'

/** Lookups over the input, built once per run. */
export interface Portfolio {
  input: GoalSeekInput
  properties: Map<number, GoalSeekProperty>
  /** The units where they sit once the scenario's own relocations are done. */
  unitsAt: Map<number, GoalSeekUnit[]>
  leasesOn: Map<number, LeaseInput[]>
  /** Desks each placed unit needs. */
  need: Map<GoalSeekUnit, number>
  /** Desks the placed units need at each property. */
  initialNeed: Map<number, number>
  /** What the scenario's own measures do. */
  fixed: FixedEffects
}

/**
 * FTE or desks the Danish way with only the decimals they need (at most 3).
 *
 * @example quantity(12.5) // '12,5'
 */
export function quantity(value: number): string {
  return formatNumberDa(value, 3).replace(/,?0+$/, '')
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/**
 * The engine's input for the register with the scenario's own measures and `extra` on top.
 *
 * @example computeSavings(engineInputOf(input, [])) // the scenario as it stands
 */
export function engineInputOf(input: GoalSeekInput, extra: EngineInput['measures']): EngineInput {
  const { properties, leases, units, assumptions } = input
  return { properties, leases, units, measures: [...(input.fixedMeasures ?? []), ...extra], assumptions, statusFilter: 'all' }
}

/**
 * Indexes the input, with the scenario's own measures applied.
 *
 * @example indexPortfolio(input).initialNeed.get(1) // 80
 */
export function indexPortfolio(input: GoalSeekInput): Portfolio {
  const properties = new Map(input.properties.map((p) => [p.id, p]))
  const fixed = fixedEffects(input, engineInputOf(input, []))
  const unitsAt = new Map<number, GoalSeekUnit[]>()
  const leasesOn = new Map<number, LeaseInput[]>()
  const need = new Map<GoalSeekUnit, number>()
  const initialNeed = new Map<number, number>()
  for (const lease of input.leases) push(leasesOn, lease.propertyId, lease)
  for (const unit of fixed.placements) {
    if (!properties.has(unit.propertyId) || milliOf(unit.headcount) <= 0) continue
    push(unitsAt, unit.propertyId, unit)
    const desks = unitNeed(unit, input.assumptions.deskFactor)
    need.set(unit, desks)
    initialNeed.set(unit.propertyId, (initialNeed.get(unit.propertyId) ?? 0) + desks)
  }
  return { input, properties, unitsAt, leasesOn, need, initialNeed, fixed }
}

/** Workplaces left at a property once the scenario's partial closures are in effect. */
export function usableWorkplaces(portfolio: Portfolio, propertyId: number): number {
  const workplaces = portfolio.properties.get(propertyId)?.workplaces ?? 0
  return workplaces * (1 - (portfolio.fixed.closedShare.get(propertyId) ?? 0))
}

/**
 * Desks the scenario's own measures use at a property in a month of the horizon (0 = January of
 * the first year): the engine's figure where they move people, else the placed units' need.
 */
export function baseNeed(portfolio: Portfolio, propertyId: number, monthOfHorizon: number): number {
  const months = portfolio.fixed.monthlyNeed.get(propertyId)
  if (!months) return portfolio.initialNeed.get(propertyId) ?? 0
  return months[Math.max(0, Math.min(months.length - 1, monthOfHorizon))] ?? 0
}

/** Month of the horizon of a date (0 = January of the first year). */
export function horizonMonth(portfolio: Portfolio, date: string): number {
  return (Number(date.slice(0, 4)) - portfolio.input.assumptions.firstYear) * 12 + Number(date.slice(5, 7)) - 1
}

/**
 * Free desks at a property before any proposed measure, at its fullest month from `fromMonth`
 * of the horizon on (negative when overfull).
 */
export function spareDesks(portfolio: Portfolio, propertyId: number, fromMonth = 0): number {
  const months = portfolio.fixed.monthlyNeed.get(propertyId)
  const peak = months ? Math.max(0, ...months.slice(Math.max(0, fromMonth))) : (portfolio.initialNeed.get(propertyId) ?? 0)
  return usableWorkplaces(portfolio, propertyId) - peak
}
