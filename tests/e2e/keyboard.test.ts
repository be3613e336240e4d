/**
 * Keyboard-only walks in Chromium: no mouse, only Tab, arrow keys, Enter and typing. Open a
 * property from the register grid, register a notice on a lease (its status follows), and open a
 * property's card from the map.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { hydrated, newPage, screenshot, useBrowser } from './browser'
import { queryOne } from './http'

/** Press Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab nåede ikke ${selector} på ${max} tryk`)
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')

describe('keyboard only', () => {
  const ctx = useBrowser()

  it('opens a property from the register grid with Enter, and the name is a real link', async () => {
    const page = await newPage(ctx, 'admin')
    await page.goto('/ejendomme')
    await hydrated(page)
    await page.locator('.ag-cell a').first().waitFor()
    expect(await page.locator('.ag-cell a').first().getAttribute('href')).toMatch(/^\/ejendomme\/\d+$/)
    await tabTo(page, '.ag-cell')
    await page.keyboard.press('ArrowDown')
    const name = await focused(page)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/ejendomme\/\d+$/)
    await expect.poll(() => page.locator('h1').textContent()).toContain(name.slice(0, 10))
    await page.context().close()
  })

  it('registers a notice on a lease by keyboard; the status becomes Opsagt and the page says so', async () => {
    const lease = queryOne<{ id: number }>("select min(id) as id from lease where status = 'active' and notice_date is null")
    const page = await newPage(ctx, 'admin')
    await page.goto(`/lejemaal/${lease.id}`)
    await hydrated(page)
    await tabTo(page, 'input[name="noticeDate"]')
    await page.keyboard.type('10.02.2024')
    await tabTo(page, 'button[type="submit"]:not(.danger)')
    expect(await focused(page)).toBe('Gem ændringer')
    await page.keyboard.press('Enter')
    await page.waitForURL(/besked=opsagt/)
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Status er sat til Opsagt')
    expect(await page.locator('select[name="status"]').inputValue()).toBe('terminated')
    expect(queryOne<{ status: string }>(`select status from lease where id = ${lease.id}`).status).toBe('terminated')
    await screenshot(page, 'tastatur-opsigelse')
    await page.context().close()
  })

  it('reaches a map marker by Tab, opens its card with Enter and follows the link', async () => {
    const page = await newPage(ctx, 'admin')
    await page.goto('/kort')
    await hydrated(page)
    await page.locator('path.property-marker').first().waitFor()
    expect(await page.getByRole('button', { name: 'Zoom ind' }).count()).toBe(1)
    await tabTo(page, 'path.property-marker')
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.map-popup') !== null)).toBe(true)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/ejendomme\/\d+$/)
    const propertyName = name.split(',')[0]!
    await expect.poll(() => page.locator('h1').textContent()).toContain(propertyName)
    await page.context().close()
  })

  it('lists the map’s properties as a table with links', async () => {
    const page = await newPage(ctx, 'udvalg')
    await page.goto('/kort')
    const rows = page.locator('.map-list tbody tr')
    expect(await rows.count()).toBeGreaterThan(5)
    expect(await rows.first().locator('a').first().getAttribute('href')).toMatch(/^\/ejendomme\/\d+$/)
    await page.context().close()
  })
})
