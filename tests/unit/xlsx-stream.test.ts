/**
 * The streamed .xlsx export: read back with the same reader the import uses, its cells are real
 * numbers, dates and text (escaped, control characters dropped), in the order the batches gave,
 * and a file of many batches holds every row.
 */
import { readSheet } from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import type { ExportColumn } from '~/core/sheets/export-columns'
import { columnLetters, excelSerial, xlsxChunks } from '~/server/xlsx-stream.server'

interface Row {
  name: string
  ore: number
  date: string | null
  count: number
  share: number
}

const COLUMNS: ExportColumn<Row>[] = [
  { header: 'Navn', kind: 'text', value: (r) => r.name },
  { header: 'Beløb', kind: 'money', value: (r) => r.ore },
  { header: 'Dato', kind: 'date', value: (r) => r.date },
  { header: 'Antal', kind: 'integer', value: (r) => r.count },
  { header: 'Andel', kind: 'decimal', value: (r) => r.share },
]

async function* batches(rows: Row[], size: number): AsyncGenerator<Row[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size)
}

async function readBack(rows: Row[], size = 2): Promise<unknown[][]> {
  const pieces: Uint8Array[] = []
  for await (const piece of xlsxChunks('Ejendomme', COLUMNS, batches(rows, size))) pieces.push(piece)
  const bytes = Buffer.concat(pieces)
  return (await readSheet(bytes)) as unknown[][]
}

describe('streamed xlsx', () => {
  it('names columns like Excel', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA'])
  })

  it('counts serial days from 30.12.1899', () => {
    expect(excelSerial('1900-03-01')).toBe(61)
    expect(excelSerial('2024-05-31')).toBe(45443)
  })

  it('writes numbers, dates and escaped text that read back exactly', async () => {
    const rows: Row[] = [
      { name: 'Hedensted Rådhus <A&B> "Øst"', ore: 123456789, date: '2024-05-31', count: 1234, share: 0.75 },
      { name: 'Styretegn\u0001væk', ore: -5, date: null, count: 0, share: 1.125 },
      { name: '=SUM(A1)', ore: 0, date: '2026-12-01', count: 7, share: 0 },
    ]
    const sheet = await readBack(rows)
    expect(sheet[0]).toEqual(['Navn', 'Beløb', 'Dato', 'Antal', 'Andel'])
    expect(sheet[1]).toEqual(['Hedensted Rådhus <A&B> "Øst"', 1234567.89, new Date('2024-05-31T00:00:00Z'), 1234, 0.75])
    expect(sheet[2]).toEqual(['Styretegnvæk', -0.05, null, 0, 1.125])
    expect(sheet[3]).toEqual(['=SUM(A1)', 0, new Date('2026-12-01T00:00:00Z'), 7, 0])
  })

  it('holds every row of many batches, in order', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ name: `Ejendom ${i}`, ore: i * 100, date: '2025-01-01', count: i, share: 0.5 }))
    const sheet = await readBack(rows, 333)
    expect(sheet).toHaveLength(5001)
    expect(sheet[4999 + 1]![0]).toBe('Ejendom 4999')
    expect(sheet[2500 + 1]![1]).toBe(2500)
  })
})
