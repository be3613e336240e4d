/**
 * PDF bytes from a pdfmake document, with Roboto (which pdfmake ships, æ, ø and å included)
 * embedded. The document may read no files and no URLs: only the four font files are allowed.
 */
import { createRequire } from 'node:module'
import pdfmake from 'pdfmake'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'

const require = createRequire(import.meta.url)
const font = (file: string) => require.resolve(`pdfmake/fonts/Roboto/${file}`)

const ROBOTO = {
  normal: font('Roboto-Regular.ttf'),
  bold: font('Roboto-Medium.ttf'),
  italics: font('Roboto-Italic.ttf'),
  bolditalics: font('Roboto-MediumItalic.ttf'),
}
const FONT_FILES = new Set(Object.values(ROBOTO))

pdfmake.setFonts({ Roboto: ROBOTO })
pdfmake.setUrlAccessPolicy(() => false)
pdfmake.setLocalAccessPolicy((path) => FONT_FILES.has(path))

/**
 * Render a document to PDF bytes.
 * @example const bytes = await renderPdf({ content: ['Rapport'] })
 */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(doc).getBuffer()
}

/**
 * A finished PDF as a download response.
 * @example return pdfDownload('rapport.pdf', bytes)
 */
export function pdfDownload(filename: string, bytes: Uint8Array): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  })
}
