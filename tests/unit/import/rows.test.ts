/** Reading imported rows: CSV as Danish Excel writes it, cells of either file type, Danish messages per field. */
import { describe, expect, it } from 'vitest'
import { cellText } from '~/core/sheets/cells'
import { decodeCsvBytes, detectSeparator, parseCsv } from '~/core/sheets/csv-parse'
import { mapHeaders } from '~/core/sheets/import-spec'
import { LEASE_IMPORT } from '~/features/leases/lease-format'
import { readLeaseRow } from '~/features/import-export/lease-rows'
import { PROPERTY_IMPORT } from '~/features/properties/property-format'
import { readPropertyRow } from '~/features/import-export/property-rows'
import { readSpreadsheet } from '~/features/import-export/read-file.server'
import { rawXlsx } from '../../factories/xlsx'

const HEADER = [
  'Navn',
  'Adresse',
  'Postnr.',
  'By',
  'Ejerforhold',
  'Anvendelse',
  'Driftsudgift pr. år (kr.)',
  'Breddegrad',
  'Længdegrad',
  'Øst (UTM32)',
  'Nord (UTM32)',
]
const map = mapHeaders(HEADER, PROPERTY_IMPORT)
const ctx = { sheet: 'Ejendomme', row: 2 }

describe('CSV', () => {
  it('reads quoted fields, doubled quotes, CRLF and a BOM; drops trailing blank lines', () => {
    const bytes = new TextEncoder().encode('\uFEFFNavn;Note\r\n"A; B";"sagde ""hej"""\r\nC;"to\nlinjer"\r\n;\r\n')
    expect(parseCsv(decodeCsvBytes(bytes))).toEqual([
      ['Navn', 'Note'],
      ['A; B', 'sagde "hej"'],
      ['C', 'to\nlinjer'],
    ])
  })

  it("hands a file's rows out one at a time after its header and count, a .csv as an .xlsx", async () => {
    const text = 'Navn;Note\r\n"A; B";\'=SUM(A1)\r\n;\r\nC;"to\nlinjer"\r\n;\r\n\r\n'
    const csv = await readSpreadsheet('ejendomme.csv', new TextEncoder().encode(text))
    if (!csv.ok) throw new Error(csv.message)
    const [sheet] = csv.sheets
    // Trailing blank lines are not counted; a blank line within the table is, and a neutralised formula is restored.
    expect(sheet).toMatchObject({ name: 'ejendomme.csv', header: ['Navn', 'Note'], dataRows: 3 })
    expect([...sheet!.rows()]).toEqual([
      ['A; B', '=SUM(A1)'],
      ['', ''],
      ['C', 'to\nlinjer'],
    ])
    const rows = [
      ['Navn', 'Note'],
      ['A; B', 'x'],
      ['C', 'to\nlinjer'],
    ]
    const xlsx = await readSpreadsheet('ejendomme.xlsx', rawXlsx([{ name: 'Ejendomme', rows }]))
    if (!xlsx.ok) throw new Error(xlsx.message)
    expect(xlsx.sheets[0]).toMatchObject({ name: 'Ejendomme', header: rows[0], dataRows: 2 })
    expect([...xlsx.sheets[0]!.rows()]).toEqual(rows.slice(1))
    expect(await readSpreadsheet('tom.csv', new TextEncoder().encode('\r\n;\r\n'))).toMatchObject({
      ok: true,
      sheets: [{ header: [], dataRows: 0 }],
    })
  })

  it('reads Windows-1252 (older Danish Excel) and finds the separator', () => {
    expect(decodeCsvBytes(new Uint8Array([0x52, 0xe5, 0x72, 0x75, 0x70]))).toBe('Rårup')
    expect(detectSeparator('a,b,c\n1;2')).toBe(',')
    expect(detectSeparator('"a;b",c\tx\td')).toBe('\t')
  })
})

describe('cells', () => {
  it('turns number and date cells into the notation the form fields parse', () => {
    expect(cellText(0.1 + 0.2, 'money')).toBe('0,3')
    expect(cellText(1234567.89, 'money')).toBe('1234567,89')
    expect(cellText(9_999_999_999.99, 'money')).toBe('9999999999,99')
    // A real fraction of an øre is kept, so the money field refuses it instead of rounding it away.
    expect(cellText(1234567.891, 'money')).toBe('1234567,891')
    expect(cellText(55.7711, 'decimal')).toBe('55,7711')
    expect(cellText(new Date('2024-05-31T00:00:00Z'), 'date')).toBe('2024-05-31')
    expect(cellText('  1.234,50\u00a0', 'money')).toBe('1.234,50')
  })
})

describe('property rows', () => {
  it('reads a good row with Danish amounts and labels', () => {
    const r = readPropertyRow(['Rårup Skole', 'Skolevej 1', '7130', 'Rårup', 'Ejet', 'Skole', '1.234.567,89', '55,74', '9,94'], map, ctx)
    expect(r.issues).toEqual([])
    expect(r.value).toMatchObject({
      id: null,
      input: {
        name: 'Rårup Skole',
        ownership: 'owned',
        use: 'school',
        annualOperatingCostOre: 123_456_789,
        latitude: 55.74,
        status: 'in_use',
      },
    })
  })

  it('converts UTM32 coordinates (EPSG:25832) to WGS84', () => {
    const r = readPropertyRow(
      ['Rådhuset', 'Niels Espes Vej 8', '8722', 'Hedensted', 'Ejet', 'Administration', 0, null, null, 543852.13, 6180814.15],
      map,
      ctx,
    )
    expect(r.issues).toEqual([])
    expect(r.value!.input.latitude).toBeCloseTo(55.771, 5)
    expect(r.value!.input.longitude).toBeCloseTo(9.699, 5)
  })

  it('lists every bad field of a row in Danish, at its column', () => {
    const r = readPropertyRow(['', 'Vej 1', '87', 'By', 'Måske', 'Skole', '12x', '6180814', '543852'], map, ctx)
    expect(r.value).toBeUndefined()
    expect(r.issues.map((i) => [i.column, i.message])).toEqual(
      expect.arrayContaining([
        ['Navn', 'Navn skal udfyldes'],
        ['Postnr.', 'Postnummer skal være fire cifre'],
        ['Ejerforhold', '"Måske" kendes ikke. Brug en af: Ejet, Lejet'],
        ['Driftsudgift pr. år (kr.)', 'Driftsudgift pr. år skal være et beløb, fx 1.234.567,89'],
        ['Breddegrad', expect.stringMatching(/Ligner en UTM32-koordinat/)],
      ]),
    )
    expect(r.issues.every((i) => i.row === 2 && i.sheet === 'Ejendomme')).toBe(true)
  })

  it('reports missing required columns', () => {
    expect(mapHeaders(['Navn', 'By', 'Ukendt'], PROPERTY_IMPORT)).toMatchObject({
      missing: ['Adresse', 'Postnr.', 'Ejerforhold', 'Anvendelse'],
      unknown: ['Ukendt'],
    })
  })
})

describe('lease rows', () => {
  const header = ['Ejendom', 'Retning', 'Modpart', 'Årlig husleje (kr.)', 'Opsigelsesvarsel (mdr.)', 'Opsigelsesdato']
  const leaseMap = mapHeaders(header, LEASE_IMPORT)
  const lookup = {
    propertyExists: (id: number) => id === 1,
    propertiesNamed: (name: string) => (name === 'vestergade 7' ? [{ id: 1 }] : name === 'dobbelt' ? [{ id: 2 }, { id: 3 }] : []),
    leaseExists: () => false,
  }

  it('finds the property by name (Danish-folded) and sets status from the notice date', () => {
    const r = readLeaseRow(
      ['Vestergade 7', 'Kommunen lejer', 'Udlejer A/S', '480.000', 3, '10.02.2024'],
      leaseMap,
      { sheet: 'Lejemål', row: 2 },
      lookup,
    )
    expect(r.issues).toEqual([])
    expect(r.value).toMatchObject({
      property: { id: 1 },
      input: { direction: 'tenant', annualRentOre: 48_000_000, noticeDate: '2024-02-10', status: 'terminated' },
    })
  })

  it('refuses unknown and ambiguous property names', () => {
    const unknown = readLeaseRow(['Ukendt', 'lejer', 'X', '1', 3, ''], leaseMap, { sheet: 'Lejemål', row: 3 }, lookup)
    expect(unknown.issues[0]).toMatchObject({ column: 'Ejendom', message: 'Ejendommen "Ukendt" findes hverken i registret eller i filen' })
    const twice = readLeaseRow(['Dobbelt', 'lejer', 'X', '1', 3, ''], leaseMap, { sheet: 'Lejemål', row: 4 }, lookup)
    expect(twice.issues[0]!.message).toBe('2 ejendomme hedder "Dobbelt"; angiv Ejendoms-id')
  })
})
