/**
 * The demo's relocation register: project "Tættere Sammen" as one rotation. Four moves are done
 * (the units sit in the town halls now, history kept); Mestringsenheden's move out of
 * Vesterbrogade 4B is still only planned, for HR to decide and mark done. Illustrative figures.
 */
import { kronerToOre } from '~/core/money'
import { createRelocation, markRelocationDone } from '~/features/relocations/relocations.server'
import { createRotation } from '~/features/relocations/rotations.server'
import type { Db } from '~/server/db.server'
import { idByName } from './demo.repo.server'

const NOTE = 'Demodata (illustrativ)'

const MOVES = [
  {
    unit: 'PPR (Pædagogisk Psykologisk Rådgivning)',
    from: 'DLH-bygningen, Løsningvej 30',
    to: 'Juelsminde Rådhus',
    date: '2024-06-17',
    headcount: 34,
    refurbishment: 350_000,
    added: 110_000,
    done: true,
  },
  {
    unit: 'Sundhedsplejen',
    from: 'DLH-bygningen, Løsningvej 30',
    to: 'Hedensted Rådhus',
    date: '2024-06-17',
    headcount: 19.5,
    refurbishment: 120_000,
    added: 60_000,
    done: true,
  },
  {
    unit: 'Borgerservice',
    from: 'Vestergade 7-9 (administration)',
    to: 'Hedensted Rådhus',
    date: '2024-07-15',
    headcount: 26,
    refurbishment: 280_000,
    added: 90_000,
    done: true,
  },
  {
    unit: 'Jobcenter, virksomhedsservice',
    from: 'Vestergade 7-9 (administration)',
    to: 'Juelsminde Rådhus',
    date: '2024-07-15',
    headcount: 21,
    refurbishment: 90_000,
    added: 50_000,
    done: true,
  },
  {
    unit: 'Mestringsenheden',
    from: 'Mestringsenheden, Vesterbrogade 4B',
    to: 'Hedensted Rådhus',
    date: '2024-08-12',
    headcount: 18,
    refurbishment: 160_000,
    added: 110_000,
    done: false,
  },
]

/**
 * Seed the Tættere Sammen rotation and its five relocations (run before the baseline is built).
 * @example await seedDemoRelocations(db)
 */
export async function seedDemoRelocations(db: Db): Promise<void> {
  const rotation = await createRotation(db, {
    name: 'Tættere Sammen',
    date: '2024-08-31',
    description: 'Medarbejderne flytter ud af de tre opsagte lejemål og samles på Hedensted og Juelsminde Rådhus. ' + NOTE,
  })
  if (!rotation.ok) throw new Error(rotation.message)
  for (const m of MOVES) {
    const created = await createRelocation(db, {
      unitId: await idByName(db, 'unit', m.unit),
      fromPropertyId: await idByName(db, 'property', m.from),
      toPropertyId: await idByName(db, 'property', m.to),
      date: m.date,
      headcount: m.headcount,
      status: m.done ? 'decided' : 'planned',
      movingCostOre: null,
      refurbishmentOre: kronerToOre(m.refurbishment),
      addedAnnualOperatingOre: kronerToOre(m.added),
      rotationId: rotation.value.id,
      note: NOTE,
      acceptWarnings: 1,
    })
    if (!created.ok) throw new Error(`${m.unit}: ${created.message}`)
    if (!m.done) continue
    const done = await markRelocationDone(db, created.value.id, { version: 1, acceptWarnings: true })
    if (!done.ok) throw new Error(`${m.unit}: ${done.message}`)
  }
}
