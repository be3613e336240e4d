/**
 * The map with more properties than it draws one by one: 2.000 generated properties around
 * Juelsminde on top of the demo data. The first view shows clusters with counts; clicking one (or
 * Enter on it) zooms in until the clusters split into single properties; panning by keyboard moves
 * the list under the map with the visible box; the list pages 50 at a time; the status filter
 * reaches the clusters; the page fits a phone.
 */
import { sql } from 'kysely'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '#db/connection'
import { generatePortfolio } from '../../scripts/bench/generate'
import { hydrated, newPage, roleCookie, screenshot, scriptErrors, useBrowser } from './browser'
import { startServer, type AppServer } from './server-process'

const ctx = useBrowser()
let server: AppServer
const GENERATED = 2000

beforeAll(async () => {
  server = await startServer()
  ctx.baseUrl = server.baseUrl
  const h = openDatabase(server.database)
  await generatePortfolio(h.db, { seed: 11, properties: GENERATED, measures: 1 })
  // A 40 × 50 grid west of Juelsminde, inside the municipality's first view.
  await h.db
    .updateTable('property')
    .set({ latitude: sql`55.70 + (id % 40) * 0.004`, longitude: sql`9.55 + ((id / 40) % 50) * 0.006` })
    .where('note', '=', 'Benchmarkdata')
    .execute()
  await h.close()
}, 180_000)
afterAll(async () => server?.stop())

const clusterCounts = async (page: Page) =>
  (await page.locator('.map-cluster').allInnerTexts()).map((t) => Number(t.replace(/\./g, ''))).filter((n) => n > 0)
const listTotal = async (page: Page) =>
  Number((/([\d.]+) ejendomme? i kortudsnittet/.exec(await page.locator('.map-note').innerText())?.[1] ?? 'NaN').replace(/\./g, ''))
const bboxOf = (page: Page) => new URL(page.url()).searchParams.get('bbox')

async function openMap(page: Page, path = '/kort') {
  await page.goto(path)
  await hydrated(page)
  await page.locator('.map-cluster, path.property-marker').first().waitFor()
}

describe('the map at scale in the browser', () => {
  it('sends a small first view and clusters the properties; clicking clusters zooms in until they split into properties', async () => {
    const res = await fetch(`${ctx.baseUrl}/kort`, { headers: { Cookie: await roleCookie(ctx.baseUrl, 'udvalg') } })
    expect(Buffer.byteLength(await res.text())).toBeLessThan(300 * 1024)

    const page = await newPage(ctx, 'udvalg')
    await openMap(page)
    await page.locator('.map-cluster').first().waitFor()
    const first = await clusterCounts(page)
    expect(first.length).toBeGreaterThan(0)
    const placed = await listTotal(page)
    expect(placed).toBeGreaterThan(GENERATED)
    expect(await page.locator('.map-list tbody tr').count()).toBe(50)
    await screenshot(page, 'kort-klynger')

    for (let step = 0; step < 6 && (await page.locator('.map-cluster').count()) > 0; step++) {
      const before = bboxOf(page)
      const counts = await clusterCounts(page)
      const biggest = counts.indexOf(Math.max(...counts))
      await page.locator('.map-cluster-icon').nth(biggest).click()
      await expect.poll(() => bboxOf(page), { timeout: 15_000 }).not.toBe(before)
      await expect.poll(async () => Math.max(0, ...(await clusterCounts(page))), { timeout: 15_000 }).toBeLessThan(Math.max(...counts))
    }
    await expect.poll(() => page.locator('path.property-marker').count()).toBeGreaterThan(0)
    await expect.poll(() => listTotal(page)).toBeLessThan(placed)
    const marker = page.locator('path.property-marker').first()
    await marker.click()
    await page.locator('.leaflet-popup .map-popup a').first().waitFor()
    await screenshot(page, 'kort-klynger-zoomet')
    expect(scriptErrors(page)).toEqual([])
    await page.context().close()
  })

  it('zooms into a cluster with Enter and pans by keyboard; the list follows the visible box', async () => {
    const page = await newPage(ctx, 'admin')
    await openMap(page)
    const cluster = page.locator('.map-cluster-icon').first()
    await cluster.waitFor()
    expect(await cluster.getAttribute('aria-label')).toMatch(/^[\d.]+ ejendomme, flest i brug\. Zoom ind$/)
    await cluster.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => bboxOf(page), { timeout: 15_000 }).not.toBeNull()
    const zoomed = bboxOf(page)
    const total = await listTotal(page)
    await page.locator('.leaflet-container').focus()
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight')
    await expect.poll(() => bboxOf(page), { timeout: 15_000 }).not.toBe(zoomed)
    const [west] = bboxOf(page)!.split(',').map(Number)
    expect(west).toBeGreaterThan(Number(zoomed!.split(',')[0]))
    await expect.poll(() => listTotal(page), { timeout: 15_000 }).not.toBe(total)
    expect(scriptErrors(page)).toEqual([])
    await page.context().close()
  })

  it('pages the list 50 at a time and filters the clusters by status', async () => {
    const page = await newPage(ctx, 'udvalg')
    await openMap(page)
    const firstName = await page.locator('.map-list tbody tr a').first().innerText()
    await page.getByRole('navigation', { name: 'Sideskift i listen', exact: true }).getByRole('link', { name: 'Næste' }).click()
    await page.waitForURL(/side=2/)
    await expect.poll(() => page.locator('.map-list tbody tr a').first().innerText()).not.toBe(firstName)
    expect(await page.locator('.map-list').innerText()).toContain('side 2 af')

    await page.getByLabel(/^I brug/).uncheck()
    await page.waitForURL(/status=/)
    await expect.poll(() => page.locator('.map-cluster').count()).toBe(0)
    await expect.poll(() => page.locator('path.property-marker').count()).toBeGreaterThan(0)
    expect(await page.locator('path.status-in_use').count()).toBe(0)
    await expect.poll(() => page.locator('.map-list').innerText(), { message: page.url() }).not.toContain('I brug')
    expect(scriptErrors(page)).toEqual([])
    await page.context().close()
  })

  it('fits a phone: clusters, filters and list without sideways scrolling', async () => {
    const page = await newPage(ctx, 'udvalg')
    await page.setViewportSize({ width: 390, height: 900 })
    await openMap(page)
    await page.locator('.map-cluster').first().waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await screenshot(page, 'kort-klynger-390')
    await page.context().close()
  })
})
