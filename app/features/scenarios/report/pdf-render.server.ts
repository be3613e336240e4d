/**
 * PDF bytes from a pdfmake document, with Roboto (which pdfmake ships, æ, ø and å included)
 * embedded. The document may read no files and no URLs: only the four font files are allowed.
 */
import { createRequire } from 'node:module'
import type Pdfmake from 'pdfmake'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { lazyRequire } from '~/server/lazy-require.server'

const require = createRequire(import.meta.url)
const font = (file: string) => require.resolve(`pdfmake/fonts/Roboto/${file}`)

const ROBOTO = {
  normal: font('Roboto-Regular.ttf'),
  bold: font('Roboto-Medium.ttf'),
  italics: font('Roboto-Italic.ttf'),
  bolditalics: font('Roboto-MediumItalic.ttf'),
}
const FONT_FILES = new Set(Object.values(ROBOTO))

// Loaded when the first report is drawn (in the PDF worker), not in every thread that loads the server.
const loadPdfmake = lazyRequire<typeof Pdfmake>('pdfmake')
let configured = false

function pdfmake() {
  const p = loadPdfmake()
  if (!configured) {
    p.setFonts({ Roboto: ROBOTO })
    p.setUrlAccessPolicy(() => false)
    p.setLocalAccessPolicy((path) => FONT_FILES.has(path))
    configured = true
  }
  return p
}

/**
 * Render a document to PDF bytes.
 * @example const bytes = await renderPdf({ content: ['Rapport'] })
 */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake().createPdf(doc).getBuffer()
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
