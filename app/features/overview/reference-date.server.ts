/**
 * The one place that decides which day "today" is for the views that look ahead (the overview's
 * leases ending within 12 months, the default period on Frister): the demo's reference date while
 * the register holds the demo portfolio, otherwise the real today.
 *
 * Rule: the register holds the demo portfolio when every property of the demo is in it by name.
 * A municipality that deletes or renames any demo property, or starts from an empty register,
 * sees the real today.
 */
import { todayIso } from '~/core/dates'
import { demoProperties } from '~/features/demo/seed-properties'
import type { Db } from '~/server/db.server'
import { perGeneration } from '~/server/data-generation.server'
import { countPropertiesNamed } from './overview.repo.server'
import { DEMO_REFERENCE_DATE } from './reference-date'

const DEMO_NAMES = [...new Set(demoProperties.map((p) => p.name))]

/**
 * The demo's reference date when the register holds the demo portfolio, else null. Kept per data
 * generation: finding the names reads every property (there is no index on names), and the
 * front page and Frister ask at every view.
 * @example await demoReferenceDate(db) // '2024-05-01' with the demo data
 */
export const demoReferenceDate: (db: Db) => Promise<string | null> = perGeneration(
  async (db: Db) => ((await countPropertiesNamed(db, DEMO_NAMES)) === DEMO_NAMES.length ? DEMO_REFERENCE_DATE : null),
  () => '',
  1,
  'register',
)

/**
 * "Today" for the look-ahead views. @example await planningToday(db) // '2024-05-01' with the demo data
 */
export async function planningToday(db: Db, now: Date = new Date()): Promise<string> {
  return (await demoReferenceDate(db)) ?? todayIso(now)
}
