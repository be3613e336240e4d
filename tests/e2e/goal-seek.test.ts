/** A committee member asks the planner for a way to the target, reads the alternatives and saves one as a scenario. */
import { describe, expect, it } from 'vitest'
import { hydrated, newPage, screenshot, scriptErrors, seriousAxeViolations, useBrowser } from './browser'

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
    await page.getByLabel('Behold skoler, dagtilbud, pleje, kultur, idræt og boliger').uncheck()
    await page.getByLabel('Tidsgrænse').selectOption('30')
    // The pickers search on the server: keep a building, and require its closure too.
    await page.getByRole('combobox', { name: 'Andre bygninger der skal blive' }).fill('Hedensted Rådhus')
    await page.getByRole('option', { name: /^Hedensted Rådhus/ }).click()
    await page.getByLabel('Slags tiltag').selectOption('closure')
    await page.getByRole('combobox', { name: 'Ejet bygning' }).fill('Hedensted Rådhus')
    await page.getByRole('option', { name: /^Hedensted Rådhus/ }).click()
    await screenshot(page, 'find-vej-formular')
    await page.getByRole('button', { name: 'Find vej til målet' }).click()
    // Refused beside the field, with both picks still there.
    await expect
      .poll(() => page.locator('.error').allInnerTexts())
      .toContain('Et tiltag, der skal med, gælder en ejendom, der ikke findes eller skal beholdes')
    expect(await page.getByRole('list', { name: 'Andre bygninger der skal blive' }).innerText()).toContain('Hedensted Rådhus')
    await page.getByRole('button', { name: 'Fjern Lukning: Hedensted Rådhus' }).click()
    await page.getByRole('button', { name: 'Fjern Hedensted Rådhus' }).click()
    await page.getByRole('button', { name: 'Find vej til målet' }).click()
    await page.waitForURL(/\?job=/)
    const first = page.getByRole('article', { name: 'Alternativ 1' })
    await first.waitFor({ timeout: 60_000 })
    expect(await page.getByRole('article').count()).toBeGreaterThanOrEqual(2)
    expect(await first.innerText()).toContain('Modellen og beregningen er enige om helårseffekten til kronen')
    expect(await first.innerText()).toContain('Ingen bygning overfyldes')
    // The plan's own measures are in every alternative, apart from what is proposed on top.
    expect(await page.getByText(/^Scenariets egne \d+ tiltag giver/).count()).toBe(1)
    await first.getByText(/^Fra scenariet: \d+ tiltag/).click()
    expect(await first.getByRole('list', { name: 'Scenariets tiltag i alternativ 1' }).getByRole('listitem').count()).toBeGreaterThan(0)
    expect(await first.getByRole('heading', { name: /^Foreslået oven i scenariet/ }).count()).toBe(1)
    await screenshot(page, 'find-vej-alternativer')
    // The result, with the scenario's measures unfolded, passes axe (WCAG 2.1 A and AA).
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.setViewportSize({ width: 390, height: 844 })
    // A phone: the alternatives stack, and the page never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await screenshot(page, 'find-vej-alternativer-390')
    await page.setViewportSize({ width: 1440, height: 900 })
    await first.getByRole('button', { name: 'Gem som nyt scenarie' }).click()
    await page.waitForURL(/\/scenarier\/\d+\?besked=oprettet/)
    await hydrated(page)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain('vej til målet 2027, alternativ 1')
    await screenshot(page, 'find-vej-gemt-scenarie')
    expect(scriptErrors(page)).toEqual([])
  })
})
