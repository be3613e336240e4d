/**
 * The relocation register on both databases: the demo's Tættere Sammen moves, planning with the
 * capacity and left-behind checks, marking done (partial moves, history, refusals that leave
 * nothing half-written), and the baseline fed from the register.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import type { Database } from '#db/schema'
import type { Kysely } from 'kysely'
import { describeChanges } from '~/core/fields'
import { formatOre } from '~/core/money'
import { FIELD_REGISTRY } from '~/features/field-registry'
import { listRelocations } from '~/features/relocations/relocations.repo.server'
import { recordHistory } from '~/features/users-audit/audit.repo.server'
import { currentLocations, locationHistory } from '~/features/relocations/unit-locations.repo.server'
import { getBaseline, listMeasures } from '~/features/scenarios/scenarios.repo.server'
import { seedDemo } from '~/features/demo/demo.server'
import { createRelocation, editRelocation, markRelocationDone, removeRelocation } from '~/features/relocations/relocations.server'
import { computeScenario } from '~/features/scenarios/savings.server'
import { syncFromRegister } from '~/features/scenarios/scenarios.server'
import type { RelocationInput } from '~/features/relocations/schemas'
import { DIALECTS, openTestDatabase } from '../setup/test-db'

async function idOf(db: Kysely<Database>, table: 'unit' | 'property', name: string): Promise<number> {
  return (await db.selectFrom(table).select('id').where('name', '=', name).executeTakeFirstOrThrow()).id
}

async function sites(db: Kysely<Database>, unitId: number) {
  return ((await currentLocations(db, [unitId])).get(unitId) ?? []).map((l) => [l.propertyName, l.headcount]).sort()
}

describe.each(DIALECTS)('relocations on %s', (dialect) => {
  let h: DatabaseHandle
  let db: Kysely<Database>
  const ids: Record<string, number> = {}
  const plan = (fields: Partial<RelocationInput>): RelocationInput => ({
    unitId: ids.mestring!,
    fromPropertyId: ids.vesterbro!,
    toPropertyId: ids.hedensted!,
    date: '2024-08-12',
    headcount: 18,
    status: 'planned',
    movingCostOre: null,
    refurbishmentOre: null,
    addedAnnualOperatingOre: null,
    rotationId: null,
    note: '',
    acceptWarnings: 0,
    ...fields,
  })
  const count = async () => (await listRelocations(db)).length

  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    db = h.db
    await seedDemo(db)
    Object.assign(ids, {
      mestring: await idOf(db, 'unit', 'Mestringsenheden'),
      ppr: await idOf(db, 'unit', 'PPR (Pædagogisk Psykologisk Rådgivning)'),
      hjemmepleje: await idOf(db, 'unit', 'Hjemmeplejen Vest'),
      boern: await idOf(db, 'unit', 'Børn og Familie'),
      vesterbro: await idOf(db, 'property', 'Mestringsenheden, Vesterbrogade 4B'),
      hedensted: await idOf(db, 'property', 'Hedensted Rådhus'),
      juelsminde: await idOf(db, 'property', 'Juelsminde Rådhus'),
      dlh: await idOf(db, 'property', 'DLH-bygningen, Løsningvej 30'),
      toerring: await idOf(db, 'property', 'Tørring Sundhedshus'),
    })
  })
  afterAll(async () => h.close())

  it('seeds Tættere Sammen: four moves done with history, the Vesterbrogade move planned', async () => {
    const all = await listRelocations(db)
    expect(all.map((r) => [r.unitName, r.status, r.rotationName])).toEqual([
      ['PPR (Pædagogisk Psykologisk Rådgivning)', 'done', 'Tættere Sammen'],
      ['Sundhedsplejen', 'done', 'Tættere Sammen'],
      ['Borgerservice', 'done', 'Tættere Sammen'],
      ['Jobcenter, virksomhedsservice', 'done', 'Tættere Sammen'],
      ['Mestringsenheden', 'planned', 'Tættere Sammen'],
    ])
    expect(await sites(db, ids.ppr!)).toEqual([['Juelsminde Rådhus', 34]])
    const history = await locationHistory(db, ids.ppr!)
    expect(history.map((r) => [r.propertyName, r.fromDate, r.toDate, r.relocationId !== null])).toEqual([
      ['DLH-bygningen, Løsningvej 30', '2023-01-01', '2024-06-16', false],
      ['Juelsminde Rådhus', '2024-06-17', null, true],
    ])
    expect((await db.selectFrom('unit').select('propertyId').where('id', '=', ids.ppr!).executeTakeFirstOrThrow()).propertyId).toBe(
      ids.juelsminde,
    )
  })

  it('feeds the decided plan the done moves as realised measures, replayed once from where the units started', async () => {
    const baseline = (await getBaseline(db))!
    const moves = (await listMeasures(db, baseline.id)).filter((m) => m.kind === 'relocation')
    expect(moves.map((m) => [m.label, m.status, m.source])).toEqual(
      expect.arrayContaining([['Tættere Sammen: Sundhedsplejen', 'realised', 'register']]),
    )
    expect(moves).toHaveLength(4)
    const { result } = (await computeScenario(db, baseline.id))!
    expect(result.conflicts.filter((c) => c.kind === 'over_move')).toEqual([])
    // The planned Vesterbrogade move is not decided yet, so the plan shows the unit left behind.
    expect(result.conflicts.map((c) => c.message)).toContain(
      'Mestringsenheden (18 årsværk) er stadig i Mestringsenheden, Vesterbrogade 4B efter lejemålets ophør 31.08.2024.',
    )
  })

  it('refuses to plan a move of more people than are at the origin, and saves nothing', async () => {
    const before = await count()
    const result = await createRelocation(
      db,
      plan({ unitId: ids.hjemmepleje!, fromPropertyId: ids.toerring!, headcount: 50, date: '2025-02-01' }),
    )
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      fieldErrors: {
        headcount: [
          'Flytningen 01.02.2025 flytter 50 årsværk af Hjemmeplejen Vest fra Tørring Sundhedshus, men enheden har kun 38 årsværk der.',
        ],
      },
    })
    expect(await count()).toBe(before)
  })

  it('warns before a move that overfills a building, and saves only when the warning is accepted', async () => {
    const before = await count()
    const overfill = plan({
      unitId: ids.boern!,
      fromPropertyId: ids.juelsminde!,
      toPropertyId: ids.toerring!,
      headcount: 58,
      date: '2025-03-01',
    })
    const warned = await createRelocation(db, overfill)
    expect(warned.ok).toBe(false)
    const warnings = warned.ok ? [] : warned.fieldErrors!.acceptWarnings!
    expect(warnings).toEqual([
      'Tørring Sundhedshus mangler arbejdspladser i mar. 2025–dec. 2030: op til 96 årsværk skal bruge 76,8 arbejdspladser, men der er 60.',
    ])
    expect(await count()).toBe(before)
    const saved = await createRelocation(db, { ...overfill, status: 'idea', acceptWarnings: 1 })
    expect(saved.ok).toBe(true)
    expect(await count()).toBe(before + 1)
    if (saved.ok) expect((await removeRelocation(db, saved.value.id)).ok).toBe(true)
  })

  it('warns when a move comes after the lease ends and would leave people behind', async () => {
    const [planned] = await listRelocations(db, { unitId: ids.mestring! })
    const late = await editRelocation(db, planned!.id, planned!.version, plan({ date: '2024-09-02' }))
    expect(late).toMatchObject({
      ok: false,
      fieldErrors: {
        acceptWarnings: ['Mestringsenheden (18 årsværk) er stadig i Mestringsenheden, Vesterbrogade 4B efter lejemålets ophør 31.08.2024.'],
      },
    })
    const partial = await editRelocation(db, planned!.id, planned!.version, plan({ headcount: 10 }))
    expect(partial).toMatchObject({
      ok: false,
      fieldErrors: {
        acceptWarnings: ['Mestringsenheden (8 årsværk) er stadig i Mestringsenheden, Vesterbrogade 4B efter lejemålets ophør 31.08.2024.'],
      },
    })
    expect((await listRelocations(db, { unitId: ids.mestring! }))[0]).toMatchObject({
      date: '2024-08-12',
      headcount: 18,
      version: planned!.version,
    })
  })

  it('decides and marks the Vesterbrogade move done: the unit sits in Hedensted Rådhus and the plan has no left-behind', async () => {
    const [planned] = await listRelocations(db, { unitId: ids.mestring! })
    expect((await editRelocation(db, planned!.id, planned!.version, plan({ status: 'decided' }))).ok).toBe(true)
    const stale = await editRelocation(db, planned!.id, planned!.version, plan({ status: 'decided', note: 'for sent' }))
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' })
    const decided = (await listRelocations(db, { unitId: ids.mestring! }))[0]!
    expect((await markRelocationDone(db, decided.id, { version: decided.version, acceptWarnings: false })).ok).toBe(true)
    expect(await sites(db, ids.mestring!)).toEqual([['Hedensted Rådhus', 18]])
    expect(await markRelocationDone(db, decided.id, { version: decided.version + 1, acceptWarnings: false })).toMatchObject({
      ok: false,
      reason: 'blocked',
    })
    expect(await removeRelocation(db, decided.id)).toMatchObject({ ok: false, reason: 'blocked' })

    const baseline = (await getBaseline(db))!
    expect((await syncFromRegister(db, baseline.id)).ok).toBe(true)
    const { result } = (await computeScenario(db, baseline.id))!
    expect(result.conflicts).toEqual([])
    const movingCost = result.years.find((y) => y.year === 2024)!.movingCost
    // Five moves at the plan's 5.000 kr. per person: 118,5 FTE.
    expect(movingCost.toString()).toBe('592500')
  })

  it("keeps the relocation's history in Danish: status names, not codes", async () => {
    const [moved] = await listRelocations(db, { unitId: ids.mestring! })
    const updates = (await recordHistory(db, 'relocation', moved!.id)).filter((e) => e.action === 'update')
    const changes = updates.map((e) => describeChanges(FIELD_REGISTRY.relocation!.fields, e.beforeJson, e.afterJson))
    // Newest first: marking it done changed only the status; deciding it also replaced the demo's figures.
    expect(changes[0]).toEqual([{ field: 'status', label: 'Status', before: 'Besluttet', after: 'Gennemført' }])
    expect(changes[1]).toEqual(
      expect.arrayContaining([
        { field: 'status', label: 'Status', before: 'Planlagt', after: 'Besluttet' },
        { field: 'refurbishmentOre', label: 'Istandsættelse', before: formatOre(16_000_000), after: formatOre(0) },
      ]),
    )
  })

  it('marks a partial move done: the moved part becomes a location row of the same unit, history kept', async () => {
    // Planned first, while all 38 sit in Tørring; the partial move of 10 is added after.
    const later = await createRelocation(
      db,
      plan({ unitId: ids.hjemmepleje!, fromPropertyId: ids.toerring!, headcount: 30, date: '2025-01-06', status: 'planned' }),
    )
    const first = await createRelocation(
      db,
      plan({ unitId: ids.hjemmepleje!, fromPropertyId: ids.toerring!, headcount: 10, date: '2024-10-01', status: 'decided' }),
    )
    expect(first.ok && later.ok).toBe(true)
    if (!first.ok || !later.ok) return
    expect((await markRelocationDone(db, first.value.id, { version: 1, acceptWarnings: false })).ok).toBe(true)
    expect(await sites(db, ids.hjemmepleje!)).toEqual([
      ['Hedensted Rådhus', 10],
      ['Tørring Sundhedshus', 28],
    ])
    const unit = await db
      .selectFrom('unit')
      .select(['propertyId', 'headcount'])
      .where('id', '=', ids.hjemmepleje!)
      .executeTakeFirstOrThrow()
    expect(unit).toEqual({ propertyId: ids.toerring, headcount: 38 })

    // The later move asks for 30, but the register has only 28 left in Tørring: refused, nothing changes.
    const historyBefore = await locationHistory(db, ids.hjemmepleje!)
    const refused = await markRelocationDone(db, later.value.id, { version: 1, acceptWarnings: true })
    expect(refused).toMatchObject({
      ok: false,
      message: 'Flytningen flytter 30 årsværk af Hjemmeplejen Vest fra Tørring Sundhedshus, men enheden har kun 28 årsværk der 06.01.2025.',
    })
    expect(await locationHistory(db, ids.hjemmepleje!)).toEqual(historyBefore)
    expect((await listRelocations(db, { unitId: ids.hjemmepleje! })).map((r) => [r.date, r.status])).toEqual([
      ['2024-10-01', 'done'],
      ['2025-01-06', 'planned'],
    ])
  })

  it('rolls back everything when marking done is refused half-way', async () => {
    // Børn og Familie has only its implicit placement (the seed writes no rows); a move dated before it is refused.
    const boern = await createRelocation(
      db,
      plan({ unitId: ids.boern!, fromPropertyId: ids.juelsminde!, headcount: 5, date: '2022-12-01', status: 'decided', acceptWarnings: 1 }),
    )
    expect(boern.ok).toBe(true)
    if (!boern.ok) return
    const refused = await markRelocationDone(db, boern.value.id, { version: 1, acceptWarnings: true })
    expect(refused).toMatchObject({
      ok: false,
      message:
        'Børn og Familie er registreret i Juelsminde Rådhus fra 01.01.2023, efter flyttedatoen 01.12.2022. Markér enhedens flytninger som gennemført i datoorden.',
    })
    // The unit's implicit placement was written as a row inside the transaction; the refusal undid it.
    expect(await locationHistory(db, ids.boern!)).toEqual([])
    expect((await removeRelocation(db, boern.value.id)).ok).toBe(true)
  })
})
