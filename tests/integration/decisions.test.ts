/**
 * The committee's decisions on both databases, through the middleware and the real routes:
 * reviewed promotion with the council's reference, archived plans that refuse every write, the
 * decision log, and a register sync that shows what it will do before it does it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { seedDemo } from '~/features/demo/demo.server'
import { getComparePage } from '~/features/scenarios/compare.server'
import { getPromotionReview, listDecisions } from '~/features/scenarios/promotion.server'
import { previewSync } from '~/features/scenarios/register-sync.server'
import { listScenarioRows } from '~/features/scenarios/scenario-page.server'
import { getBaseline, getScenario, listMeasures } from '~/features/scenarios/scenarios.repo.server'
import { addMeasure, createScenario, setMeasureEnabled } from '~/features/scenarios/scenarios.server'
import { danishDateOf, formatDanishDate } from '~/core/dates'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { cookieFor, send } from './request'

const created = (r: { ok: boolean; value?: { id: number } }) => (r.ok ? r.value!.id : 0)

describe.each(DIALECTS)('committee decisions on %s', (dialect) => {
  let h: DatabaseHandle
  let cookie = ''
  let firstPlanId = 0
  let proposalId = 0
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    await seedDemo(h.db)
    cookie = await cookieFor(h.db, 'udvalg')
    firstPlanId = (await getBaseline(h.db))!.id
    proposalId = created(await createScenario(h.db, { name: 'Udvalgets forslag', description: '', basedOnId: firstPlanId }))
  })
  afterAll(async () => h.close())

  it('reviews a proposal against the decided plan: measures added, removed and changed, and the key figures', async () => {
    const measures = await listMeasures(h.db, proposalId)
    const dlh = measures.find((m) => m.label.includes('Løsningvej'))!
    await setMeasureEnabled(h.db, proposalId, dlh.id, false)
    const stouby = await h.db.selectFrom('property').select('id').where('name', '=', 'Stouby Skole').executeTakeFirstOrThrow()
    await addMeasure(h.db, proposalId, {
      kind: 'sale',
      status: 'proposal',
      label: 'Sælg Stouby Skole',
      propertyId: stouby.id,
      effectDate: '2026-01-01',
      priceOre: 600_000_000,
      saleCostsOre: null,
    })
    const review = (await getPromotionReview(h.db, proposalId))!
    expect(review.added).toEqual(['Salg: Sælg Stouby Skole'])
    expect(review.removed).toEqual([dlh.label])
    expect(review.changed).toEqual([])
    expect(review.proposals).toEqual(['Salg: Sælg Stouby Skole'])
    expect(review.blocked).toBeNull()
    expect(review.before.fullYearEffect).not.toBe(review.after.fullYearEffect)

    const page = await send('GET', `/scenarier/${proposalId}/fremlaeg`, { cookie })
    expect(page.status).toBe(200)
  })

  it('refuses promotion without a reference beside the field, and changes nothing', async () => {
    const res = await send('POST', `/scenarier/${proposalId}/fremlaeg`, { cookie, form: { intent: 'promote', decisionDate: '12.03.2025' } })
    expect(res.status).toBe(400)
    expect((res.body as { reply: { error: Record<string, string[]> } }).reply.error.caseReference).toEqual(['Sagsnummer skal udfyldes'])
    const badDate = await send('POST', `/scenarier/${proposalId}/fremlaeg`, {
      cookie,
      form: { intent: 'promote', caseReference: '2025-004512', decisionDate: '31.02.2025' },
    })
    expect(badDate.status).toBe(400)
    expect((await getBaseline(h.db))!.id).toBe(firstPlanId)
    expect((await getScenario(h.db, proposalId))!.caseReference).toBeNull()
  })

  it('promotes with the reference, decision date and the signed-in user, and lists it in the decision log', async () => {
    const res = await send('POST', `/scenarier/${proposalId}/fremlaeg`, {
      cookie,
      form: { intent: 'promote', caseReference: ' 2025-004512 ', decisionDate: '12.03.2025' },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(302)
    expect(res.headers.get('location')).toBe('/scenarier/beslutninger?besked=vedtaget')
    const promoted = (await getScenario(h.db, proposalId))!
    expect(promoted).toMatchObject({ isBaseline: 1, caseReference: '2025-004512', decisionDate: '2025-03-12' })
    expect(promoted.promotedBy).toMatch(/^udvalg-.*@test\.example$/)
    expect(promoted.promotedById).not.toBeNull()
    const old = (await getScenario(h.db, firstPlanId))!
    expect(old.isBaseline).toBe(0)
    expect(old.archivedAt).not.toBeNull()

    const decisions = await listDecisions(h.db)
    expect(decisions).toHaveLength(1)
    expect(decisions[0]).toMatchObject({ id: proposalId, caseReference: '2025-004512', decisionDate: '2025-03-12', current: true })
    const log = await send('GET', '/scenarier/beslutninger', { cookie })
    expect(log.status).toBe(200)
  })

  it('names the archived plan by its period in the list, the compare page and the selects', async () => {
    const old = (await getScenario(h.db, firstPlanId))!
    const title = `Vedtaget plan, ${formatDanishDate(danishDateOf(old.createdAt))}-${formatDanishDate(danishDateOf(old.archivedAt!))}`
    expect((await listScenarioRows(h.db)).find((r) => r.id === firstPlanId)!.name).toBe(title)
    const compare = await getComparePage(h.db, [`${firstPlanId},${proposalId}`])
    expect(compare.scenarios.map((s) => s.name)).toEqual([title, 'Udvalgets forslag'])
    expect(compare.all.find((s) => s.id === firstPlanId)!.name).toBe(title)
  })

  it('refuses every write to an archived plan: form posts, .data fetchers, the review and the sync', async () => {
    const id = String(firstPlanId)
    const measure = (await listMeasures(h.db, firstPlanId))[0]!
    const before = JSON.stringify(await listMeasures(h.db, firstPlanId))
    const writes: Record<string, string>[] = [
      { intent: 'toggle', measureId: String(measure.id), enabled: measure.enabled ? '0' : '1' },
      { intent: 'status', measureId: String(measure.id), status: 'proposal' },
      { intent: 'delete-measure', measureId: String(measure.id) },
      {
        intent: 'add-measure',
        kind: 'closure',
        status: 'proposal',
        propertyId: String(measure.propertyId ?? 1),
        effectDate: '01.03.2026',
        operatingCostShare: '100',
      },
      {
        intent: 'assumptions',
        version: '99',
        name: 'Ny historik',
        firstYear: '2023',
        lastYear: '2030',
        targetAnnualOre: '5.000.000',
        deskFactor: '0,8',
        movingCostPerPersonOre: '5.000',
        statusFilter: 'all',
      },
      { intent: 'delete-scenario' },
    ]
    for (const path of [`/scenarier/${id}`, `/scenarier/${id}.data`]) {
      for (const form of writes) {
        const res = await send('POST', path, { cookie, form })
        expect(res.status, `${path} ${form.intent}`).toBe(409)
        expect((res.body as { message: string }).message).toMatch(/^Vedtaget plan, .* er en tidligere vedtaget plan og kan ikke ændres/)
      }
    }
    const promote = await send('POST', `/scenarier/${id}/fremlaeg`, {
      cookie,
      form: { intent: 'promote', caseReference: 'X', decisionDate: '01.04.2025' },
    })
    expect(promote.status).toBe(409)
    const sync = await send('POST', `/scenarier/${id}/opdater`, { cookie, form: { intent: 'sync' } })
    expect(sync.status).toBe(409)
    expect(JSON.stringify(await listMeasures(h.db, firstPlanId))).toBe(before)
    expect((await getScenario(h.db, firstPlanId))!.name).toBe('Vedtaget plan')
  })

  it('copies an archived plan into a new, undecided scenario', async () => {
    const res = await send('POST', '/scenarier', {
      cookie,
      form: { intent: 'create', name: 'Kopi af den gamle plan', basedOnId: String(firstPlanId) },
    })
    expect(res.status).toBe(302)
    const copyId = Number(res.headers.get('location')!.match(/\/scenarier\/(\d+)/)![1])
    const copy = (await getScenario(h.db, copyId))!
    expect(copy).toMatchObject({ isBaseline: 0, archivedAt: null, caseReference: null, decisionDate: null, promotedBy: null })
    expect((await listMeasures(h.db, copyId)).length).toBe((await listMeasures(h.db, firstPlanId)).length)
  })

  it('shows what the register sync will do; a cancelled preview changes nothing; applying keeps choices and manual measures', async () => {
    const planId = proposalId
    const offered = await h.db.selectFrom('sale').select(['id', 'propertyId']).where('status', '=', 'offered').executeTakeFirstOrThrow()
    await h.db.updateTable('sale').set({ takeoverDate: '2026-02-01', expectedPriceOre: 150_000_000 }).where('id', '=', offered.id).execute()
    await h.db.updateTable('sale').set({ takeoverDate: '2025-06-01' }).where('status', '=', 'conditionally_sold').execute()
    const notice = await h.db.selectFrom('lease').select(['id']).where('noticeDate', '=', '2024-02-10').executeTakeFirstOrThrow()
    await h.db.updateTable('lease').set({ noticeDate: null }).where('id', '=', notice.id).execute()
    const measuresBefore = await listMeasures(h.db, planId)
    const auditBefore = await h.db
      .selectFrom('auditLog')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()

    const preview = (await previewSync(h.db, planId))!
    expect(preview.added).toHaveLength(1)
    expect(preview.added[0]).toMatch(/^Salg: /)
    expect(preview.changed).toHaveLength(1)
    expect(preview.changed[0]!.changes.map((c) => c.label)).toEqual(['Dato'])
    expect(preview.removed).toHaveLength(1)
    expect(preview.removed[0]).toMatch(/^Opsigelse: /)
    expect(preview.keptOff).toBe(1)
    expect(preview.manual).toBe(1)
    const page = await send('GET', `/scenarier/${planId}/opdater`, { cookie })
    expect(page.status).toBe(200)
    // Cancelling is leaving the page: nothing was written by showing it.
    expect(await listMeasures(h.db, planId)).toEqual(measuresBefore)
    const auditAfterPreview = await h.db
      .selectFrom('auditLog')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(auditAfterPreview.n)).toBe(Number(auditBefore.n))

    const applied = await send('POST', `/scenarier/${planId}/opdater`, { cookie, form: { intent: 'sync' } })
    expect(applied.status).toBe(302)
    const after = await listMeasures(h.db, planId)
    expect(after.length).toBe(measuresBefore.length)
    expect(after.filter((m) => m.enabled === 0).map((m) => m.label)).toEqual(
      measuresBefore.filter((m) => m.enabled === 0).map((m) => m.label),
    )
    expect(after.filter((m) => m.source === 'manual').map((m) => m.label)).toEqual(['Sælg Stouby Skole'])
    const audit = await h.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entity', '=', 'scenario')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(audit.summary).toBe('Tiltag opdateret fra registret: 1 tilføjet, 1 ændret, 1 fjernet')
    const again = (await previewSync(h.db, planId))!
    expect([again.added, again.changed, again.removed]).toEqual([[], [], []])
  })
})
