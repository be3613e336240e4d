/**
 * The import's defences: a zip bomb is refused while it unpacks (before the spreadsheet parser),
 * files over 200,000 rows are refused, and CSV exports cannot run formulas in a spreadsheet yet
 * import back unchanged.
 */
import readXlsxFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import { cellText } from '~/core/sheets/cells'
import { csvLine, csvResponse, neutraliseCsvText, restoreCsvText } from '~/core/sheets/csv'
import { parseCsv } from '~/core/sheets/csv-parse'
import { MAX_IMPORT_ROWS, readSpreadsheet } from '~/features/import-export/read-file.server'
import { BOMB_MESSAGE, countSheetRows, storedZip, unpackXlsx, XLSX_LIMITS } from '~/features/import-export/xlsx-unzip.server'
import { bombXlsx, manyEntriesXlsx, rawXlsx } from '../../factories/xlsx'

const MB = 1024 * 1024

describe('zip bombs', () => {
  it('refuses four 256 MB entries of spaces packed into about 1 MB, without unpacking them', async () => {
    const bomb = bombXlsx(256 * MB, 4)
    expect(bomb.length).toBeLessThan(2 * MB)
    const before = process.memoryUsage().arrayBuffers
    const read = await readSpreadsheet('bombe.xlsx', bomb)
    expect(read).toEqual({ ok: false, message: BOMB_MESSAGE })
    // At most one entry's allowance (200 × its packed size) was ever unpacked, not a gigabyte.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(200 * MB)
  }, 30_000)

  it('refuses an archive whose ordinary entries add up to more than the limit', () => {
    const archive = manyEntriesXlsx(6, MB)
    const small = { ...XLSX_LIMITS, unpacked: 4 * MB }
    expect(unpackXlsx(archive, small)).toEqual({ ok: false, message: BOMB_MESSAGE })
    expect(unpackXlsx(archive).ok).toBe(true)
    expect(unpackXlsx(archive, { ...XLSX_LIMITS, entries: 3 })).toEqual({ ok: false, message: BOMB_MESSAGE })
  })

  it('hands the parser exactly the entries it checked, and an honest workbook reads the same', async () => {
    const workbook = rawXlsx([
      {
        name: 'Ejendomme',
        rows: [
          ['Navn', 'Note'],
          ['Rårup & Co <1>', 'æøå'],
        ],
      },
    ])
    const unpacked = unpackXlsx(workbook)
    expect(unpacked.ok).toBe(true)
    if (!unpacked.ok) return
    expect(await readXlsxFile(Buffer.from(storedZip(unpacked.files)))).toEqual(await readXlsxFile(Buffer.from(workbook)))
    expect(unpackXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({ ok: false })
  })
})

describe('row limit', () => {
  it(`refuses a CSV file with more than ${MAX_IMPORT_ROWS.toLocaleString('da-DK')} rows and reads one with that many`, async () => {
    const csv = (rows: number) => new TextEncoder().encode(`Navn\n${'x\n'.repeat(rows)}`)
    const over = await readSpreadsheet('stor.csv', csv(MAX_IMPORT_ROWS + 1))
    expect(over).toEqual({ ok: false, message: expect.stringContaining('der kan højst importeres 200.000 ad gangen') })
    expect(await readSpreadsheet('stor.csv', csv(MAX_IMPORT_ROWS))).toMatchObject({ ok: true })
  })

  it('counts the rows of a workbook before parsing it, and refuses too many', async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 2000 }, (_, i) => [`r${i}`])
    const workbook = rawXlsx([{ name: 'Ejendomme', rows: [['Navn'], ...rows] }])
    const unpacked = unpackXlsx(workbook)
    expect(unpacked.ok && countSheetRows(unpacked.files)).toBe(MAX_IMPORT_ROWS + 2001)
    const read = await readSpreadsheet('stor.xlsx', workbook)
    expect(read).toEqual({ ok: false, message: expect.stringContaining('202.001 rækker') })
  }, 30_000)
})

describe('CSV formula injection', () => {
  const dangerous = [
    '=HYPERLINK("http://evil.example","Klik")',
    "+cmd|' /C calc'!A0",
    '-2+3',
    '@SUM(1+1)',
    '\tTAB',
    '\rCR',
    "'=allerede citeret",
  ]

  it('makes every text cell that a spreadsheet would run inert, and keeps numbers as numbers', () => {
    for (const text of dangerous) expect(neutraliseCsvText(text)).toBe(`'${text}`)
    expect(csvLine(['Rådhus', '-1234,50', '1234567,89', '31.05.2024', -5, '=1+1'])).toBe(
      `Rådhus;-1234,50;1234567,89;31.05.2024;-5;'=1+1\r\n`,
    )
  })

  it('reads an exported cell back as it was', () => {
    for (const text of ['Rådhus', '-1234,50', ...dangerous]) {
      const [[cell]] = parseCsv(csvLine([text, 'x']), ';') as [[string]]
      expect(restoreCsvText(cell)).toBe(text)
    }
  })

  it('answers a refused export before it starts, instead of cutting the download', async () => {
    const refused: AsyncIterable<string[][]> = {
      [Symbol.asyncIterator]: () => ({
        next: () => Promise.reject(new Response('nej', { status: 400 })),
      }),
    }
    await expect(csvResponse('x.csv', ['a'], refused, (r) => r)).rejects.toBeInstanceOf(Response)
  })
})

describe('amounts from number cells', () => {
  it('keeps real fractions of an øre so the field refuses them, and reads binary noise as whole øre', () => {
    expect(cellText(0.1 + 0.2, 'money')).toBe('0,3')
    expect(cellText(12.345, 'money')).toBe('12,345')
    expect(cellText(9_999_999_999.99, 'money')).toBe('9999999999,99')
  })
})
