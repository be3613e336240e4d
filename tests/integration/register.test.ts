/** The property and lease register on a real SQLite file and a real PostgreSQL database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { seedDemoData, seedIfEmpty } from '~/features/demo/seed'
import { gridRequestSchema } from '~/server/grid-query.server'
import { describeChanges } from '~/core/fields'
import { FIELD_REGISTRY } from '~/features/field-registry'
import { createLease, editLease, getLease, listLeases, removeLease } from '~/features/leases/leases.server'
import { createProperty, editProperty, getProperty, listProperties, removeProperty } from '~/features/properties/properties.server'
import { recordHistory as auditHistory } from '~/features/users-audit/audit.server'
import { leaseInput, propertyInput } from '../factories/register'
import { DIALECTS, openTestDatabase } from '../setup/test-db'

const req = (over: Partial<ReturnType<typeof gridRequestSchema.parse>> = {}) => ({ ...gridRequestSchema.parse({}), ...over })

describe.each(DIALECTS)('register on %s', (dialect) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
  })
  afterAll(async () => h.close())

  it('stores amounts exactly in øre and reads them back', async () => {
    const r = await createProperty(h.db, propertyInput({ name: 'Præcis', annualOperatingCostOre: 9_007_199_254_740 }))
    expect(r.ok).toBe(true)
    const p = await getProperty(h.db, r.ok ? r.value.id : 0)
    expect(p?.annualOperatingCostOre).toBe(9_007_199_254_740)
    expect(p?.version).toBe(1)
  })

  it('refuses a save made on an old version and keeps the newer one', async () => {
    const r = await createProperty(h.db, propertyInput({ name: 'Samtidig' }))
    const id = r.ok ? r.value.id : 0
    const first = await editProperty(h.db, id, 1, propertyInput({ name: 'Samtidig (Anne)' }))
    const second = await editProperty(h.db, id, 1, propertyInput({ name: 'Samtidig (Bo)' }))
    expect(first.ok).toBe(true)
    expect(second).toMatchObject({ ok: false, reason: 'conflict' })
    expect((await getProperty(h.db, id))?.name).toBe('Samtidig (Anne)')
    expect((await getProperty(h.db, id))?.version).toBe(2)
  })

  it('refuses to delete a property with a lease, naming what blocks it', async () => {
    const r = await createProperty(h.db, propertyInput({ name: 'Med lejemål' }))
    const id = r.ok ? r.value.id : 0
    const l = await createLease(h.db, leaseInput(id))
    const refused = await removeProperty(h.db, id)
    expect(refused).toMatchObject({ ok: false, reason: 'blocked' })
    expect(refused.ok ? '' : refused.message).toContain('1 lejemål')
    expect(await getProperty(h.db, id)).toBeDefined()
    await removeLease(h.db, l.ok ? l.value.id : 0)
    expect((await removeProperty(h.db, id)).ok).toBe(true)
    expect(await getProperty(h.db, id)).toBeUndefined()
  })

  it('computes and stores the lease end date from the notice date (§ 64)', async () => {
    const r = await createProperty(h.db, propertyInput({ name: 'Lejet lokale', ownership: 'leased' }))
    const pid = r.ok ? r.value.id : 0
    const l = await createLease(h.db, leaseInput(pid, { noticeDate: '2024-02-10', noticeMonths: 3, status: 'terminated' }))
    const lid = l.ok ? l.value.id : 0
    expect((await getLease(h.db, lid))?.endDate).toBe('2024-05-31')
    await editLease(h.db, lid, 1, leaseInput(pid, { noticeDate: '2024-02-01', noticeMonths: 3, status: 'terminated' }))
    expect((await getLease(h.db, lid))?.endDate).toBe('2024-04-30')
    await editLease(h.db, lid, 2, leaseInput(pid, { noticeDate: '2024-02-10', noticeMonths: 3, terms: 'quarter', status: 'terminated' }))
    expect((await getLease(h.db, lid))?.endDate).toBe('2024-06-30')
  })

  it('records lease changes as "lease" and reads them back in Danish', async () => {
    const r = await createProperty(h.db, propertyInput({ name: 'Historik-lokale', ownership: 'leased' }))
    const pid = r.ok ? r.value.id : 0
    const l = await createLease(h.db, leaseInput(pid, { counterparty: 'Historik ApS' }))
    const lid = l.ok ? l.value.id : 0
    await editLease(h.db, lid, 1, leaseInput(pid, { counterparty: 'Historik ApS', noticeDate: '2024-02-10', status: 'terminated' }))
    const [update, create] = await auditHistory(h.db, 'lease', lid)
    expect(create).toMatchObject({ action: 'create', summary: 'Historik ApS' })
    expect(update).toMatchObject({ action: 'update', summary: 'Historik ApS' })
    const changes = describeChanges(FIELD_REGISTRY.lease!.fields, update!.beforeJson, update!.afterJson)
    expect(changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Opsigelsesdato', '–', '10.02.2024'],
      ['Ophørsdato', '–', '31.05.2024'],
      ['Status', 'Aktiv', 'Opsagt'],
    ])
    expect((await getLease(h.db, lid))?.version).toBe(2)
  })

  it('keeps lease search text in step when the property is renamed', async () => {
    const r = await createProperty(h.db, propertyInput({ name: 'Gammelt navn' }))
    const pid = r.ok ? r.value.id : 0
    await createLease(h.db, leaseInput(pid, { counterparty: 'Omdøbt udlejer' }))
    await editProperty(h.db, pid, 1, propertyInput({ name: 'Splinternyt navn' }))
    expect((await listLeases(h.db, req({ search: 'splinternyt' }))).rows.map((x) => x.counterparty)).toEqual(['Omdøbt udlejer'])
    expect((await listLeases(h.db, req({ search: 'gammelt' }))).total).toBe(0)
  })

  it('refuses a lease on a property that does not exist, with a field message', async () => {
    const r = await createLease(h.db, leaseInput(999_999))
    expect(r).toMatchObject({ ok: false, reason: 'invalid', fieldErrors: { propertyId: ['Vælg en ejendom fra listen'] } })
  })
})

describe.each(DIALECTS)('grid queries on %s', (dialect) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    await seedDemoData(h.db)
    for (const name of ['Ærø Hus', 'Aabenraa Kontor', 'Ølsted Skole', 'Åby Hal', 'Zealand Lager', 'ærlig lille hus']) {
      await createProperty(h.db, propertyInput({ name, town: 'Testby' }))
    }
  })
  afterAll(async () => h.close())

  it('seeds only an empty database', async () => {
    expect(await seedIfEmpty(h.db)).toBe(false)
  })

  it('pages in the database and reports the total', async () => {
    const all = await listProperties(h.db, req({ limit: 1000 }))
    const page = await listProperties(h.db, req({ offset: 5, limit: 5 }))
    expect(page.total).toBe(all.total)
    expect(page.rows.map((r) => r.id)).toEqual(all.rows.slice(5, 10).map((r) => r.id))
  })

  it('sorts names in Danish order: Z, Æ, Ø, Å (and Aa as Å)', async () => {
    const { rows } = await listProperties(h.db, req({ filter: { town: { filterType: 'text', type: 'equals', filter: 'testby' } } }))
    expect(rows.map((r) => r.name)).toEqual(['Zealand Lager', 'ærlig lille hus', 'Ærø Hus', 'Ølsted Skole', 'Aabenraa Kontor', 'Åby Hal'])
  })

  it('quick search folds Danish letters: "ærø" finds Ærø, every word must match', async () => {
    expect((await listProperties(h.db, req({ search: 'ærø' }))).rows.map((r) => r.name)).toEqual(['Ærø Hus'])
    expect((await listProperties(h.db, req({ search: 'ÆR hus' }))).rows.map((r) => r.name)).toEqual(['ærlig lille hus', 'Ærø Hus'])
  })

  it('filters text columns case-insensitively, also for Æ Ø Å', async () => {
    const { rows } = await listProperties(h.db, req({ filter: { name: { filterType: 'text', type: 'startsWith', filter: 'ølsted' } } }))
    expect(rows.map((r) => r.name)).toEqual(['Ølsted Skole'])
  })

  it('filters money in kroner against øre, and by status codes', async () => {
    const big = await listProperties(
      h.db,
      req({ filter: { annualOperatingCostOre: { filterType: 'number', type: 'greaterThan', filter: 1_000_000 } } }),
    )
    expect(big.rows.every((r) => r.annualOperatingCostOre > 100_000_000)).toBe(true)
    expect(big.rows.map((r) => r.name)).toContain('Hedensted Rådhus')
    const sold = await listProperties(h.db, req({ filter: { status: { filterType: 'set', values: ['sold'] } } }))
    expect(sold.total).toBe(3)
  })

  it('sorts by a money column and refuses unknown columns (400) instead of ignoring them', async () => {
    const { rows } = await listProperties(h.db, req({ sort: [{ colId: 'annualOperatingCostOre', sort: 'desc' }] }))
    expect(rows[0]?.name).toBe('Hedensted Rådhus')
    const unknown = req({ sort: [{ colId: 'nope; drop table', sort: 'asc' }] })
    await expect(listProperties(h.db, unknown)).rejects.toMatchObject({ status: 400 })
  })

  it('lists leases with their property and filters on end date', async () => {
    const { rows, total } = await listLeases(
      h.db,
      req({ filter: { endDate: { filterType: 'date', type: 'inRange', dateFrom: '2024-06-01 00:00:00', dateTo: '2024-08-31 00:00:00' } } }),
    )
    expect(total).toBe(3)
    expect(rows.map((r) => r.propertyName).sort()).toEqual([
      'DLH-bygningen, Løsningvej 30',
      'Mestringsenheden, Vesterbrogade 4B',
      'Vestergade 7-9 (administration)',
    ])
    expect(rows.map((r) => r.endDate).sort()).toEqual(['2024-06-30', '2024-07-31', '2024-08-31'])
  })
})
