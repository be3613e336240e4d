/**
 * The lists built for national scale, in Chromium: a server-searched picker used by keyboard
 * alone, the units grid sorted by the server, and the capacity list opening one property's months.
 * Screenshots at 1366 and 390 px wide; no page scrolls sideways on a phone.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { hydrated, newPage, screenshot, scriptErrors, useBrowser } from './browser'

const ctx = useBrowser()

/** Screenshots at a laptop's and a phone's width; the page must not scroll sideways on the phone. */
async function bothWidths(page: Page, name: string) {
  await page.setViewportSize({ width: 1366, height: 900 })
  await screenshot(page, `${name}-1366`)
  await page.setViewportSize({ width: 390, height: 844 })
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  await screenshot(page, `${name}-390`)
  await page.setViewportSize({ width: 1366, height: 900 })
  return overflow
}

describe('national-scale lists in the browser', () => {
  it('picks a property by keyboard in the unit form: type, arrow down, Enter, save', async () => {
    const page = await newPage(ctx, 'hr')
    await page.goto('/enheder/ny')
    await hydrated(page)
    await page.getByLabel('Navn', { exact: true }).fill('Kajakholdet')
    const picker = page.getByRole('combobox', { name: 'Ejendom', exact: true })
    await picker.focus()
    await page.keyboard.type('juelsminde r')
    const option = page.getByRole('option', { name: /^Juelsminde Rådhus/ })
    await option.waitFor()
    expect(await picker.getAttribute('aria-expanded')).toBe('true')
    await page.keyboard.press('ArrowDown')
    expect(await picker.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'))
    await bothWidths(page, 'picker-open')
    await page.keyboard.press('Enter')
    await expect.poll(() => picker.inputValue()).toBe('Juelsminde Rådhus')
    expect(await picker.getAttribute('aria-expanded')).toBe('false')
    // Escape closes a list opened again, and leaves the choice alone.
    await page.keyboard.press('ArrowDown')
    await page.getByRole('listbox').waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('listbox').isVisible()).toBe(false)
    await page.getByLabel('Årsværk', { exact: true }).fill('4')
    await page.getByRole('button', { name: 'Opret enhed' }).click()
    await page.waitForURL(/\/enheder\/\d+\?besked=oprettet$/)
    await hydrated(page)
    // On edit the picker shows the chosen property's name.
    expect(await page.getByRole('combobox', { name: 'Ejendom', exact: true }).inputValue()).toBe('Juelsminde Rådhus')
    expect(await page.getByTestId('unit-locations').innerText()).toContain('Juelsminde Rådhus')
    expect(scriptErrors(page)).toEqual([])
  })

  it('keeps the message beside the picker when nothing is chosen', async () => {
    const page = await newPage(ctx, 'hr')
    await page.goto('/enheder/ny')
    await hydrated(page)
    await page.getByLabel('Navn', { exact: true }).fill('Uden ejendom')
    await page.getByRole('button', { name: 'Opret enhed' }).click()
    await page.getByText('Vælg en ejendom').waitFor()
    expect(page.url()).toMatch(/\/enheder\/ny$/)
  })

  it('sorts the units grid on the server', async () => {
    const page = await newPage(ctx, 'hr')
    await page.goto('/enheder')
    await hydrated(page)
    const cells = page.locator('.ag-row[row-id] [col-id="headcount"]')
    await cells.first().waitFor()
    const numbers = async () => (await cells.allInnerTexts()).map((t) => Number(t.replace(/\./g, '').replace(',', '.')))
    const header = page.locator('.ag-header-cell[col-id="headcount"] .ag-header-cell-label')
    await header.click()
    await expect.poll(async () => (await numbers()).join() === [...(await numbers())].sort((a, b) => a - b).join()).toBe(true)
    await header.click()
    await expect
      .poll(async () => {
        const n = await numbers()
        return n.length > 1 && n.join() === [...n].sort((a, b) => b - a).join()
      })
      .toBe(true)
    expect(await bothWidths(page, 'enheder-grid')).toBeLessThanOrEqual(0)
    expect(scriptErrors(page)).toEqual([])
  })

  it('pages the capacity list and opens one property month by month', async () => {
    const page = await newPage(ctx, 'hr')
    await page.goto('/kapacitet?fra=2024-01&maaneder=12')
    await hydrated(page)
    const table = page.getByTestId('occupancy')
    await table.getByRole('link', { name: 'Hedensted Rådhus' }).click()
    await page.waitForURL(/ejendom=\d+/)
    const august = page.getByTestId('occupancy-detail').locator('tr', { hasText: 'aug. 2024' })
    expect(await august.innerText()).toContain('328,5')
    await page.getByLabel('Søg ejendom').fill('rådhus')
    await page.getByRole('button', { name: 'Vis' }).click()
    await expect.poll(async () => (await table.locator('tbody th a').allInnerTexts()).every((t) => /rådhus/i.test(t))).toBe(true)
    expect(await bothWidths(page, 'kapacitet-side')).toBeLessThanOrEqual(0)
    expect(scriptErrors(page)).toEqual([])
  })

  it('pages the deadlines with links', async () => {
    const page = await newPage(ctx, 'ejendom')
    await page.goto('/frister?fra=01.01.2024&maaneder=120')
    await hydrated(page)
    await page.getByRole('navigation', { name: 'Sideskift' }).waitFor()
    expect(await bothWidths(page, 'frister')).toBeLessThanOrEqual(0)
  })
})
