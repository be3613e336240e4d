/** How large the register and the scenarios are, for deciding whether to compute figures ahead. */
import type { Db } from '~/server/db.server'

/** @example await registerRows(db) // { properties: 120, measures: 34 } */
export async function registerRows(db: Db): Promise<{ properties: number; measures: number }> {
  const [p, m] = await Promise.all([
    db
      .selectFrom('property')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('scenarioMeasure')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ])
  return { properties: Number(p.n), measures: Number(m.n) }
}
