/**
 * An .xlsx is a zip of XML files, and a zip can hide gigabytes in a megabyte (a zip bomb). The
 * entries are inflated here first, counting every byte: an archive that unpacks to more than
 * MAX_UNPACKED_BYTES, or an entry packed far tighter than a spreadsheet ever is, is refused before
 * the spreadsheet parser sees it. The parser then reads a new, uncompressed zip of exactly the
 * entries counted, so it cannot unpack anything that was not checked.
 */
import { inflateRawSync } from 'node:zlib'
import { Unzip, UnzipPassThrough, zipSync, type UnzipDecoder, type UnzipFileHandler } from 'fflate'

export interface UnzipLimits {
  /** Bytes all entries together may unpack to. */
  unpacked: number
  /** How much tighter than this an entry may not be packed, once it unpacks past `ratioFree` bytes. */
  ratio: number
  ratioFree: number
  entries: number
}

/**
 * An export of 200,000 properties unpacks to about 130 MB; spreadsheet XML packs about 10:1,
 * a bomb of spaces about 1000:1.
 */
export const XLSX_LIMITS: UnzipLimits = { unpacked: 250 * 1024 * 1024, ratio: 200, ratioFree: 1024 * 1024, entries: 10_000 }
/** Compressed bytes handed to the unzipper at a time. */
const CHUNK = 64 * 1024

export const BOMB_MESSAGE =
  'Excel-filen pakker ud til mere end 250 MB eller er pakket mistænkeligt tæt, så den læses ikke. Gem den igen fra Excel, eller del den op i flere filer.'
const BROKEN_MESSAGE = 'Excel-filen kunne ikke læses. Gem den igen som Excel-projektmappe (.xlsx) og prøv igen.'

export type UnpackResult = { ok: true; files: Map<string, Uint8Array> } | { ok: false; message: string }

/** The entries the spreadsheet parser reads (read-excel-file skips the rest: images, printer settings). */
const isXml = (name: string) => name.endsWith('.xml') || name.endsWith('.rels')

class Refused extends Error {}

/** A budget shared by every entry of one archive. */
function budget(limits: UnzipLimits) {
  let left = limits.unpacked
  return {
    /** The most one entry may unpack to, given its packed size. */
    allowance: (packed: number) => Math.min(left, Math.max(limits.ratioFree, packed * limits.ratio)),
    spend: (bytes: number) => {
      left -= bytes
      if (left < 0) throw new Refused(BOMB_MESSAGE)
    },
  }
}

/** A deflate decoder for fflate that inflates with zlib and stops at the allowance. */
function guardedInflate(limit: ReturnType<typeof budget>) {
  return class GuardedInflate implements UnzipDecoder {
    static compression = 8
    ondata: UnzipDecoder['ondata'] = () => {}
    private readonly chunks: Uint8Array[] = []
    private packed = 0
    push(data: Uint8Array, final: boolean) {
      this.chunks.push(data)
      this.packed += data.length
      if (!final) return
      const input = Buffer.concat(this.chunks)
      this.chunks.length = 0
      let out: Buffer
      try {
        out = inflateRawSync(input, { maxOutputLength: limit.allowance(this.packed) })
      } catch (error) {
        const tooBig = error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
        return this.ondata(new Refused(tooBig ? BOMB_MESSAGE : BROKEN_MESSAGE) as never, new Uint8Array(), true)
      }
      this.ondata(null, new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength), true)
    }
  }
}

/**
 * Unpack the XML entries of an .xlsx, refusing a zip bomb with a Danish message.
 * @example const r = unpackXlsx(bytes); if (r.ok) r.files.get('xl/workbook.xml')
 */
export function unpackXlsx(bytes: Uint8Array, limits: UnzipLimits = XLSX_LIMITS): UnpackResult {
  const limit = budget(limits)
  const files = new Map<string, Uint8Array>()
  let failure: Error | null = null
  let entries = 0
  const onfile: UnzipFileHandler = (file) => {
    if (failure || !isXml(file.name)) return
    if (++entries > limits.entries) failure = new Refused(BOMB_MESSAGE)
    const parts: Uint8Array[] = []
    file.ondata = (error, data, final) => {
      if (failure) return
      if (error) return void (failure = error)
      try {
        limit.spend(data.length)
        parts.push(data)
        if (final) files.set(file.name, parts.length === 1 ? parts[0]! : Buffer.concat(parts))
      } catch (refused) {
        failure = refused as Error
      }
    }
    file.start()
  }
  const unzip = new Unzip(onfile)
  unzip.register(UnzipPassThrough)
  unzip.register(guardedInflate(limit))
  try {
    for (let at = 0; at < bytes.length && !failure; at += CHUNK) {
      unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length)
    }
  } catch {
    failure ??= new Error(BROKEN_MESSAGE)
  }
  if (failure) return { ok: false, message: failure instanceof Refused ? failure.message : BROKEN_MESSAGE }
  if (!files.has('[Content_Types].xml')) return { ok: false, message: BROKEN_MESSAGE }
  return { ok: true, files }
}

/**
 * The checked entries as a new zip without compression, for the spreadsheet parser.
 * @example readXlsxFile(Buffer.from(storedZip(files)))
 */
export function storedZip(files: Map<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(files), { level: 0 })
}

/**
 * How many rows the worksheets hold, counted in the XML before it is parsed (`<row` tags, with or
 * without a namespace prefix), so an oversized workbook is refused before the slow part.
 * @example countSheetRows(files) // 20001
 */
export function countSheetRows(files: Map<string, Uint8Array>): number {
  let rows = 0
  for (const [name, data] of files) {
    if (!name.startsWith('xl/worksheets/') || name.includes('_rels')) continue
    const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    for (const tag of ['<row', ':row']) {
      for (let at = text.indexOf(tag); at !== -1; at = text.indexOf(tag, at + 4)) {
        const next = text[at + 4]
        if (next === 0x20 || next === 0x3e || next === 0x09 || next === 0x0a || next === 0x0d) rows += 1
      }
    }
  }
  return rows
}
