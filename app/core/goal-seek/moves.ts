import type { Candidate } from './candidates'
import type { IsoDate } from './engine-adapter'
import { horizonMonth, milliOf, quantity, spareDesks, type Portfolio } from './portfolio'
import type { Settings } from './settings'
import type { ExcludedCandidate, GoalSeekProperty, GoalSeekUnit } from './types'

/**
 * Moving one unit (or part of it, when units may be split) out of a building an action gives up
 * or partly closes, into one receiving building, on the action's date. A column in the model:
 * the share of the unit moved (0..1), or a yes/no when units move whole.
 */
export interface MoveOption {
  index: number
  /** The action the move belongs to (its index among the candidates). */
  candidate: number
  unitId: number
  fromPropertyId: number
  toPropertyId: number
  date: IsoDate
  /** FTE of the whole unit (3 decimals, as the engine uses them). */
  headcount: number
  /** Desks the whole unit needs. */
  need: number
  /** One-off cost of moving the whole unit, kroner: moving cost per person + refurbishment per person. */
  costKroner: number
}

const EPSILON = 1e-9

/** Desks that must leave a building for the candidate: all for a full give-up, the overflow for a partial closure. */
export function desksToFree(portfolio: Portfolio, candidate: Candidate): number {
  const need = portfolio.initialNeed.get(candidate.propertyId) ?? 0
  if (candidate.vacates) return need
  const workplaces = portfolio.properties.get(candidate.propertyId)?.workplaces ?? 0
  return Math.max(0, need - (1 - candidate.share) * workplaces)
}

/** Receiving buildings for a unit: most room first, at most maxDestinationsPerUnit. */
function destinationsFor(
  ranked: readonly { property: GoalSeekProperty; spare: number }[],
  portfolio: Portfolio,
  unit: GoalSeekUnit,
  settings: Settings,
): number[] {
  const allowed = unit.allowedPropertyIds ? new Set(unit.allowedPropertyIds) : null
  const need = portfolio.need.get(unit) ?? 0
  const result: number[] = []
  for (const { property, spare } of ranked) {
    if (result.length >= settings.maxDestinationsPerUnit) break
    if (property.id === unit.propertyId || (allowed && !allowed.has(property.id))) continue
    // Whole units need a building that takes all of them; parts may spread over several.
    if (settings.splitUnits ? spare > EPSILON : spare >= need - EPSILON) result.push(property.id)
  }
  return result
}

export interface MovePlan {
  candidates: Candidate[]
  moves: MoveOption[]
  excluded: ExcludedCandidate[]
}

/** Why no move plan can empty the building for the candidate, or null. */
function blockReason(
  portfolio: Portfolio,
  candidate: Candidate,
  destinations: Map<GoalSeekUnit, number[]>,
  settings: Settings,
): string | null {
  if (desksToFree(portfolio, candidate) <= EPSILON) return null
  const property = portfolio.properties.get(candidate.propertyId)!
  const units = portfolio.unitsAt.get(candidate.propertyId) ?? []
  if (!settings.allow.moves) {
    const total = units.reduce((sum, u) => sum + milliOf(u.headcount), 0) / 1000
    return `${property.name} huser ${quantity(total)} årsværk, og flytninger er ikke valgt som virkemiddel.`
  }
  for (const unit of units) {
    const stuck = unit.movable === false || (destinations.get(unit) ?? []).length === 0
    if (!stuck || !candidate.vacates) continue
    if (unit.movable === false) return `${unit.name} kan ikke flytte, så ${property.name} kan ikke tømmes.`
    return `Ingen bygning har plads til ${unit.name} (${quantity(portfolio.need.get(unit) ?? 0)} arbejdspladser).`
  }
  return null
}

/**
 * The move options of every action that has to move people, and the actions left out because
 * their people cannot move (not allowed, a unit that cannot move, no building with room).
 * Candidates are re-numbered after those are left out.
 *
 * @example planMoves(portfolio, candidates, settings).moves[0]?.toPropertyId // 2
 */
export function planMoves(portfolio: Portfolio, candidates: readonly Candidate[], settings: Settings): MovePlan {
  // Room is counted from the first day anything can move; a building the scenario gives up takes nobody.
  const from = horizonMonth(portfolio, settings.earliestNoticeDate)
  const ranked = portfolio.input.properties
    .filter((p) => p.workplaces > 0 && !portfolio.fixed.gone.has(p.id))
    .map((property) => ({ property, spare: spareDesks(portfolio, property.id, from) }))
    .sort((a, b) => b.spare - a.spare || a.property.id - b.property.id)
  const destinations = new Map<GoalSeekUnit, number[]>()
  for (const units of portfolio.unitsAt.values()) {
    for (const unit of units) {
      if (unit.movable !== false) destinations.set(unit, destinationsFor(ranked, portfolio, unit, settings))
    }
  }
  const kept: Candidate[] = []
  const excluded: ExcludedCandidate[] = []
  const blockedActions = new Map<string, ExcludedCandidate>()
  for (const candidate of candidates) {
    const reason = blockReason(portfolio, candidate, destinations, settings)
    if (reason === null) kept.push({ ...candidate, index: kept.length })
    else blockedActions.set(candidate.actionKey, { actionKey: candidate.actionKey, propertyId: candidate.propertyId, reason })
  }
  for (const [actionKey, exclusion] of blockedActions) {
    if (!kept.some((c) => c.actionKey === actionKey)) excluded.push(exclusion)
  }
  return { candidates: kept, moves: movesFor(portfolio, kept, destinations), excluded }
}

function movesFor(portfolio: Portfolio, candidates: readonly Candidate[], destinations: Map<GoalSeekUnit, number[]>): MoveOption[] {
  const moves: MoveOption[] = []
  const rateKroner = portfolio.input.assumptions.movingCostPerPersonOre / 100
  for (const candidate of candidates) {
    if (desksToFree(portfolio, candidate) <= EPSILON) continue
    for (const unit of portfolio.unitsAt.get(candidate.propertyId) ?? []) {
      const headcount = milliOf(unit.headcount) / 1000
      for (const to of destinations.get(unit) ?? []) {
        const refurbishment = (portfolio.properties.get(to)?.refurbishmentPerPersonOre ?? 0) / 100
        moves.push({
          index: moves.length,
          candidate: candidate.index,
          unitId: unit.id,
          fromPropertyId: candidate.propertyId,
          toPropertyId: to,
          date: candidate.date,
          headcount,
          need: portfolio.need.get(unit) ?? 0,
          costKroner: (rateKroner + refurbishment) * headcount,
        })
      }
    }
  }
  return moves
}
