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
 * Split CSV text into rows of fields (RFC 4180 quoting). Trailing empty lines are dropped.
 * A field is cut out of the text in runs of plain characters, not built a character at a time:
 * a string grown by `+=` per character is a chain of pieces in V8, and the 2 million fields of a
 * national register took some 150 MB that way.
 * @example parseCsv('a;"b;c"\r\n1;2') // [['a', 'b;c'], ['1', '2']]
 */
export function parseCsv(text: string, separator = detectSeparator(text)): string[][] {
  const rows: string[][] = []
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
      rows.push(row)
      row = []
      field = ''
      run = i + 1
    }
  }
  field += text.slice(run)
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  while (rows.length && rows[rows.length - 1]!.every((f) => f.trim() === '')) rows.pop()
  return rows
}
