/**
 * The demo: the Hedensted register (db/seed.ts), the Tættere Sammen relocations
 * (demo-relocations.server.ts), the decided plan built from the register, and one scenario of
 * further proposals for the committee to weigh. Illustrative figures.
 */
import type { Kysely } from 'kysely'
import type { Database } from '#db/schema'
import { seedIfEmpty } from '~/features/demo/seed'
import { kronerToOre } from '~/core/money'
import type { MeasureInput } from '~/features/scenarios/schemas'
import { seedDemoRelocations } from './demo-relocations.server'
import { addMeasure, createScenario, ensureBaseline } from '~/features/scenarios/scenarios.server'

async function idByName(db: Kysely<Database>, table: 'property' | 'unit', name: string): Promise<number> {
  const row = await db.selectFrom(table).select('id').where('name', '=', name).executeTakeFirstOrThrow()
  return row.id
}

async function relocation(
  db: Kysely<Database>,
  unit: string,
  from: string,
  to: string,
  date: string,
  headcount: number,
  refurbishment: number,
  addedOperating: number,
): Promise<MeasureInput> {
  return {
    kind: 'relocation',
    status: 'realised',
    label: `Tættere Sammen: ${unit}`,
    unitId: await idByName(db, 'unit', unit),
    propertyId: await idByName(db, 'property', from),
    toPropertyId: await idByName(db, 'property', to),
    effectDate: date,
    headcount,
    refurbishmentOre: kronerToOre(refurbishment),
    addedAnnualOperatingOre: kronerToOre(addedOperating),
    movingCostOverrideOre: null,
  }
}

/** Seed the demo into an empty database; returns whether it did. */
export async function seedDemo(db: Kysely<Database>): Promise<boolean> {
  if (!(await seedIfEmpty(db))) return false
  // The Tættere Sammen moves live in the relocation register; the baseline takes the decided and done ones.
  await seedDemoRelocations(db)
  const baseline = await ensureBaseline(db)

  const further = await createScenario(db, {
    name: 'Yderligere tiltag (forslag)',
    description:
      'Vedtaget plan plus forslag til at nå 5 mio. kr.: Ydelse og Opkrævning flytter til Hedensted Rådhus, og en fløj af Juelsminde Rådhus lukkes.',
    basedOnId: baseline,
  })
  if (further.ok) {
    const id = further.value.id
    await addMeasure(db, id, {
      ...(await relocation(db, 'Ydelse og Opkrævning', 'Juelsminde Rådhus', 'Hedensted Rådhus', '2025-09-01', 41, 300_000, 80_000)),
      status: 'proposal',
      label: 'Ydelse og Opkrævning til Hedensted Rådhus',
    })
    await addMeasure(db, id, {
      kind: 'closure',
      status: 'proposal',
      label: 'Luk nordfløjen på Juelsminde Rådhus',
      propertyId: await idByName(db, 'property', 'Juelsminde Rådhus'),
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
  return true
}
