/**
 * Re-importing a file on SQLite and PostgreSQL: rows already in the register are recognised (a
 * property by address and postcode, a lease by property, counterparty and start date), unchanged
 * ones are skipped, changed ones update their record with an audit row naming the file, and the
 * user may instead create them as new or skip them, for the whole file or row by row. CSV and .xlsx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { checkImport, importFile } from '~/features/import-export/import.server'
import * as importCheck from '~/features/import-export/routes/import.kontrol'
import { headerRow, xlsxBuffer } from '~/server/xlsx.server'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { call } from './route-call'

const enc = (text: string) => new TextEncoder().encode(`\uFEFF${text.replace(/\n/g, '\r\n')}`)
const P_HEADER = 'Navn;Adresse;Postnr.;By;Ejerforhold;Anvendelse;Driftsudgift pr. år (kr.);Note'
const L_HEADER = 'Ejendom;Retning;Modpart;Årlig husleje (kr.);Startdato;Opsigelsesvarsel (mdr.)'

const properties = (town = 'Juelsminde', cost = '250.000,00') =>
  enc(
    [
      P_HEADER,
      `Dublet Skole;Skolevej 1;7130;${town};Ejet;Skole;${cost};Bygget 1962`,
      'Dublet Hal;Hallvej 2;7130;Juelsminde;Ejet;Idræt;98.000,50;',
    ].join('\n'),
  )
const leases = (rent = '480.000') =>
  enc(
    [
      L_HEADER,
      `Dublet Skole;Kommunen lejer;Skolevej Ejendomme ApS;${rent};01.01.2020;6`,
      'Dublet Hal;Kommunen lejer;Hal ApS;12.000;;3',
    ].join('\n'),
  )

type Table = 'property' | 'lease' | 'auditLog'
async function count(h: DatabaseHandle, table: Table): Promise<number> {
  const row = await h.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
const counts = (h: DatabaseHandle) => Promise.all((['property', 'lease', 'auditLog'] as Table[]).map((t) => count(h, t)))
const propertyNamed = (h: DatabaseHandle, name: string) =>
  h.db.selectFrom('property').selectAll().where('name', '=', name).orderBy('id').execute()

describe.each(DIALECTS)('re-import on %s', (dialect) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    expect((await importFile(h.db, 'ejendomme.csv', properties())).written).toEqual({ properties: 2, leases: 0 })
    expect((await importFile(h.db, 'lejemaal.csv', leases())).written).toEqual({ properties: 0, leases: 2 })
  })
  afterAll(async () => h.close())

  it('imports the same files again without creating or writing anything, and says so', async () => {
    const before = await counts(h)
    for (const [name, bytes] of [
      ['ejendomme.csv', properties()],
      ['lejemaal.csv', leases()],
    ] as const) {
      const check = await checkImport(h.db, name, bytes)
      expect(check.duplicates).toMatchObject({ matched: 2, unchanged: 2 })
      expect(check.duplicates!.rows.map((r) => [r.row, r.by, r.action, r.changes])).toEqual([
        [2, 'key', 'skip', []],
        [3, 'key', 'skip', []],
      ])
      expect(check.sheets[0]).toMatchObject({ creates: 0, updates: 0, unchanged: 2, skipped: 0 })
      const again = await importFile(h.db, name, bytes)
      expect(again).toMatchObject({ issueCount: 0, written: null })
    }
    expect(await counts(h)).toEqual(before)
    expect((await propertyNamed(h, 'Dublet Skole'))[0]!.version).toBe(1)
  })

  it('updates the changed fields of a changed file, with an audit row naming the file, and leaves the rest', async () => {
    const check = await checkImport(h.db, 'ejendomme-2.csv', properties('Juelsminde By', '275.000,00'))
    const school = check.duplicates!.rows[0]!
    expect(school).toMatchObject({ row: 2, kind: 'properties', recordName: 'Dublet Skole', action: 'update' })
    expect(school.changes).toEqual([
      { label: 'By', before: 'Juelsminde', after: 'Juelsminde By' },
      { label: 'Driftsudgift pr. år', before: '250.000,00\u00a0kr.', after: '275.000,00\u00a0kr.' },
    ])
    expect(check.duplicates).toMatchObject({ matched: 2, unchanged: 1 })
    const [, , auditBefore] = await counts(h)
    const report = await importFile(h.db, 'ejendomme-2.csv', properties('Juelsminde By', '275.000,00'))
    expect(report.written).toEqual({ properties: 1, leases: 0 })
    const [stored] = await propertyNamed(h, 'Dublet Skole')
    expect(stored).toMatchObject({ town: 'Juelsminde By', annualOperatingCostOre: 27_500_000, note: 'Bygget 1962', version: 2 })
    expect((await propertyNamed(h, 'Dublet Hal'))[0]!.version).toBe(1)
    const audit = await h.db.selectFrom('auditLog').selectAll().where('id', '>', 0).orderBy('id').execute()
    expect(audit.length).toBe(auditBefore! + 1)
    const row = audit.at(-1)!
    expect([row.action, row.entity, row.entityId, row.summary]).toEqual([
      'update',
      'property',
      String(stored!.id),
      'Dublet Skole (import af ejendomme-2.csv)',
    ])
    expect(JSON.parse(row.beforeJson!)).toMatchObject({ town: 'Juelsminde', version: 1 })
    expect(JSON.parse(row.afterJson!)).toMatchObject({ town: 'Juelsminde By', version: 2 })
  })

  it('keeps a field the file has no column for, and updates a changed lease found by property, counterparty and start date', async () => {
    const noNote = enc(`Navn;Adresse;Postnr.;By;Ejerforhold;Anvendelse\nDublet Skole;Skolevej 1;7130;Juelsminde By;Ejet;Skole`)
    // Without the cost and note columns the row changes nothing: a missing column is not a blank.
    expect((await checkImport(h.db, 'kort.csv', noNote)).duplicates).toMatchObject({ matched: 1, unchanged: 1 })
    const report = await importFile(h.db, 'lejemaal-2.csv', leases('500.000'))
    expect(report.written).toEqual({ properties: 0, leases: 1 })
    const lease = await h.db.selectFrom('lease').selectAll().where('counterparty', '=', 'Skolevej Ejendomme ApS').execute()
    expect(lease.map((l) => [l.annualRentOre, l.version, l.startDate])).toEqual([[50_000_000, 2, '2020-01-01']])
  })

  it('creates a matched row as new or skips a changed one, for the whole file or row by row', async () => {
    const [propertiesBefore] = await counts(h)
    const asNew = await importFile(h.db, 'ejendomme-3.csv', properties(), undefined, undefined, {
      choices: { policy: 'skip', rows: [{ sheet: 'ejendomme-3.csv', row: 3, action: 'create' }] },
    })
    expect(asNew.written).toEqual({ properties: 1, leases: 0 })
    expect(asNew.sheets[0]).toMatchObject({ creates: 1, updates: 0, skipped: 1, unchanged: 0 })
    expect((await propertyNamed(h, 'Dublet Hal')).length).toBe(2)
    expect((await propertyNamed(h, 'Dublet Skole'))[0]!.town).toBe('Juelsminde By')
    expect((await counts(h))[0]).toBe(propertiesBefore! + 1)

    const allNew = await checkImport(h.db, 'ejendomme-4.csv', properties(), undefined, undefined, {
      choices: { policy: 'create', rows: [] },
    })
    expect(allNew.sheets[0]).toMatchObject({ creates: 2 })
  })

  it('recognises the rows of an Excel workbook with both sheets, and refuses an import the register moved under', async () => {
    const workbook = new Uint8Array(
      await xlsxBuffer([
        {
          sheet: 'Ejendomme',
          data: [
            headerRow(['Navn', 'Adresse', 'Postnr.', 'By', 'Ejerforhold', 'Anvendelse']),
            ['Excel Skole', 'Excelvej 3', '8722', 'Hedensted', 'Ejet', 'Skole'],
          ],
        },
        {
          sheet: 'Lejemål',
          data: [
            headerRow(['Ejendom', 'Retning', 'Modpart', 'Årlig husleje (kr.)', 'Opsigelsesvarsel (mdr.)']),
            ['Excel Skole', 'Kommunen lejer', 'Excel ApS', 1000, 3],
          ],
        },
      ]),
    )
    expect((await importFile(h.db, 'register.xlsx', workbook)).written).toEqual({ properties: 1, leases: 1 })
    const before = await counts(h)
    const check = await checkImport(h.db, 'register.xlsx', workbook)
    expect(check.issues).toEqual([])
    expect(check.duplicates).toMatchObject({ matched: 2, unchanged: 2 })
    expect((await importFile(h.db, 'register.xlsx', workbook)).written).toBeNull()
    expect(await counts(h)).toEqual(before)

    const stamp = check.duplicates!.registerStamp
    await importFile(h.db, 'flyt.csv', enc(`${P_HEADER}\nNy imellem;Mellemvej 1;8722;Hedensted;Ejet;Skole;0;`))
    const moved = await importFile(h.db, 'register.xlsx', workbook, undefined, undefined, {
      stamp,
      choices: { policy: 'create', rows: [] },
    })
    expect(moved.written).toBeNull()
    expect(moved.issues[0]!.message).toMatch(/Registret er ændret/)
    expect((await counts(h))[0]).toBe(before[0]! + 1)
  })

  it('puts the leases of a property row created anew beside its match on the new property', async () => {
    const both = new Uint8Array(
      await xlsxBuffer([
        {
          sheet: 'Ejendomme',
          data: [
            headerRow(['Navn', 'Adresse', 'Postnr.', 'By', 'Ejerforhold', 'Anvendelse']),
            ['Excel Skole', 'Excelvej 3', '8722', 'Hedensted', 'Ejet', 'Skole'],
          ],
        },
        {
          sheet: 'Lejemål',
          data: [
            headerRow(['Ejendom', 'Retning', 'Modpart', 'Opsigelsesvarsel (mdr.)']),
            ['Excel Skole', 'Kommunen lejer', 'Ny Modpart ApS', 3],
          ],
        },
      ]),
    )
    const choices = { policy: 'auto' as const, rows: [{ sheet: 'Ejendomme', row: 2, action: 'create' as const }] }
    const report = await importFile(h.db, 'ny-skole.xlsx', both, undefined, undefined, { choices })
    expect(report.issues).toEqual([])
    expect(report.written).toEqual({ properties: 1, leases: 1 })
    const schools = await propertyNamed(h, 'Excel Skole')
    expect(schools.length).toBe(2)
    const lease = await h.db.selectFrom('lease').select('propertyId').where('counterparty', '=', 'Ny Modpart ApS').executeTakeFirstOrThrow()
    expect(lease.propertyId).toBe(schools[1]!.id)
  })

  it('takes the choices from the upload form of /import/kontrol', async () => {
    const body = new FormData()
    body.set('fil', new File([properties('Juelsminde', '1,00') as BlobPart], 'ejendomme.csv'))
    body.set('mode', 'import')
    body.set('dubletter', 'skip')
    const res = await call(importCheck.action, { request: new Request('http://localhost/import/kontrol', { method: 'POST', body }) })
    const last = JSON.parse((res.body as string).trim().split('\n').at(-1)!)
    expect(last).toMatchObject({ type: 'result', report: { written: null, sheets: [{ skipped: 1, unchanged: 1 }] } })
    expect((await propertyNamed(h, 'Dublet Skole'))[0]!.annualOperatingCostOre).toBe(27_500_000)
  })
})
