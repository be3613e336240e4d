/**
 * The solver's input for a scenario: the register, the scenario's assumptions and the measures
 * the scenario counts (manual ones included) as fixed input. The solver proposes what comes on
 * top, and an alternative saved as a scenario (its measures + the proposals) has exactly the
 * figures shown for it.
 */
import type { Scenario, ScenarioMeasure } from '#db/schema'
import type { GoalSeekInput, GoalSeekProperty } from '~/core/goal-seek'
import type { LeaseInput, Measure } from '~/core/savings'
import { assumptionsOf, countedMeasures, loadPortfolio } from '~/features/scenarios/savings.server'
import type { Db } from '~/server/db.server'
import { listPropertiesWithNotice, listSaleEstimates } from './goal-seek.repo.server'

export interface BuiltInput {
  input: GoalSeekInput
  /** The scenario's measures the search starts from, as stored (copied when an alternative is saved). */
  scenarioMeasures: ScenarioMeasure[]
  /** Properties those measures sell, close or terminate a lease of: nothing more is proposed there. */
  scenarioPropertyIds: number[]
  /**
   * Properties the register has already decided about (sold, for sale, a lease given notice):
   * never proposed again and never a destination for a move.
   */
  decidedPropertyIds: number[]
}

function actedOn(measures: readonly Measure[], leases: readonly LeaseInput[]): number[] {
  const leaseProperty = new Map(leases.map((l) => [l.id, l.propertyId]))
  const ids = measures.flatMap((m) =>
    m.kind === 'relocation' ? [] : m.kind === 'lease_termination' ? (leaseProperty.get(m.leaseId) ?? []) : m.propertyId,
  )
  return [...new Set(ids)]
}

/**
 * The register's properties, leases and units with the scenario's assumptions and counted
 * measures, the expected sale prices of the sales recorded, and the properties already on their
 * way out locked.
 *
 * @example const { input } = await buildGoalSeekInput(db, scenario)
 */
export async function buildGoalSeekInput(db: Db, scenario: Scenario): Promise<BuiltInput> {
  const [portfolio, sales, withNotice, measures] = await Promise.all([
    loadPortfolio(db),
    listSaleEstimates(db),
    listPropertiesWithNotice(db),
    countedMeasures(db, scenario),
  ])
  const saleByProperty = new Map(sales.map((s) => [s.propertyId, s]))
  const decided = new Set([...withNotice, ...sales.filter((s) => s.status === 'sold' || s.takeoverDate !== null).map((s) => s.propertyId)])
  const properties: GoalSeekProperty[] = portfolio.properties.map((p) => {
    const sale = saleByProperty.get(p.id)
    return {
      ...p,
      keep: decided.has(p.id),
      expectedSalePriceOre: p.ownership === 'owned' ? (sale?.expectedPriceOre ?? 0) : 0,
      saleCostsOre: sale?.saleCostsOre ?? 0,
    }
  })
  const destinations = properties.filter((p) => !decided.has(p.id)).map((p) => p.id)
  return {
    input: {
      properties,
      leases: portfolio.leases,
      units: portfolio.units.map((u) => ({ ...u, movable: true, allowedPropertyIds: destinations })),
      assumptions: assumptionsOf(scenario),
      fixedMeasures: measures.engine,
    },
    scenarioMeasures: measures.stored,
    scenarioPropertyIds: actedOn(measures.engine, portfolio.leases),
    decidedPropertyIds: [...decided],
  }
}
