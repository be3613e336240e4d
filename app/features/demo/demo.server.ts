/**
 * The demo: the Hedensted register (seed.ts), the Tættere Sammen relocations
 * (demo-relocations.server.ts), the decided plan built from the register, and one scenario of
 * further proposals for the committee to weigh. Illustrative figures.
 */
import { kronerToOre } from '~/core/money'
import { addMeasure, createScenario, ensureBaseline } from '~/features/scenarios/scenarios.server'
import type { Db } from '~/server/db.server'
import { seedDemoRelocations } from './demo-relocations.server'
import { idByName } from './demo.repo.server'
import { seedIfEmpty } from './seed'

/** The proposals scenario: one more move, a closed wing and one more sale, on top of the decided plan. */
async function seedFurtherProposals(db: Db, baseline: number): Promise<void> {
  const further = await createScenario(db, {
    name: 'Yderligere tiltag (forslag)',
    description:
      'Vedtaget plan plus forslag til at nå 5 mio. kr.: Ydelse og Opkrævning flytter til Hedensted Rådhus, og en fløj af Juelsminde Rådhus lukkes.',
    basedOnId: baseline,
  })
  if (!further.ok) return
  const id = further.value.id
  const juelsminde = await idByName(db, 'property', 'Juelsminde Rådhus')
  await addMeasure(db, id, {
    kind: 'relocation',
    status: 'proposal',
    label: 'Ydelse og Opkrævning til Hedensted Rådhus',
    unitId: await idByName(db, 'unit', 'Ydelse og Opkrævning'),
    propertyId: juelsminde,
    toPropertyId: await idByName(db, 'property', 'Hedensted Rådhus'),
    effectDate: '2025-09-01',
    headcount: 41,
    refurbishmentOre: kronerToOre(300_000),
    addedAnnualOperatingOre: kronerToOre(80_000),
    movingCostOverrideOre: null,
  })
  await addMeasure(db, id, {
    kind: 'closure',
    status: 'proposal',
    label: 'Luk nordfløjen på Juelsminde Rådhus',
    propertyId: juelsminde,
    effectDate: '2025-10-01',
    operatingCostShare: 30,
  })
  await addMeasure(db, id, {
    kind: 'sale',
    status: 'proposal',
    label: 'Sælg Materielgården Daugård',
    propertyId: await idByName(db, 'property', 'Materielgården Daugård'),
    effectDate: '2026-07-01',
    priceOre: kronerToOre(4_200_000),
    saleCostsOre: kronerToOre(90_000),
  })
}

/**
 * Seed the demo into an empty database; returns whether it did.
 * @example if (await seedDemo(db)) log('Demodata indlæst')
 */
export async function seedDemo(db: Db): Promise<boolean> {
  if (!(await seedIfEmpty(db))) return false
  // The Tættere Sammen moves live in the relocation register; the baseline takes the decided and done ones.
  await seedDemoRelocations(db)
  await seedFurtherProposals(db, await ensureBaseline(db))
  return true
}
