/**
 * Matching a file against a register read a piece at a time: the same plan as against the whole
 * register, stored records read only for the rows that may match (never more than a piece at a
 * time), and the report keeping only the rows it lists.
 */
import { describe, expect, it } from 'vitest'
import type { DuplicateRow } from '~/core/sheets/report'
import {
  DuplicateTally,
  MAX_LISTED_DUPLICATES,
  propertyMatchKey,
  RecordMatcher,
  snapshotSource,
  type RegisterSource,
  type StoredRecord,
} from '~/features/import-export/duplicates'
import { checkSpreadsheet } from '~/features/import-export/import-check.server'
import { MATCH_PIECE } from '~/features/import-export/match-rows'
import { headerRow, xlsxBuffer } from '~/server/xlsx.server'
import { propertyInput } from '../../factories/register'

const enc = (text: string) => new TextEncoder().encode(`\uFEFF${text.replace(/\n/g, '\r\n')}`)

/** 2,200 properties (more than two pieces), two at each address, so key matches must choose. */
function register(n = 2200): StoredRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    ...propertyInput({ name: `Ejendom ${i + 1}`, address: `Vej ${Math.floor(i / 2) + 1}`, postcode: i < 200 ? '7130' : '8722' }),
    id: i + 1,
    version: 1 + (i % 3),
    consumption: i % 10 === 0 ? [{ year: 2024, heatKwh: 120_000, electricityKwh: null, waterLiters: null }] : [],
  }))
}

/** A source over the records that notes what each read asked for. */
function countingSource(records: StoredRecord[]) {
  const whole = snapshotSource({ properties: records, leases: [] })
  const reads: number[] = []
  const source: RegisterSource = {
    ...whole,
    records: (kind, entries) => {
      reads.push(entries.length)
      return whole.records(kind, entries)
    },
  }
  return { source, reads }
}

/**
 * Every record once, in reverse, so matches land in every piece: by Id for every third row, by
 * address for the rest; every fourth row moves town, every tenth reports another heat figure.
 */
function reimport(records: StoredRecord[]): Uint8Array {
  const lines = ['Id;Navn;Adresse;Postnr.;By;Ejerforhold;Anvendelse;Forbrugsår;Varme (MWh)']
  for (const r of [...records].reverse()) {
    const town = r.id % 4 === 0 ? 'Juelsminde' : String(r.town)
    const heat = r.id % 10 === 1 ? '130' : ''
    lines.push(
      `${r.id % 3 === 0 ? r.id : ''};${String(r.name)};${String(r.address)};${String(r.postcode)};${town};Ejet;Administration;${heat ? '2024' : ''};${heat}`,
    )
  }
  return enc(lines.join('\n'))
}

const lookupsOf = (records: StoredRecord[], source: RegisterSource | { properties: StoredRecord[]; leases: StoredRecord[] }) => ({
  properties: records.map((r) => ({ id: r.id, name: String(r.name) })),
  leaseIds: [],
  register: source,
})

describe('matching a piece at a time', () => {
  it('plans a file against a register of several pieces exactly as against the whole register', async () => {
    const records = register()
    const file = reimport(records)
    const { source, reads } = countingSource(records)
    const inPieces = await checkSpreadsheet('ejendomme.csv', file, lookupsOf(records, source))
    const whole = await checkSpreadsheet('ejendomme.csv', file, lookupsOf(records, { properties: records, leases: [] }))
    expect(inPieces).toEqual(whole)
    expect(inPieces.issueCount).toBe(0)
    expect(inPieces.duplicates.matched).toBe(2200)
    expect(inPieces.properties.every((p) => p.matched === Number(p.id ?? p.matched) && p.matched !== null)).toBe(true)
    const changed = records.filter((r) => r.id % 4 === 0 || r.id % 10 === 1).length
    expect(inPieces.duplicates.unchanged).toBe(2200 - changed)
    expect(inPieces.sheets[0]).toMatchObject({ rows: 2200, updates: changed, unchanged: 2200 - changed })
    // Rows matched by address get the record at their address that they change least.
    const byId = new Map(records.map((r) => [r.id, r]))
    for (const p of inPieces.properties) expect(byId.get(p.matched!)!.name).toBe(p.input.name)
    // Read in pieces: Id rows first, then rows matched by address, none of them whole.
    expect(reads.length).toBeGreaterThanOrEqual(Math.ceil(733 / MATCH_PIECE) + Math.ceil(1467 / MATCH_PIECE))
    expect(Math.max(...reads)).toBeLessThanOrEqual(MATCH_PIECE + 19)
    expect(reads.reduce((a, b) => a + b, 0)).toBeLessThan(2 * records.length)
  }, 30_000)

  it('reads no stored record for a file of new properties only', async () => {
    const records = register(1200)
    const { source, reads } = countingSource(records)
    const plan = await checkSpreadsheet(
      'nye.csv',
      enc('Navn;Adresse;Postnr.;By;Ejerforhold;Anvendelse\nNy;Nyvej 1;9999;Nyby;Ejet;Administration'),
      lookupsOf(records, source),
    )
    expect(plan.duplicates.matched).toBe(0)
    expect(reads.reduce((a, b) => a + b, 0)).toBe(0)
  })

  it('matches nothing to a record that went after the index was read (the other record at its address is left)', async () => {
    const records = register(10)
    const { source } = countingSource(records.slice(1))
    const index = { ...source, properties: records as never }
    const file = enc(
      [
        'Id;Navn;Adresse;Postnr.;By;Ejerforhold;Anvendelse',
        '1;Ejendom 1;Vej 1;7130;Hedensted;Ejet;Administration',
        ';Ejendom 1;Vej 1;7130;Hedensted;Ejet;Administration',
      ].join('\n'),
    )
    const plan = await checkSpreadsheet('ejendomme.csv', file, lookupsOf(records, index))
    expect(plan.properties.map((p) => [p.action, p.matched])).toEqual([
      ['update', null],
      ['update', 2],
    ])
  })
})

describe('the matcher', () => {
  it('offers each key its first 20 free records, and one more for each further row with that key', () => {
    const key = propertyMatchKey({ address: 'Torvet 1', postcode: '7130' })
    const records = Array.from({ length: 30 }, (_, i) => ({ id: i + 1, version: 1, address: 'Torvet 1', postcode: '7130' }))
    const m = new RecordMatcher(records, (r) => propertyMatchKey(r))
    expect(m.candidates([key]).map((r) => r.id)).toEqual(records.slice(0, 20).map((r) => r.id))
    m.claimId(1)
    expect(m.candidates([key, key, 'andet|0000']).map((r) => r.id)).toEqual(records.slice(1, 22).map((r) => r.id))
  })
})

describe('the duplicate tally', () => {
  const row = (n: number, changed: boolean): DuplicateRow => ({
    sheet: 'Ejendomme',
    row: n,
    kind: 'properties',
    recordId: n,
    recordName: `Ejendom ${n}`,
    by: 'key',
    changes: changed ? [{ label: 'By', before: 'A', after: 'B' }] : [],
    action: changed ? 'update' : 'skip',
  })

  it('counts every matched row and keeps only what the report lists, changed rows first', () => {
    const tally = new DuplicateTally()
    for (let n = 1; n <= 3000; n++) tally.add(row(n, n % 3 === 0))
    expect([tally.matched, tally.unchanged]).toEqual([3000, 2000])
    const listed = tally.rows()
    expect(listed).toHaveLength(MAX_LISTED_DUPLICATES)
    expect(listed.map((r) => r.row)).toEqual(Array.from({ length: 1000 }, (_, i) => 3 * (i + 1)))

    const few = new DuplicateTally()
    for (const [n, changed] of [
      [1, false],
      [2, true],
      [3, false],
      [4, true],
    ] as const)
      few.add(row(n, changed))
    expect(few.rows().map((r) => r.row)).toEqual([2, 4, 1, 3])
  })
})

describe('a check that writes nothing', () => {
  const report = (p: Awaited<ReturnType<typeof checkSpreadsheet>>) => ({
    sheets: p.sheets,
    issues: p.issues,
    issueCount: p.issueCount,
    duplicates: p.duplicates,
    plans: p.properties.map((r) => [r.row, r.action, r.target, r.matched, r.changed]),
  })

  it('reports what the full check reports, and keeps of each row matched by Id only its plan and name', async () => {
    const records = register()
    const file = reimport(records)
    const lookups = lookupsOf(records, { properties: records, leases: [] })
    const full = await checkSpreadsheet('ejendomme.csv', file, lookups)
    const reportOnly = await checkSpreadsheet('ejendomme.csv', file, lookups, undefined, undefined, { reportOnly: true })
    expect(report(reportOnly)).toEqual(report(full))
    const idRows = reportOnly.properties.filter((r) => r.id !== null)
    expect(idRows).toHaveLength(733)
    for (const r of idRows) expect([r.input, r.consumption]).toEqual([{ name: `Ejendom ${r.id}` }, null])
    // Rows matched on their address are matched after the last Id row, whole.
    expect(reportOnly.properties.filter((r) => r.id === null).every((r) => r.input.address !== undefined)).toBe(true)
  }, 30_000)

  it("finds a lease's property by the new name a row with an Id gives it in the same workbook", async () => {
    const records = register(1500)
    const propertyRows = records.map((r) => [
      String(r.id),
      r.id === 1234 ? 'Det Nye Rådhus' : String(r.name),
      String(r.address),
      String(r.postcode),
      String(r.town),
      'Ejet',
      'Administration',
    ])
    const workbook = new Uint8Array(
      await xlsxBuffer([
        { sheet: 'Ejendomme', data: [headerRow(['Id', 'Navn', 'Adresse', 'Postnr.', 'By', 'Ejerforhold', 'Anvendelse']), ...propertyRows] },
        {
          sheet: 'Lejemål',
          data: [
            headerRow(['Ejendom', 'Retning', 'Modpart', 'Opsigelsesvarsel (mdr.)']),
            ['Det Nye Rådhus', 'Kommunen lejer', 'Rådhus ApS', 3],
            ['Ejendom 1234', 'Kommunen lejer', 'Gammelt Navn ApS', 3],
          ],
        },
      ]),
    )
    const lookups = lookupsOf(records, { properties: records, leases: [] })
    const full = await checkSpreadsheet('register.xlsx', workbook, lookups)
    const reportOnly = await checkSpreadsheet('register.xlsx', workbook, lookups, undefined, undefined, { reportOnly: true })
    expect(report(reportOnly)).toEqual(report(full))
    expect(reportOnly.leases.map((l) => l.property)).toEqual([{ id: 1234 }])
    expect(reportOnly.issues.map((i) => [i.row, i.column])).toEqual(full.issues.map((i) => [i.row, i.column]))
    expect(reportOnly.issueCount).toBe(1)
  }, 30_000)
})
