/**
 * The demo's reference date: the look-ahead views count from 01.05.2024 while the register holds
 * the demo portfolio, and from the real today otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { todayIso } from '~/core/dates'
import { seedDemoData } from '~/features/demo/seed'
import * as deadlinesPage from '~/features/leases/routes/frister'
import { getOverviewPage } from '~/features/overview/overview.server'
import { demoReferenceDate, planningToday } from '~/features/overview/reference-date.server'
import { countPropertiesNamed } from '~/features/overview/overview.repo.server'
import { createProperty } from '~/features/properties/properties.server'
import { propertyInput } from '../factories/register'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { call, get } from './route-call'

describe.each(DIALECTS)('the demo reference date on %s', (dialect) => {
  let demo: DatabaseHandle
  let own: DatabaseHandle
  beforeAll(async () => {
    demo = await openTestDatabase(dialect)
    await seedDemoData(demo.db)
    own = await openTestDatabase(dialect)
  })
  afterAll(async () => {
    await demo.close()
    await own.close()
  })

  it('counts the overview and Frister from 01.05.2024 while the demo portfolio is there', async () => {
    expect(await demoReferenceDate(demo.db)).toBe('2024-05-01')
    expect(await planningToday(demo.db)).toBe('2024-05-01')
    const page = await getOverviewPage(demo.db)
    expect(page.demoDate).toBe('2024-05-01')
    expect(page.overview.leasesEndingSoon.length).toBeGreaterThan(0)
    expect(page.overview.leasesEndingSoon.every((l) => l.endDate >= '2024-05-01' && l.endDate <= '2025-05-01')).toBe(true)
    useAsAppDatabase(demo)
    const deadlines = await call(deadlinesPage.loader, { request: get('/frister') })
    expect(deadlines.body).toMatchObject({ from: '2024-05-01', today: '2024-05-01', months: 12 })
    expect(deadlines.body.deadlines.length).toBeGreaterThan(0)
  })

  it('uses the real today for a register of its own', async () => {
    await createProperty(own.db, propertyInput({ name: 'Hedensted Rådhus' }))
    expect(await demoReferenceDate(own.db)).toBeNull()
    expect(await planningToday(own.db, new Date('2030-03-04T12:00:00Z'))).toBe('2030-03-04')
    expect((await getOverviewPage(own.db)).demoDate).toBeNull()
    useAsAppDatabase(own)
    const deadlines = await call(deadlinesPage.loader, { request: get('/frister') })
    expect(deadlines.body.from).toBe(todayIso())
  })

  it('counts a demo name only when it is spelt exactly so (found by its sort key, compared in full)', async () => {
    const names = ['Hedensted Rådhus', 'Juelsminde Rådhus']
    expect(await countPropertiesNamed(demo.db, names)).toBe(2)
    // Same sort key, other spelling: not the demo's property.
    await createProperty(own.db, propertyInput({ name: 'HEDENSTED RÅDHUS' }))
    expect(await countPropertiesNamed(own.db, ['HEDENSTED RÅDHUS', 'Hedensted Rådhus', 'hedensted rådhus'])).toBe(2)
    expect(await countPropertiesNamed(own.db, [])).toBe(0)
  })
})
