/**
 * Units, named people and the capacity pages on both databases, partly through the real route
 * modules: corrections vs moves, who sees names, the instant check and the capacity view.
 */
import { RouterContextProvider } from 'react-router'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import type { Database, Role } from '#db/schema'
import { sql, type Kysely } from 'kysely'
import { userContext } from '~/server/auth/middleware.server'
import { currentLocations, locationHistory } from '~/features/relocations/unit-locations.repo.server'
import * as unitPage from '~/features/relocations/routes/enheder.$id'
import * as peopleExport from '~/features/relocations/routes/enheder.medarbejdere'
import * as newRelocation from '~/features/relocations/routes/flytninger.ny'
import * as checkRoute from '~/features/relocations/routes/flytninger.tjek'
import * as capacityPage from '~/features/relocations/routes/kapacitet'
import { namesById } from '~/features/relocations/capacity.repo.server'
import { seedDemo } from '~/features/demo/demo.server'
import { recordHistory } from '~/features/users-audit/audit.repo.server'
import { addPerson, exportPeople, listPeopleOfUnit } from '~/features/relocations/people.server'
import { createRelocation, markRelocationDone } from '~/features/relocations/relocations.server'
import { createUnit, editUnit, removeUnit } from '~/features/relocations/units.server'
import { streamUnitOverview } from '~/features/relocations/unit-views.server'
import type { UnitInput } from '~/features/relocations/schemas'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { form, get, post } from './route-call'

type Handler = (args: never) => Promise<unknown>

function as(role: Role): RouterContextProvider {
  const context = new RouterContextProvider()
  context.set(userContext, { id: 1, email: `${role}@test`, name: role, role, mustChangePassword: false, sessionId: 's' })
  return context
}

/** Call a loader or action with a signed-in user; thrown responses are returned. */
async function call(fn: unknown, request: Request, params: Record<string, string> = {}, role: Role = 'hr') {
  let value: unknown
  try {
    value = await (fn as Handler)({ request, params, context: as(role) } as never)
  } catch (thrown) {
    value = thrown
  }
  if (value instanceof Response) return { status: value.status, headers: value.headers, body: (await value.text()) as any }
  if (value && typeof value === 'object' && (value as { type?: string }).type === 'DataWithResponseInit') {
    const d = value as { data: any; init: { status?: number } | null }
    return { status: d.init?.status ?? 200, headers: undefined, body: d.data }
  }
  return { status: 200, headers: undefined, body: value as any }
}

const unitInput = (fields: Partial<UnitInput>): UnitInput => ({
  name: 'Testenhed',
  parentId: null,
  propertyId: 1,
  headcount: 10,
  workplacesNeeded: null,
  contactPerson: '',
  external: 0,
  acceptWarnings: 0,
  locatedFrom: '2024-01-01',
  ...fields,
})

describe.each(DIALECTS)('units, people and capacity on %s', (dialect) => {
  let h: DatabaseHandle
  let db: Kysely<Database>
  const id = async (table: 'unit' | 'property', name: string) =>
    (await db.selectFrom(table).select('id').where('name', '=', name).executeTakeFirstOrThrow()).id

  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    db = h.db
    useAsAppDatabase(h)
    await seedDemo(db)
  })
  afterAll(async () => h.close())

  it('lists units with where they sit, searching Danish names', async () => {
    const all = async (filter: Parameters<typeof streamUnitOverview>[1]) => {
      const rows = []
      for await (const batch of streamUnitOverview(db, filter)) rows.push(...batch)
      return rows
    }
    const rows = await all({ q: 'BØRN' })
    expect(rows.map((r) => [r.name, r.locations.map((l) => l.propertyName)])).toEqual([['Børn og Familie', ['Juelsminde Rådhus']]])
    const hedensted = await id('property', 'Hedensted Rådhus')
    const there = await all({ propertyId: hedensted })
    expect(there.map((r) => r.name)).toContain('Sundhedsplejen')
  })

  it('creates a unit with its first location, corrects it, and refuses a parent circle', async () => {
    const tørring = await id('property', 'Tørring Sundhedshus')
    const created = await createUnit(db, unitInput({ name: 'Træningsenheden', propertyId: tørring, headcount: 6.5 }))
    expect(created.ok).toBe(true)
    const unitId = created.ok ? created.value.id : 0
    expect((await locationHistory(db, unitId)).map((r) => [r.propertyName, r.headcount, r.fromDate, r.toDate])).toEqual([
      ['Tørring Sundhedshus', 6.5, '2024-01-01', null],
    ])
    const juelsminde = await id('property', 'Juelsminde Rådhus')
    expect((await editUnit(db, unitId, 1, unitInput({ name: 'Træningsenheden', propertyId: juelsminde, headcount: 8 }))).ok).toBe(true)
    expect((await currentLocations(db, [unitId])).get(unitId)!.map((l) => [l.propertyName, l.headcount])).toEqual([
      ['Juelsminde Rådhus', 8],
    ])
    const child = await createUnit(db, unitInput({ name: 'Træning, hold 1', parentId: unitId, propertyId: juelsminde }))
    const childId = child.ok ? child.value.id : 0
    const circle = await editUnit(
      db,
      unitId,
      2,
      unitInput({ name: 'Træningsenheden', propertyId: juelsminde, headcount: 8, parentId: childId }),
    )
    expect(circle).toMatchObject({
      ok: false,
      fieldErrors: { parentId: ['En enhed kan ikke ligge under sig selv eller en af sine underenheder'] },
    })
    expect(await removeUnit(db, unitId)).toMatchObject({
      ok: false,
      reason: 'blocked',
      message: 'Træningsenheden kan ikke slettes, fordi 1 underenhed henviser til enheden.',
    })
    expect((await removeUnit(db, childId)).ok).toBe(true)
  })

  it('after a partial move a new headcount changes the main site, and the property changes only by a relocation', async () => {
    const tørring = await id('property', 'Tørring Sundhedshus')
    const hedensted = await id('property', 'Hedensted Rådhus')
    const unitId = await id('unit', 'Hjemmeplejen Vest')
    const moved = await createRelocation(db, {
      unitId,
      fromPropertyId: tørring,
      toPropertyId: hedensted,
      date: '2024-11-01',
      headcount: 8,
      status: 'decided',
      movingCostOre: null,
      refurbishmentOre: null,
      addedAnnualOperatingOre: null,
      rotationId: null,
      note: '',
      acceptWarnings: 0,
    })
    expect(moved.ok).toBe(true)
    if (moved.ok) expect((await markRelocationDone(db, moved.value.id, { version: 1, acceptWarnings: false })).ok).toBe(true)
    const unit = await db.selectFrom('unit').selectAll().where('id', '=', unitId).executeTakeFirstOrThrow()
    const input = unitInput({
      name: unit.name,
      propertyId: tørring,
      headcount: 41,
      contactPerson: unit.contactPerson,
      locatedFrom: unit.locatedFrom,
    })
    expect((await editUnit(db, unitId, unit.version, input)).ok).toBe(true)
    expect(
      (await currentLocations(db, [unitId]))
        .get(unitId)!
        .map((l) => [l.propertyName, l.headcount])
        .sort(),
    ).toEqual([
      ['Hedensted Rådhus', 8],
      ['Tørring Sundhedshus', 33],
    ])
    const tooFew = await editUnit(db, unitId, unit.version + 1, { ...input, headcount: 5 })
    expect(tooFew).toMatchObject({
      ok: false,
      fieldErrors: { headcount: ['Enheden har 8 i Hedensted Rådhus; årsværk kan ikke være færre end det.'] },
    })
    const elsewhere = await editUnit(db, unitId, unit.version + 1, { ...input, propertyId: hedensted })
    expect(elsewhere).toMatchObject({ ok: false, fieldErrors: { propertyId: [expect.stringContaining('Brug en flytning')] } })
    expect(await removeUnit(db, unitId)).toMatchObject({ ok: false, reason: 'blocked' })
  })

  it('shows named people to HR only: the committee sees how many, and the export is refused', async () => {
    const unitId = await id('unit', 'Mestringsenheden')
    expect((await addPerson(db, unitId, { name: 'Åse Ærbødig', title: 'Ergoterapeut', note: '' })).ok).toBe(true)
    expect(await listPeopleOfUnit(db, unitId, { canSeePeople: false })).toEqual({ visible: false, count: 1 })
    expect(await exportPeople(db, { canSeePeople: false })).toMatchObject({
      ok: false,
      message: 'Navngivne medarbejdere vises kun for HR.',
    })
    expect(await addPerson(db, unitId, { name: 'X', title: '', note: '' }, { canSeePeople: false })).toMatchObject({
      ok: false,
      reason: 'blocked',
    })

    const hr = await call(unitPage.loader, get(`/enheder/${unitId}`), { id: String(unitId) }, 'hr')
    expect(hr.body.people).toMatchObject({ visible: true, people: [{ name: 'Åse Ærbødig' }] })
    const committee = await call(unitPage.loader, get(`/enheder/${unitId}`), { id: String(unitId) }, 'udvalg')
    expect(committee.body.people).toEqual({ visible: false, count: 1 })
    expect(JSON.stringify(committee.body)).not.toContain('Åse')
    expect((await call(peopleExport.loader, get('/enheder/medarbejdere.csv'), {}, 'udvalg')).status).toBe(403)
    const csv = await call(peopleExport.loader, get('/enheder/medarbejdere.csv'), {}, 'hr')
    expect(csv.body).toContain('Mestringsenheden;Åse Ærbødig;Ergoterapeut')
    const refused = await call(
      unitPage.action,
      post(`/enheder/${unitId}`, form({ intent: 'add-person', name: 'Bo' })),
      { id: String(unitId) },
      'udvalg',
    )
    expect(refused.status).toBe(409)
    // The audit trail, read by administrators, says a person was added to the unit, never who.
    const audit = await recordHistory(db, 'person', (await db.selectFrom('person').select('id').executeTakeFirstOrThrow()).id)
    expect(audit.map((e) => [e.summary, e.afterJson])).toEqual([['Navngiven medarbejder tilføjet', JSON.stringify({ unitId })]])
  })

  it('answers the instant check: room month by month in the receiving building and what else lands there', async () => {
    const params = new URLSearchParams({
      unitId: String(await id('unit', 'Ydelse og Opkrævning')),
      fromPropertyId: String(await id('property', 'Juelsminde Rådhus')),
      toPropertyId: String(await id('property', 'Hedensted Rådhus')),
      date: '01.09.2025',
      headcount: '41',
      status: 'planned',
    })
    const { body } = await call(checkRoute.loader, get(`/flytninger/tjek?${params}`))
    expect(body.check.refusal).toBeNull()
    expect(body.check.destination.name).toBe('Hedensted Rådhus')
    expect(body.check.months[0]).toMatchObject({ month: '2025-09', over: false, workplaces: 430 })
    expect(body.check.months.at(-1).month).toBe('2030-12')
    expect(body.check.arrivals.map((r: { unitName: string }) => r.unitName)).toEqual(
      expect.arrayContaining(['Sundhedsplejen', 'Borgerservice', 'Mestringsenheden']),
    )
    expect((await call(checkRoute.loader, get('/flytninger/tjek?unitId=abc'))).body).toMatchObject({ check: null, sites: [] })
  })

  it('plans a move through the form: refused with the warning first, saved once accepted', async () => {
    const fields = {
      unitId: String(await id('unit', 'Børn og Familie')),
      fromPropertyId: String(await id('property', 'Juelsminde Rådhus')),
      toPropertyId: String(await id('property', 'Materielgården Daugård')),
      date: '01.02.2026',
      headcount: '58',
      status: 'idea',
      movingCostOre: '',
      refurbishmentOre: '250.000',
      addedAnnualOperatingOre: '',
      rotationId: '',
      note: '',
    }
    const warned = await call(newRelocation.action, post('/flytninger/ny', form(fields)))
    expect(warned.status).toBe(400)
    expect(warned.body.reply.error.acceptWarnings[0]).toMatch(/^Materielgården Daugård mangler arbejdspladser i feb\. 2026–dec\. 2030/)
    const saved = await call(newRelocation.action, post('/flytninger/ny', form({ ...fields, acceptWarnings: 'on' })))
    expect(saved.status).toBe(302)
    expect(saved.headers!.get('Location')).toMatch(/^\/flytninger\/\d+\?besked=oprettet$/)
  })

  /** The capacity page's data: the loader streams it when it is not ready within a moment (a busy machine). */
  const capacityAt = async (url: string) => await (await call(capacityPage.loader, get(url))).body.capacity

  it('shows capacity per property per month and flags staff left behind when only decided moves count', async () => {
    const planned = await capacityAt('/kapacitet?fra=2024-01&maaneder=12')
    expect(planned.from).toBe('2024-01')
    const vesterbro = planned.occupancy.find((p: { name: string }) => p.name === 'Mestringsenheden, Vesterbrogade 4B')
    expect(vesterbro.cells.map((c: { fte: number }) => c.fte).slice(6, 9)).toEqual([18, 18, 0])
    expect(vesterbro.cells[6]).toMatchObject({ state: 'ok' })
    expect(vesterbro.cells[8]).toEqual({ need: 0, fte: 0, state: 'empty' })
    expect(planned.leftBehind).toEqual([])
    expect(planned.timeline.length).toBeGreaterThan(3)
    const decidedOnly = await capacityAt('/kapacitet?fra=2024-01&maaneder=12&medtag=decided')
    expect(decidedOnly.leftBehind).toEqual(['Mestringsenheden, Vesterbrogade 4B'])
    // By unit: the unit's name, read for the page (the worker keeps no names of its own).
    const byUnit = await capacityAt('/kapacitet?fra=2024-01&maaneder=12&medtag=decided&tidslinje=enhed')
    expect(byUnit.leftBehind).toEqual(['Mestringsenheden'])
    expect(byUnit.timeline.map((g: { title: string }) => g.title)).toContain('Mestringsenheden')
    const detail = await capacityAt(`/kapacitet?fra=2024-01&ejendom=${await id('property', 'Hedensted Rådhus')}`)
    expect(detail.detail.months[7]).toMatchObject({ month: '2024-08', headcount: 328.5, workplaces: 430, over: false })
    // The search folds case and Danish letters, and is the same when asked again (kept per window).
    for (const q of ['rådhus', 'RÅDHUS', 'rådhus']) {
      const searched = await capacityAt(`/kapacitet?fra=2024-01&maaneder=12&q=${encodeURIComponent(q)}`)
      expect(searched.occupancy.map((p: { name: string }) => p.name)).toEqual([
        'Hedensted Rådhus',
        'Juelsminde Rådhus',
        'Uldum gamle rådhus',
      ])
      expect(searched.propertyCount).toBe(3)
    }
  })

  it("follows the adopted plan's desk factor when it is changed by plain SQL, as another server would", async () => {
    const url = `/kapacitet?fra=2024-01&ejendom=${await id('property', 'Hedensted Rådhus')}`
    const needed = async () => (await capacityAt(url)).detail.months[7].workplacesNeeded as number
    const before = await needed()
    const plan = sql`is_baseline = 1 and archived_at is null`
    await sql`update scenario set desk_factor = desk_factor + 0.25 where ${plan}`.execute(db)
    const after = await needed()
    expect(after).toBeGreaterThan(before)
    // Another scenario's assumptions are not the plan's.
    await sql`update scenario set desk_factor = desk_factor + 0.5 where not (${plan})`.execute(db)
    expect(await needed()).toBe(after)
    await sql`update scenario set desk_factor = desk_factor - 0.25 where ${plan}`.execute(db)
    await sql`update scenario set desk_factor = desk_factor - 0.5 where not (${plan})`.execute(db)
    expect(await needed()).toBe(before)
  })

  it('reads the names of any number of properties or units, a piece of ids at a time', async () => {
    const raadhus = await id('property', 'Hedensted Rådhus')
    const ids = [...Array.from({ length: 1_200 }, (_, i) => 900_000 + i), raadhus, raadhus]
    expect([...(await namesById(db, 'property', ids))]).toEqual([[raadhus, 'Hedensted Rådhus']])
    expect(await namesById(db, 'unit', [])).toEqual(new Map())
  })
})
