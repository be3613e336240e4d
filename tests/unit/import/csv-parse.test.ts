/**
 * The CSV splitter cuts fields out of the text in runs; it must split every text exactly as the
 * character-at-a-time splitter it replaced (kept here as the reference). The import reads the rows
 * one at a time (`csvRows`) after counting them (`csvRowCount`): both must agree with `parseCsv`.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvRowCount, csvRows, isBlankCsvRow, parseCsv } from '~/core/sheets/csv-parse'

/** The splitter before: every field built a character at a time. */
function referenceParse(text: string, separator: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"' && field === '') quoted = true
    else if (ch === separator) {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  while (rows.length && rows[rows.length - 1]!.every((f) => f.trim() === '')) rows.pop()
  return rows
}

describe('parseCsv', () => {
  it('splits quoting, doubled quotes, separators and line ends as RFC 4180 says', () => {
    expect(parseCsv('a;"b;c"\r\n1;2', ';')).toEqual([
      ['a', 'b;c'],
      ['1', '2'],
    ])
    expect(parseCsv('"Vestergade ""7-9""";8722\n"to\nlinjer";Å', ';')).toEqual([
      ['Vestergade "7-9"', '8722'],
      ['to\nlinjer', 'Å'],
    ])
    expect(parseCsv('a;b\n\n  \n', ';')).toEqual([['a', 'b']])
  })

  it('splits any text exactly as the character-at-a-time splitter did', () => {
    const pieces = fc.constantFrom('a', 'Æø', ' ', ';', ',', '"', '""', '\n', '\r', '\r\n', 'Vestergade 7-9', '1.234,50', '')
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.constantFrom(';', ','), (parts, separator) => {
        const text = parts.join('')
        expect(parseCsv(text, separator)).toEqual(referenceParse(text, separator))
      }),
      { numRuns: 5000 },
    )
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(parseCsv(text, ';')).toEqual(referenceParse(text, ';'))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('csvRows and csvRowCount', () => {
  it('hand out the rows one at a time, trailing blank rows too, and count those parseCsv keeps', () => {
    const text = 'a;"b;c"\r\n\n1;2\n;\n  \n'
    expect([...csvRows(text, ';')]).toEqual([['a', 'b;c'], [''], ['1', '2'], ['', ''], ['  ']])
    expect(csvRowCount(text, ';')).toBe(3)
    expect(csvRowCount('', ';')).toBe(0)
    expect(csvRowCount('\n;\n', ';')).toBe(0)
  })

  it('yield the rows of parseCsv, then only blank rows, for any text; count as many as parseCsv returns', () => {
    const pieces = fc.constantFrom('a', 'Æø', ' ', ';', ',', '"', '""', '\n', '\r', '\r\n', '\t', 'Vestergade 7-9', '')
    const agrees = (text: string, separator: string) => {
      const parsed = parseCsv(text, separator)
      const rows = [...csvRows(text, separator)]
      expect(rows.slice(0, parsed.length)).toEqual(parsed)
      expect(rows.slice(parsed.length).every(isBlankCsvRow)).toBe(true)
      expect(csvRowCount(text, separator)).toBe(parsed.length)
    }
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.constantFrom(';', ',', '\t'), (parts, separator) =>
        agrees(parts.join(''), separator),
      ),
      { numRuns: 5000 },
    )
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => agrees(text, ';')),
      { numRuns: 2000 },
    )
  })
})
