/** Figures for the front page: the register at a glance, and the decided plan's progress. */
import { addMonthsClamped, todayIso } from '~/core/dates'
import { planFigures } from '~/features/scenarios/scenario-page.server'
import type { Db } from '~/server/db.server'
import { listLeasesEnding, listSalePrices, summariseProperties, summariseTenantLeases } from './overview.repo.server'
import { demoReferenceDate } from './reference-date.server'
import type { Overview } from './types'

/**
 * The register at a glance: properties in use, rented leases, leases ending within a year, sales.
 * @example (await getOverview(db, '2024-01-01')).leasesEndingSoon
 */
export async function getOverview(db: Db, today = todayIso()): Promise<Overview> {
  const [props, tenant, ending, sales] = await Promise.all([
    summariseProperties(db),
    summariseTenantLeases(db),
    listLeasesEnding(db, today, addMonthsClamped(today, 12)),
    listSalePrices(db),
  ])
  const sold = sales.filter((s) => s.status === 'sold')
  return {
    properties: Number(props.n),
    ownedProperties: Number(props.owned ?? 0),
    grossAreaM2: Number(props.area ?? 0),
    workplaces: Number(props.workplaces ?? 0),
    annualOperatingCostOre: Number(props.operating ?? 0),
    tenantLeases: Number(tenant.n),
    annualTenantRentOre: Number(tenant.rent ?? 0),
    leasesEndingSoon: ending.map((l) => ({
      id: l.id,
      counterparty: l.counterparty,
      propertyName: l.propertyName,
      endDate: l.endDate!,
      annualOre: l.annualRentOre + l.annualServiceOre,
    })),
    salesRealisedOre: sold.reduce((sum, s) => sum + (s.realisedPriceOre ?? 0), 0),
    salesExpectedOre: sales.filter((s) => s.status !== 'sold').reduce((sum, s) => sum + (s.expectedPriceOre ?? 0), 0),
    salesSold: sold.length,
    salesOpen: sales.length - sold.length,
  }
}

/**
 * The front page's register part: the overview and the demo's reference date.
 * @example const { overview, demoDate } = await getOverviewRegister(db)
 */
export async function getOverviewRegister(db: Db) {
  const demoDate = await demoReferenceDate(db)
  return { overview: await getOverview(db, demoDate ?? todayIso()), demoDate }
}

/**
 * The front page: the overview and, when there is a decided plan, its figures (in-process; the
 * route asks the scenario worker for the plan's figures instead).
 * @example const { overview, plan } = await getOverviewPage(db)
 */
export async function getOverviewPage(db: Db) {
  return { ...(await getOverviewRegister(db)), plan: await planFigures(db) }
}
