/**
 * Energy in the register and the scenarios, in Chromium: the grid filtered to buildings without an
 * energy label, energy stated on a measure in MWh (a bad value refused beside the field first),
 * and Nøgletal sorted by a figure.
 */
import { describe, expect, it } from 'vitest'
import { hydrated, newPage, screenshot, scriptErrors, useBrowser } from './browser'
import { queryOne } from './http'

const ctx = useBrowser()

const noSideScroll = () => document.documentElement.scrollWidth <= window.innerWidth

describe('energy in files, measures and key figures', () => {
  it('filters the register grid to buildings without an energy label', async () => {
    const unlabelled = queryOne<{ n: number }>('select count(*) as n from property where energy_label is null').n
    const page = await newPage(ctx, 'udvalg')
    await page.goto('/ejendomme')
    await hydrated(page)
    await page.locator('.ag-row[row-id]').first().waitFor()
    const header = page.locator('.ag-header-cell[col-id="energyLabel"]')
    // The grid draws only the columns in view; scroll right until the energy label's header exists.
    for (let i = 0; i < 20 && (await header.count()) === 0; i++) {
      await page.locator('.ag-body-horizontal-scroll-viewport').evaluate((el) => el.scrollBy(300, 0))
    }
    await header.hover()
    await header.locator('.ag-header-cell-filter-button, .ag-header-cell-menu-button').first().click()
    await page.locator('.enum-filter label', { hasText: 'Intet mærke' }).click()
    const expected = `${unlabelled} ${unlabelled === 1 ? 'ejendom' : 'ejendomme'}`
    await expect.poll(() => page.locator('.toolbar .count').innerText()).toBe(expected)
    const labels = await page.locator('.ag-row[row-id] .ag-cell[col-id="energyLabel"]').allInnerTexts()
    expect(labels.length).toBeGreaterThan(0)
    expect(labels.every((t) => t.trim() === '')).toBe(true)
    await screenshot(page, 'ejendomme-filter-intet-maerke')
    expect(scriptErrors(page)).toEqual([])
    await page.context().close()
  })

  it('states the energy of a measure in MWh after it was added, refusing a fourth decimal first', async () => {
    const m = queryOne<{ id: number; scenario: number }>(
      `select m.id, m.scenario_id as scenario from scenario_measure m join scenario s on s.id = m.scenario_id
       where s.is_baseline = 0 and s.archived_at is null order by s.id, m.id limit 1`,
    )
    const page = await newPage(ctx, 'udvalg')
    await page.goto(`/scenarier/${m.scenario}`)
    await hydrated(page)
    const row = page.getByTestId(`measure-${m.id}`)
    await row.getByRole('link', { name: 'Angiv energi' }).click()
    // The form opens in the row, with the keyboard in its first field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('statedHeatKwh')
    await page.keyboard.type('12,3456')
    await row.getByRole('button', { name: 'Gem energi' }).click()
    await row.getByText('Angivet varme kan højst have tre decimaler (hele kWh)').waitFor()
    await screenshot(page, 'tiltag-energi-fejl')
    await row.getByLabel('Angivet varme (MWh pr. år)').fill('12,345')
    await row.getByLabel('Angivet el (MWh pr. år)').fill('2,5')
    await row.getByRole('button', { name: 'Gem energi' }).click()
    await row.getByText('Angivet energi: varme 12,345 MWh, el 2,5 MWh pr. år').waitFor()
    expect(
      queryOne<{ h: number; e: number }>(
        `select stated_heat_kwh as h, stated_electricity_kwh as e from scenario_measure where id = ${m.id}`,
      ),
    ).toEqual({
      h: 12_345,
      e: 2_500,
    })
    await screenshot(page, 'tiltag-energi-gemt')
    // Closed again, the row shows what is stated as the link that opens the form.
    await row.getByRole('link', { name: 'Luk' }).click()
    await row.getByRole('link', { name: 'Angivet energi: varme 12,345 MWh, el 2,5 MWh pr. år' }).waitFor()
    expect(await row.getByLabel('Angivet varme (MWh pr. år)').count()).toBe(0)
    await page.setViewportSize({ width: 390, height: 900 })
    expect(await page.evaluate(noSideScroll)).toBe(true)
    await screenshot(page, 'tiltag-energi-390')
    expect(scriptErrors(page)).toEqual([])
    await page.context().close()
  })

  it('sorts Nøgletal by kWh per m², highest first on the second click, across pages', async () => {
    const page = await newPage(ctx, 'udvalg')
    await page.goto('/noegletal')
    await hydrated(page)
    const table = page.locator('table[aria-label="Nøgletal pr. bygning"]')
    await table.getByRole('link', { name: 'kWh pr. m²' }).click()
    await page.waitForURL(/sorter=kwh$/)
    // The URL moves before the page has re-rendered: click the header once it offers the other direction.
    await expect.poll(() => table.getByRole('link', { name: 'kWh pr. m²' }).getAttribute('href')).toContain('retning=faldende')
    await table.getByRole('link', { name: 'kWh pr. m²' }).click()
    await page.waitForURL(/sorter=kwh&retning=faldende/)
    expect(await table.locator('th[aria-sort="descending"]').innerText()).toContain('kWh pr. m²')
    const values = (
      await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[2]?.childNodes[0]?.textContent ?? ''))
    )
      .filter((t) => t !== '–')
      .map((t) => Number(t.replace(/\./g, '').replace(',', '.')))
    expect(values.length).toBeGreaterThan(2)
    expect(values).toEqual([...values].sort((a, b) => b - a))
    await screenshot(page, 'noegletal-sorteret')
    await page.setViewportSize({ width: 390, height: 900 })
    expect(await page.evaluate(noSideScroll)).toBe(true)
    await screenshot(page, 'noegletal-sorteret-390')
    expect(scriptErrors(page)).toEqual([])
    await page.context().close()
  })
})
