/**
 * Importing properties and leases on SQLite and PostgreSQL: a good file is written, a file with any
 * error is written nowhere, a 20,000-row file goes in as one transaction (all or nothing).
 */
import { readSheet } from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { PROPERTY_FILE_EXPORT as PROPERTY_EXPORT } from '~/features/properties/property-format'
import * as importCheck from '~/features/import-export/routes/import.kontrol'
import * as template from '~/features/import-export/routes/import.skabelon'
import * as propertiesXlsx from '~/features/properties/routes/ejendomme.eksport-excel'
import { checkImport, importFile } from '~/features/import-export/import.server'
import { runImportCheck } from '~/features/import-export/import-worker.server'
import { DEFAULT_CHOICES } from '~/features/import-export/duplicates'
import { headerRow, xlsxBuffer } from '~/server/xlsx.server'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { call, get } from './route-call'

const enc = (text: string) => new TextEncoder().encode(`\uFEFF${text.replace(/\n/g, '\r\n')}`)
const PROPERTY_HEADER =
  'Navn;Adresse;Postnr.;By;Ejerforhold;Anvendelse;Bruttoareal (m²);Driftsudgift pr. år (kr.);Breddegrad;Længdegrad;Øst (UTM32);Nord (UTM32)'

async function count(h: DatabaseHandle, table: 'property' | 'lease'): Promise<number> {
  const row = await h.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

function bigCsv(rows: number, badRow?: number): Uint8Array {
  const lines = [PROPERTY_HEADER]
  for (let i = 1; i <= rows; i++) {
    const amount = i === badRow ? '12,34,56' : `${(i % 900) + 100}.000,50`
    lines.push(`Importejendom ${i};Testvej ${i};8722;Hedensted;Ejet;Administration;${i % 5000};${amount};55,77;9,70;;`)
  }
  return enc(lines.join('\n'))
}

describe.each(DIALECTS)('import on %s', (dialect) => {
  let h: DatabaseHandle
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
  })
  afterAll(async () => h.close())

  it('imports a good CSV file with Danish numbers, dates and UTM32 coordinates', async () => {
    const csv = enc(
      `${PROPERTY_HEADER}\nRårup Forsamlingshus;Kirkevej 4;7130;Rårup;Ejet;Kultur og fritid;640;1.234.567,89;;;543852;6180814\nØlsted Hal;Hallvej 2;8723;Ølsted;Lejet;Idræt;1.200;98000;55,81;9,71;;`,
    )
    const report = await importFile(h.db, 'ejendomme.csv', csv)
    expect(report).toMatchObject({ issueCount: 0, written: { properties: 2, leases: 0 } })
    const p = await h.db.selectFrom('property').selectAll().where('name', '=', 'Rårup Forsamlingshus').executeTakeFirstOrThrow()
    expect(p).toMatchObject({ annualOperatingCostOre: 123_456_789, grossAreaM2: 640, ownership: 'owned', use: 'culture', postcode: '7130' })
    expect(p.latitude).toBeCloseTo(55.771, 4)
    expect(p.longitude).toBeCloseTo(9.699, 4)
    expect(p.searchText).toContain('rårup')
  })

  it('imports an Excel workbook with properties and leases that name them, in one go', async () => {
    const bytes = await xlsxBuffer([
      {
        sheet: 'Ejendomme',
        data: [
          headerRow(['Navn', 'Adresse', 'Postnr.', 'By', 'Ejerforhold', 'Anvendelse', 'Driftsudgift pr. år (kr.)']),
          ['Lejet lager, Åvej 2', 'Åvej 2', '7160', 'Tørring', 'Lejet', 'Teknik og materielgård', 150000.5],
        ],
      },
      {
        sheet: 'Lejemål',
        data: [
          headerRow([
            'Ejendom',
            'Retning',
            'Modpart',
            'Årlig husleje (kr.)',
            'Opsigelsesvarsel (mdr.)',
            'Opsigelsesdato',
            'Kommunen betaler driften',
          ]),
          [
            'lejet lager, åvej 2',
            'Kommunen lejer',
            'Åvej Ejendomme ApS',
            480000,
            3,
            { value: new Date('2024-02-10T00:00:00Z'), type: Date, format: 'dd.mm.yyyy' },
            'Ja',
          ],
        ],
      },
      { sheet: 'Vejledning', data: [['Læs mig']] },
    ])
    const report = await importFile(h.db, 'register.xlsx', new Uint8Array(bytes))
    expect(report.issues).toEqual([])
    expect(report.written).toEqual({ properties: 1, leases: 1 })
    expect(report.sheets.map((s) => s.kind)).toEqual(['properties', 'leases', 'skipped'])
    const lease = await h.db
      .selectFrom('lease')
      .innerJoin('property', 'property.id', 'lease.propertyId')
      .select([
        'lease.endDate',
        'lease.status',
        'lease.annualRentOre',
        'lease.operatingCostPaidByMunicipality',
        'property.name',
        'property.annualOperatingCostOre',
      ])
      .where('lease.counterparty', '=', 'Åvej Ejendomme ApS')
      .executeTakeFirstOrThrow()
    expect(lease).toEqual({
      endDate: '2024-05-31',
      status: 'terminated',
      annualRentOre: 48_000_000,
      operatingCostPaidByMunicipality: 1,
      name: 'Lejet lager, Åvej 2',
      annualOperatingCostOre: 15_000_050,
    })
  })

  it('writes nothing from a file with errors, and lists every bad field by row and column', async () => {
    const before = [await count(h, 'property'), await count(h, 'lease')]
    const csv = enc(
      `${PROPERTY_HEADER}\nGod række;Vej 1;8722;Hedensted;Ejet;Administration;10;100;;;;\n;Vej 2;87;Hedensted;Måske;Administration;x;-5;99;;;\nGod igen;Vej 3;8722;Hedensted;Ejet;Skole;10;100;;;;`,
    )
    const report = await importFile(h.db, 'fejl.csv', csv)
    expect(report.written).toBeNull()
    expect(report.issues.map((i) => `${i.row}:${i.column}`)).toEqual([
      '3:Navn',
      '3:Postnr.',
      '3:Ejerforhold',
      '3:Bruttoareal (m²)',
      '3:Driftsudgift pr. år (kr.)',
      '3:Breddegrad',
      '3:Længdegrad',
    ])
    expect(report.issues.find((i) => i.column === 'Driftsudgift pr. år (kr.)')?.message).toBe('Driftsudgift pr. år kan ikke være negativ')
    expect([await count(h, 'property'), await count(h, 'lease')]).toEqual(before)
    const notATable = await checkImport(h.db, 'tom.csv', enc('a;b\n1;2'))
    expect(notATable.issues[0]!.message).toMatch(/hverken ejendomme eller lejemål/)
  })

  it('imports 8,000 rows (16 write batches) in one transaction, and a failure part-way leaves nothing behind', async () => {
    const before = await count(h, 'property')
    const bad = await importFile(h.db, 'stor-fejl.csv', bigCsv(8_000, 7_999))
    expect(bad.issueCount).toBe(1)
    expect(bad.issues[0]).toMatchObject({ row: 8_000, column: 'Driftsudgift pr. år (kr.)' })
    expect(await count(h, 'property')).toBe(before)

    const phases = new Set<string>()
    const aborted = importFile(h.db, 'stor.csv', bigCsv(8_000), (phase, done) => {
      phases.add(phase)
      if (phase === 'write' && done >= 4_000) throw new Error('afbrudt under skrivning')
    })
    await expect(aborted).rejects.toThrow('afbrudt under skrivning')
    expect(phases).toEqual(new Set(['read', 'check', 'write']))
    expect(await count(h, 'property')).toBe(before)

    const good = await importFile(h.db, 'stor.csv', bigCsv(8_000))
    expect(good.written).toEqual({ properties: 8_000, leases: 0 })
    expect(await count(h, 'property')).toBe(before + 8_000)
    const last = await h.db
      .selectFrom('property')
      .select(['annualOperatingCostOre', 'grossAreaM2'])
      .where('name', '=', 'Importejendom 8000')
      .executeTakeFirstOrThrow()
    expect(last).toEqual({ annualOperatingCostOre: ((8_000 % 900) + 100) * 100_000 + 50, grossAreaM2: 8_000 % 5000 })
  }, 120_000)

  it('sends a check that writes nothing back without its rows, with the same report', async () => {
    const csv = bigCsv(300, 7)
    const register = { databaseUrl: h.url }
    const full = await runImportCheck('ejendomme.csv', csv, register, () => {}, undefined, DEFAULT_CHOICES)
    const report = await runImportCheck('ejendomme.csv', csv, register, () => {}, undefined, DEFAULT_CHOICES, true)
    expect(full.properties).toHaveLength(299)
    expect(report.properties).toEqual([])
    expect(report.leases).toEqual([])
    const { properties: _p, leases: _l, names: _n, ...fullReport } = full
    const { properties: _rp, leases: _rl, names: _rn, ...shortReport } = report
    expect(shortReport).toEqual(fullReport)
    expect(report.issueCount).toBe(1)
  })

  it('round-trips the Excel export: the same file imported again duplicates nothing and, unchanged, writes nothing', async () => {
    const before = await count(h, 'property')
    const filter = encodeURIComponent(JSON.stringify({ name: { filterType: 'text', type: 'contains', filter: 'rårup' } }))
    const exported = await call(propertiesXlsx.loader, { request: get(`/ejendomme/eksport.xlsx?filter=${filter}`) })
    const rows = await readSheet(Buffer.from(exported.body as Uint8Array))
    expect(rows[0]).toEqual(PROPERTY_EXPORT.map((c) => c.header))
    expect(rows[1]![PROPERTY_EXPORT.findIndex((c) => c.header === 'Driftsudgift pr. år (kr.)')]).toBe(1_234_567.89)
    const report = await importFile(h.db, 'ejendomme.xlsx', exported.body as Uint8Array)
    expect(report).toMatchObject({ issueCount: 0, written: null, duplicates: { matched: 1, unchanged: 1 } })
    expect(report.sheets[0]).toMatchObject({ creates: 0, updates: 0, unchanged: 1 })
    expect(await count(h, 'property')).toBe(before)
  })

  it('streams progress and the report from /import/kontrol, and serves the template', async () => {
    const body = new FormData()
    body.set('fil', new File([bigCsv(3000, 2) as BlobPart], 'lille.csv', { type: 'text/csv' }))
    body.set('mode', 'import')
    const res = await call(importCheck.action, { request: new Request('http://localhost/import/kontrol', { method: 'POST', body }) })
    const lines = (res.body as string)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.some((l) => l.type === 'progress' && l.phase === 'check')).toBe(true)
    expect(lines.at(-1)).toMatchObject({ type: 'result', report: { issueCount: 1, written: null } })
    const xlsx = await call(template.loader, { request: get('/import/skabelon.xlsx') })
    const sheets = await (await import('read-excel-file/node')).default(Buffer.from(xlsx.body as Uint8Array))
    expect(sheets.map((s) => s.sheet)).toEqual(['Ejendomme', 'Lejemål', 'Vejledning'])
    expect(sheets[0]!.data[0]).toContain('Øst (UTM32)')
  })
})
