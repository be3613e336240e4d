/**
 * The committee's walk to the council, on a server of its own (it promotes a plan, which the
 * other browser tests must not see): copy the decided plan, change a measure, review, promote with
 * the council's reference and date, then take the new plan's report as PDF and Excel.
 */
import fs from 'node:fs'
import readXlsxFile from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfText } from '../integration/helpers/pdf-text'
import { hydrated, NBSP, networkQuiet, newPage, screenshot, scriptErrors, useBrowser } from './browser'
import { screenshotPdf } from './pdf-pages'
import { startServer, type AppServer } from './server-process'

const ctx = useBrowser()
let server: AppServer

beforeAll(async () => {
  server = await startServer()
  ctx.baseUrl = server.baseUrl
})
afterAll(async () => server?.stop())

const NAME = 'Kapacitetsudvalgets indstilling, juni'
/** The plan the first test promotes. */
let newPlanId = ''

describe("the committee's walk in the browser", () => {
  it('copies the plan, changes a measure, reviews, promotes, and downloads the new plan as PDF and Excel', async () => {
    const page = await newPage(ctx, 'udvalg')
    await page.goto('/scenarier')
    await page.getByRole('link', { name: 'Vedtaget plan', exact: true }).click()
    await page.waitForURL(/\/scenarier\/\d+$/)
    await hydrated(page)
    // The copy link opens the new-scenario form with the plan chosen; opened as an address, so
    // the form is typed into once the page has loaded (not while a client navigation settles).
    const copy = await page.getByRole('link', { name: 'Kopiér til nyt scenarie' }).getAttribute('href')
    expect(copy).toMatch(/^\/scenarier\?kopier=\d+$/)
    await page.goto(copy!)
    await hydrated(page)
    await expect.poll(() => page.getByLabel('Med udgangspunkt i').inputValue()).toBe(copy!.split('=')[1])
    await page.getByLabel('Navn').fill(NAME)
    await page.getByRole('button', { name: 'Opret scenarie' }).click()
    await page.waitForURL(/\/scenarier\/\d+\?besked=oprettet/)
    const id = /\/scenarier\/(\d+)/.exec(page.url())![1]!
    newPlanId = id
    await hydrated(page)

    const before = await page.getByTestId('full-year-effect').innerText()
    await page.getByLabel('Medtag Opsigelse: DLH-bygningen, Løsningvej 30').uncheck()
    await expect.poll(() => page.getByTestId('full-year-effect').innerText()).not.toBe(before)
    await networkQuiet(page)

    await page.getByRole('link', { name: 'Fremlæg som vedtaget plan' }).click()
    await page.waitForURL(/fremlaeg$/)
    await hydrated(page)
    expect(await page.getByTestId('review-removed').innerText()).toContain('Opsigelse: DLH-bygningen')
    await page.getByLabel('Sagsnummer').fill('2026-007731')
    await page.getByLabel('Beslutningsdato').fill('18.06.2026')
    await page.getByRole('button', { name: `Gør "${NAME}" til vedtaget plan` }).click()
    await page.waitForURL(/\/scenarier\/beslutninger\?besked=vedtaget/)
    expect(await page.getByTestId('decision-log').innerText()).toContain('2026-007731')

    await page.goto(`/scenarier/${id}`)
    await hydrated(page)
    const effect = await page.getByTestId('full-year-effect').innerText()
    const net2025 = await page.getByTestId('cell-netOperatingSaving-2025').innerText()
    await screenshot(page, 'udvalg-ny-plan-med-rapport')

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Rapport (PDF)' }).click()])
    expect(pdf.suggestedFilename()).toBe(`scenarie-${id}-rapport.pdf`)
    const pdfFile = (await pdf.path())!
    const bytes = fs.readFileSync(pdfFile)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const text = await pdfText(new Uint8Array(bytes))
    const plain = (s: string) => s.replaceAll(NBSP, ' ')
    expect(text.pages[0]).toContain(NAME)
    expect(text.pages[0]).toContain('2026-007731')
    expect(text.pages[0]).toContain('18.06.2026')
    expect(text.pages[0]).toContain(`Side 1 af ${text.pages.length}`)
    expect(text.all).toContain(plain(effect))
    expect(text.all).toContain(plain(net2025))
    expect(await screenshotPdf(ctx.browser, pdfFile, 'rapport-pdf-forside-og-noegletal', 3)).toBe(text.pages.length)

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Excel' }).click()])
    expect(xlsx.suggestedFilename()).toBe(`scenarie-${id}-rapport.xlsx`)
    const sheets = await readXlsxFile(fs.readFileSync((await xlsx.path())!))
    expect(sheets.map((s) => s.sheet)).toEqual(['Årstabel', 'Tiltag', 'Poster', 'Klima'])
    const years = sheets[0]!.data
    const net = years.find((r) => r[0] === 'Nettodriftsbesparelse')!
    const kroner = (shown: string) => Number(shown.replace(`${NBSP}kr.`, '').replaceAll('.', ''))
    expect(Math.round(net.at(-1) as number)).toBe(kroner(effect))
    expect(Math.round(net[years[0]!.indexOf('2025')] as number)).toBe(kroner(net2025))
    expect(scriptErrors(page)).toEqual([])
  })

  it('offers the comparison as PDF and Excel, and keeps the scenario page within 390 px', async () => {
    const page = await newPage(ctx, 'udvalg')
    await page.goto('/scenarier/sammenlign')
    await hydrated(page)
    const boxes = page.getByRole('checkbox')
    for (const n of [0, 1]) await boxes.nth(n).check()
    await page.getByRole('button', { name: 'Sammenlign' }).click()
    await page.waitForURL(/ids=/)
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Rapport (PDF)' }).click()])
    expect(pdf.suggestedFilename()).toBe('sammenligning-rapport.pdf')
    const text = await pdfText(new Uint8Array(fs.readFileSync((await pdf.path())!)))
    expect(text.pages[0]).toContain('Sammenligning af scenarier')
    await screenshotPdf(ctx.browser, (await pdf.path())!, 'rapport-pdf-sammenligning', 2)
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Excel' }).click()])
    expect(xlsx.suggestedFilename()).toBe('sammenligning-rapport.xlsx')
    await screenshot(page, 'sammenlign-med-rapport')

    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`/scenarier/${newPlanId}`)
    await page.getByRole('link', { name: 'Rapport (PDF)' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await screenshot(page, 'scenarie-390-rapport')
    expect(scriptErrors(page)).toEqual([])
  })
})
