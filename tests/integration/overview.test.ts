/**
 * The front page's figures: sums and counts in the database, the first leases ending within a year
 * with the rest counted, and kept per data generation (a write anywhere shows at once).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { addMonthsClamped } from '~/core/dates'
import { seedDemo } from '~/features/demo/demo.server'
import { getOverview, LEASES_ENDING_SHOWN } from '~/features/overview/overview.server'
import { createProperty } from '~/features/properties/properties.server'
import { propertyInput } from '../factories/register'
import { DIALECTS, openTestDatabase } from '../setup/test-db'

describe.each(DIALECTS)('the front page figures on %s', (dialect) => {
  let h: DatabaseHandle
  const today = '2024-05-01'
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    await seedDemo(h.db)
  })
  afterAll(() => h.close())

  it('sums the register and the sales as the rows do', async () => {
    const o = await getOverview(h.db, today)
    const properties = await h.db.selectFrom('property').selectAll().where('status', '<>', 'sold').execute()
    expect(o.properties).toBe(properties.length)
    expect(o.annualOperatingCostOre).toBe(properties.reduce((n, p) => n + p.annualOperatingCostOre, 0))
    const sales = await h.db.selectFrom('sale').selectAll().where('status', '<>', 'withdrawn').execute()
    const sold = sales.filter((s) => s.status === 'sold')
    expect(o.salesSold).toBe(sold.length)
    expect(o.salesOpen).toBe(sales.length - sold.length)
    expect(o.salesRealisedOre).toBe(sold.reduce((n, s) => n + (s.realisedPriceOre ?? 0), 0))
    expect(o.salesExpectedOre).toBe(sales.filter((s) => s.status !== 'sold').reduce((n, s) => n + (s.expectedPriceOre ?? 0), 0))
  })

  it('lists the first leases ending within a year and counts them all', async () => {
    const until = addMonthsClamped(today, 12)
    const ending = await h.db
      .selectFrom('lease')
      .select(['id', 'endDate'])
      .where('endDate', '>=', today)
      .where('endDate', '<=', until)
      .execute()
    const o = await getOverview(h.db, today)
    expect(o.leasesEndingCount).toBe(ending.length)
    expect(o.leasesEndingSoon.length).toBe(Math.min(ending.length, LEASES_ENDING_SHOWN))
    expect(o.leasesEndingSoon.map((l) => l.endDate)).toEqual([...o.leasesEndingSoon.map((l) => l.endDate)].sort())
  })

  it('shows a new property at once (kept per data generation, not by time)', async () => {
    const before = await getOverview(h.db, today)
    expect(await getOverview(h.db, today)).toBe(before)
    await createProperty(h.db, propertyInput({ name: 'Ny skole', annualOperatingCostOre: 123_400 }))
    const after = await getOverview(h.db, today)
    expect(after.properties).toBe(before.properties + 1)
    expect(after.annualOperatingCostOre).toBe(before.annualOperatingCostOre + 123_400)
  })
})
