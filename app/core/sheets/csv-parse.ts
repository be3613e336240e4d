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
 * @example parseCsv('a;"b;c"\r\n1;2') // [['a', 'b;c'], ['1', '2']]
 */
export function parseCsv(text: string, separator = detectSeparator(text)): string[][] {
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
