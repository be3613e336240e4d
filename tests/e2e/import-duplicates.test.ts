/**
 * Re-importing a file on the import page: the same file again is recognised row by row and
 * nothing is offered for import; a changed file shows each existing record's changes with a link
 * to it, lets the user choose per row, and updates only what changed. At 1366 and 390 px.
 */
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { hydrated, NBSP, newPage, screenshot, scriptErrors, useBrowser } from './browser'

const ctx = useBrowser()

const HEADER = 'Navn;Adresse;Postnr.;By;Ejerforhold;Anvendelse;Driftsudgift pr. år (kr.)'
const csv = (rows: string[]) => Buffer.from(`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`)
const FIRST = [
  'Dublettest Skole;Dublettestvej 1;7130;Juelsminde;Ejet;Skole;250.000',
  'Dublettest Hal;Dublettestvej 2;7130;Juelsminde;Ejet;Idræt;98.000',
]
const CHANGED = [
  'Dublettest Skole;Dublettestvej 1;7130;Juelsminde;Ejet;Skole;250.000',
  'Dublettest Hal;Dublettestvej 2;7130;Juelsminde;Ejet;Idræt;110.000,50',
  'Dublettest Bibliotek;Dublettestvej 3;7130;Juelsminde;Ejet;Kultur og fritid;40.000',
]

async function check(page: Page, name: string, rows: string[]) {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: csv(rows) })
  await page.getByRole('button', { name: 'Kontrollér filen' }).click()
  await page.getByTestId('import-report').waitFor()
}

async function noPageScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0)
}

/** Serious and critical axe-core findings (WCAG 2.1 A and AA), with the unchanged rows unfolded. */
async function seriousViolations(page: Page): Promise<string[]> {
  for (const d of await page.locator('details.duplicates-unchanged:not([open]) summary').all()) await d.click()
  const result = await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)
}

async function atPhoneWidth(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([])
  await page.setViewportSize({ width: 390, height: 844 })
  await noPageScroll(page)
  expect(await seriousViolations(page)).toEqual([])
  await screenshot(page, `${name}-390`)
  await page.setViewportSize({ width: 1366, height: 900 })
}

describe('re-importing a file in the browser', () => {
  it('recognises the same file, then updates only the changed row of a changed file', async () => {
    const page = await newPage(ctx)
    await page.setViewportSize({ width: 1366, height: 900 })
    await page.goto('/import')
    await hydrated(page)
    await check(page, 'dublettest.csv', FIRST)
    await page.getByRole('button', { name: 'Importér 2 rækker' }).click()
    await page.getByText('Importeret: 2 ejendomme og 0 lejemål.').waitFor()

    await check(page, 'dublettest.csv', FIRST)
    await page.getByText('2 rækker findes allerede og er uændrede.').first().waitFor()
    expect(await page.getByTestId('nothing-to-import').innerText()).toContain('Der er intet at importere')
    expect(await page.getByRole('button', { name: /^Importér/ }).count()).toBe(0)
    await screenshot(page, 'import-dubletter-uaendret')
    await atPhoneWidth(page, 'import-dubletter-uaendret')

    await check(page, 'dublettest-2.csv', CHANGED)
    const duplicates = page.getByTestId('duplicates')
    await duplicates.getByText('1 række findes allerede og er uændret; 1 række findes allerede med ændringer.').waitFor()
    const row = page.getByTestId('import-duplicates').first().locator('tbody tr')
    expect(await row.innerText()).toContain(`Driftsudgift pr. år: 98.000,00${NBSP}kr. → 110.000,50${NBSP}kr.`)
    const choice = page.getByLabel('Valg for dublettest-2.csv, række 3')
    expect(await choice.inputValue()).toBe('update')
    await page.getByRole('button', { name: 'Importér 2 rækker' }).waitFor()
    await choice.selectOption('skip')
    await page.getByRole('button', { name: 'Importér 1 række' }).waitFor()
    await choice.selectOption('update')
    await screenshot(page, 'import-dubletter-aendret')
    await atPhoneWidth(page, 'import-dubletter-aendret')

    await page.getByRole('button', { name: 'Importér 2 rækker' }).click()
    await page.getByText('Importeret: 2 ejendomme og 0 lejemål.').waitFor()
    expect(await page.locator('.sheet-summary').innerText()).toContain('1 ejendom oprettet, 1 opdateret, 1 sprunget over (1 uændret)')
    await page
      .getByTestId('import-duplicates')
      .first()
      .getByRole('link', { name: /Dublettest Hal/ })
      .click()
    await page.waitForURL(/\/ejendomme\/\d+$/)
    await hydrated(page)
    expect(await page.getByLabel('Driftsudgift pr. år (kr.)').inputValue()).toBe('110.000,50')
    expect(scriptErrors(page)).toEqual([])
  })

  it('refuses to import choices made on a check the register has since moved away from', async () => {
    const page = await newPage(ctx)
    await page.goto('/import')
    await hydrated(page)
    await check(page, 'dublettest-3.csv', [...CHANGED.slice(0, 2), 'Dublettest Svømmehal;Dublettestvej 4;7130;Juelsminde;Ejet;Idræt;1.000'])
    await page.getByRole('button', { name: 'Importér 1 række' }).waitFor()
    // Meanwhile a colleague imports another file.
    const other = await newPage(ctx)
    await other.goto('/import')
    await hydrated(other)
    await check(other, 'kollega.csv', ['Dublettest Kollega;Dublettestvej 5;7130;Juelsminde;Ejet;Andet;1.000'])
    await other.getByRole('button', { name: 'Importér 1 række' }).click()
    await other.getByText('Importeret: 1 ejendom og 0 lejemål.').waitFor()

    await page.getByRole('button', { name: 'Importér 1 række' }).click()
    await page
      .getByText('Registret er ændret, siden filen blev kontrolleret; intet er gemt. Kontrollér filen igen, og vælg igen.')
      .waitFor()
    await page.goto('/ejendomme')
    await hydrated(page)
    await page.getByLabel('Søg i navn, adresse og by').fill('dublettest svømmehal')
    await expect.poll(() => page.locator('.toolbar .count').innerText()).toBe('0 ejendomme')
    expect(scriptErrors(page)).toEqual([])
  })
})
