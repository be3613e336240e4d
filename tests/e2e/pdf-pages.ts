/**
 * A PDF's first pages drawn by Chromium, for people to look at: pdf.js (from node_modules) renders
 * them into canvases on a page served by the test itself, and the page is screenshotted.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { SCREENSHOT_DIR } from './browser'

const PDFJS = path.resolve(import.meta.dirname, '../../node_modules/pdfjs-dist/build')
const ORIGIN = 'http://pdf-pages.test'

const VIEWER = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>PDF</title>
<style>body{margin:0;background:#8a939c}canvas{display:block;margin:12px auto;background:#fff;box-shadow:0 1px 4px #0006}</style></head>
<body><script type="module">
import * as pdfjs from '/pdf.mjs'
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs'
const doc = await pdfjs.getDocument('/report.pdf').promise
const last = Math.min(doc.numPages, Number(new URL(location.href).searchParams.get('sider')))
for (let n = 1; n <= last; n++) {
  const page = await doc.getPage(n)
  const viewport = page.getViewport({ scale: 1.25 })
  const canvas = document.createElement('canvas')
  canvas.width = viewport.width
  canvas.height = viewport.height
  document.body.append(canvas)
  await page.render({ canvas, viewport }).promise
}
document.body.dataset.pages = String(doc.numPages)
</script></body></html>`

/**
 * Screenshot the first `pages` pages of a PDF file as `<name>.png`; answers the page count.
 * @example await screenshotPdf(browser, download, 'rapport', 3)
 */
export async function screenshotPdf(browser: Browser, pdfFile: string, name: string, pages = 3): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1120, height: 1200 } })
  const page = await context.newPage()
  const files: Record<string, { body: Buffer; type: string }> = {
    '/view.html': { body: Buffer.from(VIEWER), type: 'text/html' },
    '/pdf.mjs': { body: fs.readFileSync(path.join(PDFJS, 'pdf.mjs')), type: 'text/javascript' },
    '/pdf.worker.mjs': { body: fs.readFileSync(path.join(PDFJS, 'pdf.worker.mjs')), type: 'text/javascript' },
    '/report.pdf': { body: fs.readFileSync(pdfFile), type: 'application/pdf' },
  }
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = files[new URL(route.request().url()).pathname]
    return file ? route.fulfill({ body: file.body, contentType: file.type }) : route.fulfill({ status: 404 })
  })
  await page.goto(`${ORIGIN}/view.html?sider=${pages}`)
  await page.waitForSelector('body[data-pages]', { timeout: 30_000 })
  const count = Number(await page.getAttribute('body', 'data-pages'))
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
  await context.close()
  return count
}
