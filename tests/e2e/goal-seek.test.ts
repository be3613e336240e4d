/** A committee member asks the planner for a way to the target, reads the alternatives and saves one as a scenario. */
import { describe, expect, it } from 'vitest'
import { hydrated, newPage, screenshot, scriptErrors, useBrowser } from './browser'

const ctx = useBrowser()

describe('find vej til målet in the browser', () => {
  it('runs a search in the background, shows alternatives side by side and saves one as a scenario of proposals', async () => {
    const page = await newPage(ctx, 'udvalg')
    await page.goto('/scenarier')
    await hydrated(page)
    await page.getByRole('link', { name: 'Vedtaget plan', exact: true }).click()
    await page.waitForURL(/\/scenarier\/\d+$/)
    await hydrated(page)
    await page.getByRole('link', { name: 'Find vej til målet' }).click()
    await page.waitForURL(/\/find-vej$/)
    await hydrated(page)
    await page.getByLabel('Målet skal nås i').selectOption('2027')
    // Every building may go, so the demo reaches the target (with the defaults it falls short).
    await page.getByLabel('Bygninger der skal blive').selectOption([])
    await page.getByLabel('Tidsgrænse').selectOption('30')
    await screenshot(page, 'find-vej-formular')
    await page.getByRole('button', { name: 'Find vej til målet' }).click()
    await page.waitForURL(/\?job=/)
    const first = page.getByRole('article', { name: 'Alternativ 1' })
    await first.waitFor({ timeout: 60_000 })
    expect(await page.getByRole('article').count()).toBeGreaterThanOrEqual(2)
    expect(await first.innerText()).toContain('Modellen og beregningen er enige om helårseffekten til kronen')
    expect(await first.innerText()).toContain('Ingen bygning overfyldes')
    await screenshot(page, 'find-vej-alternativer')
    await first.getByRole('button', { name: 'Gem som nyt scenarie' }).click()
    await page.waitForURL(/\/scenarier\/\d+\?besked=oprettet/)
    await hydrated(page)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain('vej til målet 2027, alternativ 1')
    await screenshot(page, 'find-vej-gemt-scenarie')
    expect(scriptErrors(page)).toEqual([])
  })
})
