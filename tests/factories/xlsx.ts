/**
 * Small .xlsx files built by hand (inline strings, no styles), fast enough for 200,000 rows, and
 * zip archives with any entries: for the import's limits and its zip-bomb guard.
 */
import { crc32, deflateRawSync } from 'node:zlib'
import { strToU8, zipSync, type Zippable } from 'fflate'

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function column(i: number): string {
  let name = ''
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/** The XML of one worksheet with inline-string cells. */
export function sheetXml(rows: readonly (readonly string[])[]): string {
  const body = rows
    .map((cells, r) => {
      const cs = cells.map((v, c) => `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`).join('')
      return `<row r="${r + 1}">${cs}</row>`
    })
    .join('')
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`
}

/** The parts every workbook needs around its sheets. */
export function workbookParts(sheetNames: readonly string[]): Record<string, string> {
  const sheets = sheetNames.map((name, i) => `<sheet name="${esc(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')
  const rels = sheetNames
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('')
  const overrides = sheetNames
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('')
  return {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  }
}

/**
 * An .xlsx of the given sheets.
 * @example rawXlsx([{ name: 'Ejendomme', rows: [['Navn'], ['Rårup Skole']] }])
 */
export function rawXlsx(sheets: readonly { name: string; rows: readonly (readonly string[])[] }[]): Uint8Array {
  const files: Zippable = {}
  for (const [name, xml] of Object.entries(workbookParts(sheets.map((s) => s.name)))) files[name] = strToU8(xml)
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.rows))))
  return zipSync(files, { level: 1 })
}

/** One entry of a hand-made zip: its name, unpacked size, CRC and deflated bytes. */
interface Entry {
  name: string
  size: number
  crc: number
  packed: Uint8Array
}

const entryOf = (name: string, data: Uint8Array): Entry => ({ name, size: data.length, crc: crc32(data), packed: deflateRawSync(data) })

/** A zip archive (deflate, no zip64) of the given entries, written by hand so one packed entry can repeat. */
function zipOf(entries: readonly Entry[]): Uint8Array {
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(e.crc, 14)
    local.writeUInt32LE(e.packed.length, 18)
    local.writeUInt32LE(e.size, 22)
    local.writeUInt16LE(name.length, 26)
    const dir = Buffer.alloc(46)
    dir.writeUInt32LE(0x02014b50, 0)
    dir.writeUInt16LE(20, 4)
    dir.writeUInt16LE(20, 6)
    dir.writeUInt16LE(8, 10)
    dir.writeUInt32LE(e.crc, 16)
    dir.writeUInt32LE(e.packed.length, 20)
    dir.writeUInt32LE(e.size, 24)
    dir.writeUInt16LE(name.length, 28)
    dir.writeUInt32LE(offset, 42)
    parts.push(local, name, Buffer.from(e.packed))
    central.push(dir, name)
    offset += 30 + name.length + e.packed.length
  }
  const size = central.reduce((n, b) => n + b.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(size, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...parts, ...central, end]))
}

/**
 * A workbook with a real first sheet and `copies` more entries of `bytes` spaces each, packed as
 * tight as deflate goes: the zip bomb of the security test (four 256 MB entries in about 1 MB).
 * @example bombXlsx(256 * 1024 * 1024, 4)
 */
export function bombXlsx(bytes: number, copies = 1): Uint8Array {
  const parts = Object.entries(workbookParts(['Ejendomme'])).map(([name, xml]) => entryOf(name, strToU8(xml)))
  parts.push(entryOf('xl/worksheets/sheet1.xml', strToU8(sheetXml([['Navn', 'Adresse', 'Postnr.', 'By']]))))
  const spaces = entryOf('xl/padding.xml', new Uint8Array(bytes).fill(0x20))
  for (let i = 0; i < copies; i++) parts.push({ ...spaces, name: `xl/padding${i}.xml` })
  return zipOf(parts)
}

/**
 * A workbook of many ordinary entries (text that packs about 3:1), for the total-size limit.
 * @example manyEntriesXlsx(8, 1024 * 1024)
 */
export function manyEntriesXlsx(count: number, bytes: number): Uint8Array {
  const parts = Object.entries(workbookParts(['Ejendomme'])).map(([name, xml]) => entryOf(name, strToU8(xml)))
  parts.push(entryOf('xl/worksheets/sheet1.xml', strToU8(sheetXml([['Navn']]))))
  let seed = 7
  const text = new Uint8Array(bytes).map(() => 0x61 + ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 16))
  const entry = entryOf('xl/extra.xml', text)
  for (let i = 0; i < count; i++) parts.push({ ...entry, name: `xl/extra${i}.xml` })
  return zipOf(parts)
}
