/** The climate journey: set an emission factor (a bad one first), read MWh and CO2e in a scenario, compare. */
import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { appUnderTest } from './app-under-test'
import { hydrated, newPage, screenshot, scriptErrors, useBrowser } from './browser'
import { queryOne } from './http'

const ctx = useBrowser()

/** The baseline's first sold building gets a heat source and a year of consumption (the demo has none yet). */
function giveConsumption(): void {
  const db = new Database(appUnderTest().database, { fileMustExist: true })
  try {
    const sale = db
      .prepare(
        "select m.property_id as id from scenario_measure m join scenario s on s.id = m.scenario_id where s.is_baseline = 1 and m.kind = 'sale' order by m.effect_date limit 1",
      )
      .get() as { id: number }
    const now = new Date().toISOString()
    db.prepare("update property set heat_source = 'district_heating' where id = ?").run(sale.id)
    // The demo's illustrative consumption of this building gives way to the test's own figures.
    db.prepare('delete from property_consumption where property_id = ?').run(sale.id)
    db.prepare(
      'insert into property_consumption (property_id, year, heat_kwh, electricity_kwh, water_liters, created_at, updated_at) values (?, 2023, 240000, 60000, null, ?, ?)',
    ).run(sale.id, now, now)
  } finally {
    db.close()
  }
}

describe('climate in the browser', () => {
  beforeAll(giveConsumption)

  it('refuses a bad emission factor in Danish beside the field, then saves it', async () => {
    const page = await newPage(ctx)
    await page.goto('/indstillinger/emissionsfaktorer')
    await hydrated(page)
    await page.getByTestId('factor-district_heating-2024').waitFor()
    await page.getByLabel('Energiform').selectOption('electricity')
    await page.getByLabel('År').fill('2031')
    await page.getByLabel('kg CO2e pr. MWh').fill('mange')
    await page.getByRole('button', { name: 'Gem faktor' }).click()
    await page.getByText('Emissionsfaktoren skal være et tal').waitFor()
    await page.getByLabel('kg CO2e pr. MWh').fill('95,5')
    await page.getByLabel('Kilde').fill('Energinets miljødeklaration')
    await page.getByRole('button', { name: 'Gem faktor' }).click()
    await page.getByText('Faktoren er gemt.').waitFor()
    expect(await page.getByTestId('factor-electricity-2031').innerText()).toContain('95,5')
    await screenshot(page, 'emissionsfaktorer')
    await page.setViewportSize({ width: 390, height: 844 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await screenshot(page, 'emissionsfaktorer-390')
    expect(scriptErrors(page)).toEqual([])
  })

  it('shows MWh and tonnes CO2e avoided in the year table, with the calculation behind a figure', async () => {
    const baseline = queryOne<{ id: number }>('select id from scenario where is_baseline = 1').id
    const page = await newPage(ctx, 'udvalg')
    await page.goto(`/scenarier/${baseline}`)
    await hydrated(page)
    const rows = page.getByTestId('climate-rows')
    expect(await rows.innerText()).toContain('CO2e undgået (tons CO2e)')
    const full = page.getByTestId('cell-climateCo2e-full')
    expect(await full.innerText()).not.toBe('0,0')
    await full.click()
    const items = page.getByTestId('line-items')
    await items.getByText('I alt', { exact: true }).waitFor()
    const text = await items.innerText()
    expect(text).toContain('Hele forbruget i')
    expect(text).toMatch(/kg\/MWh \(fjernvarme\)/)
    await screenshot(page, 'scenarie-klima')
    await page.setViewportSize({ width: 390, height: 844 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await screenshot(page, 'scenarie-klima-390')
    expect(scriptErrors(page)).toEqual([])
  })

  it('compares the climate figures of scenarios side by side', async () => {
    const ids = queryOne<{ ids: string }>('select group_concat(id) as ids from (select id from scenario order by id limit 2)').ids
    const page = await newPage(ctx, 'udvalg')
    await page.goto(`/scenarier/sammenlign?ids=${ids}`)
    await hydrated(page)
    const row = page.getByRole('row', { name: /CO2e undgået, helårseffekt/ })
    await row.waitFor()
    expect(await row.getByRole('cell').count()).toBe(2)
    await screenshot(page, 'sammenlign-klima')
    expect(scriptErrors(page)).toEqual([])
  })
})
