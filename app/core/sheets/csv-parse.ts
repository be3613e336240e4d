/**
 * Reading CSV as Danish Excel and other systems write it: `;` (or `,` or tab) between fields,
 * quoted fields with doubled quotes, CRLF or LF, UTF-8 with or without BOM, or Windows-1252
 * (what "CSV (semikolonsepareret)" in older Excel saves).
 */

/** Bytes to text: UTF-8 when valid, else Windows-1252. @example decodeCsvBytes(new Uint8Array([0xe6])) // 'æ' */
export function decodeCsvBytes(bytes: Uint8Array): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes)
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * The separator used in the header line: the most frequent of `;`, tab and `,` outside quotes.
 * @example detectSeparator('Navn;Adresse\n…') // ';'
 */
export function detectSeparator(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n/)) || text.length)
  const counts = new Map<string, number>([
    [';', 0],
    ['\t', 0],
    [',', 0],
  ])
  let quoted = false
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1)
  }
  let best = ';'
  for (const [sep, n] of counts) if (n > counts.get(best)!) best = sep
  return best
}

/**
 * The rows of CSV text one at a time (RFC 4180 quoting), trailing blank rows included: a caller
 * that reads row by row holds only the row at hand (`parseCsv` holds them all, without the
 * trailing blank ones). A field is cut out of the text in runs of plain characters, not built a
 * character at a time: a string grown by `+=` per character is a chain of pieces in V8, and the
 * 2 million fields of a national register took some 150 MB that way.
 * @example [...csvRows('a;"b;c"\r\n1;2\n;', ';')] // [['a', 'b;c'], ['1', '2'], ['', '']]
 */
export function* csvRows(text: string, separator = detectSeparator(text)): Generator<string[], void, undefined> {
  let row: string[] = []
  let field = ''
  let quoted = false
  // Where the run of plain characters not yet added to `field` starts.
  let run = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch !== '"') continue
      field += text.slice(run, i)
      if (text[i + 1] === '"') {
        field += '"'
        i++
      } else quoted = false
      run = i + 1
    } else if (ch === '"' && field === '' && run === i) {
      quoted = true
      run = i + 1
    } else if (ch === separator) {
      row.push(field + text.slice(run, i))
      field = ''
      run = i + 1
    } else if (ch === '\n' || ch === '\r') {
      row.push(field + text.slice(run, i))
      if (ch === '\r' && text[i + 1] === '\n') i++
      yield row
      row = []
      field = ''
      run = i + 1
    }
  }
  field += text.slice(run)
  if (field !== '' || row.length > 0) {
    row.push(field)
    yield row
  }
}

/** A row with nothing but blanks in it (dropped at the end of the text). @example isBlankCsvRow(['', '  ']) // true */
export function isBlankCsvRow(row: readonly string[]): boolean {
  return row.every((f) => f.trim() === '')
}

/**
 * How many rows `parseCsv` returns (trailing blank rows not counted), read one at a time and none
 * kept: a file's size can be told before its cells are.
 * @example csvRowCount('a;b\n1;2\n\n;\n', ';') // 2
 */
export function csvRowCount(text: string, separator = detectSeparator(text)): number {
  let count = 0
  let kept = 0
  for (const row of csvRows(text, separator)) {
    count += 1
    if (!isBlankCsvRow(row)) kept = count
  }
  return kept
}

/**
 * Split CSV text into rows of fields (RFC 4180 quoting), as `csvRows` does. Trailing empty lines
 * are dropped.
 * @example parseCsv('a;"b;c"\r\n1;2') // [['a', 'b;c'], ['1', '2']]
 */
export function parseCsv(text: string, separator = detectSeparator(text)): string[][] {
  const rows = [...csvRows(text, separator)]
  while (rows.length && isBlankCsvRow(rows[rows.length - 1]!)) rows.pop()
  return rows
}
