/**
 * The text of a PDF, page by page, as a reader sees it: pdf.js (legacy build, for Node) lays out
 * the text items, a line per text line, spaces (the no-break one too) as plain spaces.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfText {
  pages: string[]
  /** Every page, one after the other. */
  all: string
}

/** A text item of pdf.js: its string, and whether a line ends after it. */
interface Item {
  str?: string
  hasEOL?: boolean
}

/** @example (await pdfText(bytes)).pages[0] // 'Hedensted Kommune\nKapacitetsudvalget …' */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise
  const pages: string[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent()
    const text = (content.items as Item[]).map((i) => `${i.str ?? ''}${i.hasEOL ? '\n' : ''}`).join('')
    pages.push(text.replace(/[\u00a0\u202f]/g, ' '))
  }
  await doc.destroy()
  return { pages, all: pages.join('\n') }
}
