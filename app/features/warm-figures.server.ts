/**
 * The figures the committee opens most, computed ahead (in the compute worker, after the server
 * starts and after each change; app/bootstrap.server.ts): the scenario list's figures (kept in the
 * database for every server), the adopted plan on the front page and the capacity page's default
 * view (kept in the worker). A page opened afterwards finds them ready instead of computing them
 * while the user waits (a national scenario takes about a second, the capacity sweep two); a page
 * opened sooner shares the computation under way. The list's figures are computed for the first
 * `maxScenarios` scenarios only, so a long list does not keep the worker busy after every change.
 */
import { getCapacityPage } from './relocations/capacity.server'
import { listScenarioFigures, listScenarioHeads, planFigures } from './scenarios/scenario-page.server'
import type { Db } from '~/server/db.server'
import { registerRows } from './warm-figures.repo.server'

/**
 * Properties and measures together from which computing ahead pays. On the national benchmark the
 * warm-up takes about 25 ms per 1,000 of them, so below this a page computing its figures when
 * asked waits about a tenth of a second at most, and a small municipality's server need not keep
 * a worker busy after every change.
 */
export const AHEAD_FROM_ROWS = 5_000

/** @example if (await worthComputingAhead(db)) await compute.warm.figures(12) */
export async function worthComputingAhead(db: Db, fromRows = AHEAD_FROM_ROWS): Promise<boolean> {
  const { properties, measures } = await registerRows(db)
  return properties + measures >= fromRows
}

/** @example await warmFigures(db, 12) */
export async function warmFigures(db: Db, maxScenarios: number): Promise<void> {
  const ids = (await listScenarioHeads(db)).map((s) => s.id).slice(0, maxScenarios)
  await listScenarioFigures(db, ids)
  await planFigures(db)
  // The view /kapacitet opens with: this month, 24 months, planned moves, the first page.
  await getCapacityPage(db, { months: 24 })
}
