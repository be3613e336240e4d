/** Figures for the front page: the register at a glance, and the decided plan's progress. */
import { addMonthsClamped, todayIso } from '~/core/dates'
import { planFigures } from '~/features/scenarios/scenario-page.server'
import type { Db } from '~/server/db.server'
import { perGeneration } from '~/server/data-generation.server'
import { countLeasesEnding, listLeasesEnding, summariseProperties, summariseSales, summariseTenantLeases } from './overview.repo.server'
import { demoReferenceDate } from './reference-date.server'
import type { Overview } from './types'

/** Leases the front page lists of those ending within a year; the rest are counted. */
export const LEASES_ENDING_SHOWN = 10

/**
 * The register at a glance: properties in use, rented leases, leases ending within a year, sales.
 * Sums and counts in the database, kept per data generation (a national register's sums take tens
 * of milliseconds, and the front page is the most visited).
 * @example (await getOverview(db, '2024-01-01')).leasesEndingSoon
 */
export const getOverview: (db: Db, today?: string) => Promise<Overview> = perGeneration(
  async (db: Db, today: string = todayIso()): Promise<Overview> => {
    const until = addMonthsClamped(today, 12)
    const [props, tenant, ending, endingCount, sales] = await Promise.all([
      summariseProperties(db),
      summariseTenantLeases(db),
      listLeasesEnding(db, today, until, LEASES_ENDING_SHOWN),
      countLeasesEnding(db, today, until),
      summariseSales(db),
    ])
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
      leasesEndingCount: endingCount,
      salesRealisedOre: Number(sales.realised ?? 0),
      salesExpectedOre: Number(sales.expected ?? 0),
      salesSold: Number(sales.sold ?? 0),
      salesOpen: Number(sales.open ?? 0),
    }
  },
  (today) => today ?? todayIso(),
  2,
  'register',
)

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
