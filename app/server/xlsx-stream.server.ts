/**
 * A one-sheet .xlsx written as it is read from the database, so an export of 100,000 rows holds
 * one batch in memory rather than the whole workbook (write-excel-file builds every cell as an
 * object first). fflate zips the parts as they stream; the SpreadsheetML written here is the
 * small fixed subset the register exports need: inline text, numbers, dates as serial days, the
 * same Danish number formats as xlsx.server.ts, a bold frozen header row and column widths.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import { oreToKroner } from '~/core/money'
import type { ExportColumn, ExportKind } from '~/core/sheets/export-columns'
import { DATE_FORMAT, MONEY_FORMAT } from './xlsx.server'

const encoder = new TextEncoder()

// Style ids in styles.xml's cellXfs, by the kind of cell they format.
const HEADER_STYLE = 1
const STYLE: Record<Exclude<ExportKind, 'text'>, number> = { money: 2, date: 3, decimal: 4, integer: 5 }

const STATIC_PARTS: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '</Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '</Relationships>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    '</Relationships>',
  'xl/styles.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<numFmts count="3"><numFmt numFmtId="164" formatCode="${xmlText(MONEY_FORMAT)}"/><numFmt numFmtId="165" formatCode="${DATE_FORMAT}"/>` +
    '<numFmt numFmtId="166" formatCode="0.0######"/></numFmts>' +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FFEEF2F6"/><bgColor indexed="64"/></patternFill></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>' +
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
}

/** Text safe inside XML: escaped, without the control characters XML 1.0 cannot hold. */
function xmlText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  )
}

/** A1-style column letters. @example columnLetters(27) // 'AB' */
export function columnLetters(index: number): string {
  let n = index + 1
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

/** An ISO date as Excel's serial day (days since 30.12.1899). @example excelSerial('2024-05-31') // 45443 */
export function excelSerial(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number)
  return Date.UTC(y!, m! - 1, d!) / 86_400_000 + 25_569
}

function cellXml<T>(column: ExportColumn<T>, row: T, ref: string): string {
  const v = column.value(row)
  if (v == null || v === '') return ''
  switch (column.kind) {
    case 'text':
      return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(String(v))}</t></is></c>`
    case 'money':
      // Øre as kroner written as the exact decimal; Excel reads it to the nearest double.
      return `<c r="${ref}" s="${STYLE.money}"><v>${oreToKroner(Number(v)).toFixed(2)}</v></c>`
    case 'date':
      return `<c r="${ref}" s="${STYLE.date}"><v>${excelSerial(String(v))}</v></c>`
    default:
      return `<c r="${ref}" s="${STYLE[column.kind]}"><v>${Number(v)}</v></c>`
  }
}

function rowXml(cells: string[], rowNumber: number): string {
  return `<row r="${rowNumber}">${cells.join('')}</row>`
}

function sheetStart<T>(columns: readonly ExportColumn<T>[], letters: string[]): string {
  const widths = columns
    .map(
      (c, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? Math.max(10, Math.min(40, c.header.length + 2))}" customWidth="1"/>`,
    )
    .join('')
  const header = columns.map((c, i) => `<c r="${letters[i]}1" t="inlineStr" s="${HEADER_STYLE}"><is><t>${xmlText(c.header)}</t></is></c>`)
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<cols>${widths}</cols><sheetData>${rowXml(header, 1)}`
  )
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * A one-sheet .xlsx file's bytes, written as the batches come. The first batch is read before the
 * first byte, so a refused request (a thrown 400) fails before a download starts; then a piece
 * is given out whenever the zip has bytes (deflate may hold a small batch back).
 * @example for await (const bytes of xlsxChunks('Ejendomme', PROPERTY_EXPORT, streamProperties(db, req))) write(bytes)
 */
export async function* xlsxChunks<T>(
  sheetName: string,
  columns: readonly ExportColumn<T>[],
  batches: AsyncIterable<T[]>,
): AsyncGenerator<Uint8Array, undefined> {
  const iterator = batches[Symbol.asyncIterator]()
  try {
    let next = await iterator.next()
    const letters = columns.map((_, i) => columnLetters(i))
    let rowNumber = 1
    let pending: Uint8Array[] = []
    let failure: Error | null = null
    const zip = new Zip((err, chunk) => {
      if (err) failure = err
      else pending.push(chunk)
    })
    const take = (): Uint8Array => {
      if (failure) throw failure
      const piece = pending.length === 1 ? pending[0]! : concat(pending)
      pending = []
      return piece
    }
    for (const [name, xml] of Object.entries(STATIC_PARTS)) addPart(zip, name, xml)
    addPart(
      zip,
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        `<sheets><sheet name="${xmlText(sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    )
    const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 })
    zip.add(sheet)
    sheet.push(encoder.encode(sheetStart(columns, letters)))
    yield take()
    while (!next.done) {
      let xml = ''
      for (const row of next.value) {
        rowNumber += 1
        xml += rowXml(
          columns.map((c, i) => cellXml(c, row, `${letters[i]}${rowNumber}`)),
          rowNumber,
        )
      }
      sheet.push(encoder.encode(xml))
      next = await iterator.next()
      if (pending.length) yield take()
    }
    sheet.push(encoder.encode('</sheetData></worksheet>'), true)
    zip.end()
    yield take()
  } finally {
    await iterator.return?.()
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

function addPart(zip: Zip, name: string, xml: string): void {
  const part = new ZipPassThrough(name)
  zip.add(part)
  part.push(encoder.encode(xml), true)
}
