/**
 * The solver's input for a scenario, built from the register and the scenario's assumptions.
 * The search starts from the register, as the savings engine sees it without measures, so an
 * alternative saved as a scenario of its own has exactly the figures shown for it.
 */
import type { Scenario } from '#db/schema'
import type { GoalSeekInput, GoalSeekProperty } from '~/core/goal-seek'
import { assumptionsOf, loadPortfolio } from '~/features/scenarios/savings.server'
import type { Db } from '~/server/db.server'
import { listPropertiesWithNotice, listSaleEstimates } from './goal-seek.repo.server'

export interface BuiltInput {
  input: GoalSeekInput
  /**
   * Properties the register has already decided about (sold, for sale, a lease given notice):
   * never proposed again and never a destination for a move.
   */
  decidedPropertyIds: number[]
}

/**
 * The register's properties, leases and units with the scenario's assumptions, the expected sale
 * prices of the sales recorded, and the properties already on their way out locked.
 *
 * @example const { input } = await buildGoalSeekInput(db, scenario)
 */
export async function buildGoalSeekInput(db: Db, scenario: Scenario): Promise<BuiltInput> {
  const [portfolio, sales, withNotice] = await Promise.all([loadPortfolio(db), listSaleEstimates(db), listPropertiesWithNotice(db)])
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
    },
    decidedPropertyIds: [...decided],
  }
}
