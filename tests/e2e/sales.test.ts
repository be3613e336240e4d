/**
 * The property unit's journeys: designate a property and record its sale step by step, watch its
 * marker change colour on the map and the sales totals change; export a grid to Excel and read it
 * back; import a file with a bad row and see the error list, then a good one.
 */
import fs from 'node:fs'
import { readSheet } from 'read-excel-file/node'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { hydrated, NBSP, newPage, screenshot, scriptErrors, useBrowser } from './browser'

const ctx = useBrowser()

/** The exact amount in a tile's detail line, e.g. '5.300.000 kr.' → 5300000. */
const kroner = (text: string) => Number((/(\d{1,3}(?:\.\d{3})*)\s*kr\./.exec(text)?.[1] ?? 'NaN').replace(/\./g, ''))

async function markerFill(page: Page, propertyId: string): Promise<string | null> {
  await page.goto('/kort')
  await hydrated(page)
  const marker = page.locator(`path.property-${propertyId}`)
  await marker.waitFor()
  return marker.getAttribute('fill')
}

async function recordStep(page: Page, step: string, fields: Record<string, string>) {
  const form = page.locator('form#step-form')
  await form.getByLabel('Næste trin').selectOption(step)
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value)
  await form.getByRole('button', { name: 'Registrér trin' }).click()
}

describe('sales, map, Excel and import in the browser', () => {
  it('records a sale step by step; the marker changes colour and the totals change', async () => {
    const page = await newPage(ctx)
    await page.goto('/salg')
    await hydrated(page)
    expect(await page.getByTestId('sales-realised').innerText()).toContain(`5,3${NBSP}mio.${NBSP}kr.`)
    expect(await page.getByTestId('sales-total').innerText()).toContain(`11,0${NBSP}mio.${NBSP}kr.`)
    await page.locator('.ag-row[row-id]', { hasText: 'Uldum gamle rådhus' }).waitFor()
    await screenshot(page, 'salg-grid')
    const realisedBefore = kroner(await page.getByTestId('sales-realised').innerText())

    await page.goto('/ejendomme/ny')
    await hydrated(page)
    await page.getByLabel('Navn').fill('Rask Mølle gamle skole')
    await page.getByLabel('Adresse').fill('Skolegade 1')
    await page.getByLabel('Postnummer').fill('8763')
    await page.getByLabel('By', { exact: true }).fill('Rask Mølle')
    await page.getByLabel('Anvendelse').selectOption('school')
    await page.getByLabel('Driftsudgift pr. år (kr.)').fill('48.000')
    await page.getByLabel('Breddegrad (WGS84)').fill('55,8790')
    await page.getByLabel('Længdegrad (WGS84)').fill('9,6120')
    await page.getByRole('button', { name: 'Opret ejendom' }).click()
    await page.waitForURL(/\/ejendomme\/\d+\?besked=oprettet/)
    const propertyId = new URL(page.url()).pathname.split('/')[2]!
    expect(await markerFill(page, propertyId)).toBe('#1565c0')

    await page.goto(`/ejendomme/${propertyId}`)
    await page.getByRole('link', { name: 'Udpeg til salg' }).click()
    await page.waitForURL(/\/salg\/ny\?ejendom=\d+/)
    await hydrated(page)
    await page.getByLabel('Dato for byrådets beslutning').fill('03.03.2025')
    await page.getByLabel('Byrådets beslutning', { exact: true }).fill('Byrådet 03.03.2025, pkt. 7')
    await page.getByLabel('Forventet pris (kr.)').fill('1.800.000')
    await page.getByLabel('Salgsomkostninger (kr.)').fill('40.000')
    await page.getByRole('button', { name: 'Udpeg til salg' }).click()
    await page.waitForURL(/\/salg\/\d+\?besked=oprettet/)
    const saleUrl = new URL(page.url()).pathname
    expect(await markerFill(page, propertyId)).toBe('#f9a825')

    await page.goto(saleUrl)
    await hydrated(page)
    await recordStep(page, 'offered', { 'Udbudt den': '01.04.2025' })
    await expect.poll(() => page.locator('.field .error').allInnerTexts()).toContain('Et udbud kræver en budfrist')
    await screenshot(page, 'salg-trin-afvist')
    await recordStep(page, 'offered', { 'Udbudt den': '01.04.2025', Budfrist: '15.05.2025' })
    await page.getByText('Ændringerne er gemt.').waitFor()
    await hydrated(page)
    await recordStep(page, 'bid_received', {
      'Bud modtaget den': '15.05.2025',
      Budgiver: 'Rask Mølle Boliger ApS',
      'Buddets beløb (kr.)': '2.000.000',
    })
    await page.getByTestId('bids').getByText('Rask Mølle Boliger ApS').waitFor()
    await hydrated(page)
    await recordStep(page, 'conditionally_sold', {
      'Betinget aftale indgået den': '01.06.2025',
      Køber: 'Rask Mølle Boliger ApS',
      'Aftalt pris (kr.)': '2.000.000',
      'Forventet overtagelsesdag': '01.09.2025',
    })
    await page.getByTestId('sale-facts').getByText('Betinget solgt').waitFor()
    await hydrated(page)
    await recordStep(page, 'sold', { 'Endelig handel den': '01.08.2025', 'Realiseret salgspris (kr.)': '' })
    await expect
      .poll(() => page.locator('.field .error').allInnerTexts())
      .toContain('Et salg kan ikke registreres som solgt uden den realiserede pris')
    await recordStep(page, 'sold', {
      'Endelig handel den': '01.08.2025',
      'Realiseret salgspris (kr.)': '2.000.000',
      Overtagelsesdag: '01.09.2025',
    })
    await page.getByTestId('sale-facts').getByText('Solgt', { exact: true }).waitFor()
    expect(await page.getByTestId('sale-history').locator('tbody tr').count()).toBe(5)
    expect(await page.getByTestId('sale-effect').innerText()).toContain(`48.000${NBSP}kr.`)
    await screenshot(page, 'salg-detalje')

    expect(await markerFill(page, propertyId)).toBe('#2e7d32')
    await page.locator(`path.property-${propertyId}`).click()
    await page.locator('.leaflet-popup').getByText('Rask Mølle gamle skole').waitFor()
    await page.waitForTimeout(400) // the popup fades in
    await screenshot(page, 'kort')

    await page.goto('/salg')
    await hydrated(page)
    expect(kroner(await page.getByTestId('sales-realised').innerText())).toBe(realisedBefore + 2_000_000)
    expect(scriptErrors(page)).toEqual([])
  })

  it('filters the map by status and shows the offline background', async () => {
    const page = await newPage(ctx)
    await page.goto('/kort')
    await hydrated(page)
    await page.locator('path.property-marker').first().waitFor()
    const all = await page.locator('path.property-marker').count()
    // The offline background's town names are drawn beside the markers, not necessarily before them.
    await expect.poll(() => page.locator('.town-label', { hasText: 'Juelsminde' }).count()).toBe(1)
    await page.getByLabel(/^I brug/).uncheck()
    await expect.poll(() => page.locator('path.property-marker').count()).toBeLessThan(all)
    expect(await page.locator('path.status-in_use').count()).toBe(0)
    expect(scriptErrors(page)).toEqual([])
  })

  it('exports the property grid to Excel with Danish headers and number cells', async () => {
    const page = await newPage(ctx)
    await page.goto('/ejendomme')
    await hydrated(page)
    await page.locator('.ag-row[row-id]').first().waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Eksportér Excel' }).click()])
    expect(download.suggestedFilename()).toBe('ejendomme.xlsx')
    const rows = await readSheet(fs.readFileSync((await download.path())!))
    const header = rows[0] as string[]
    expect(header).toEqual(expect.arrayContaining(['Navn', 'Ejerforhold', 'Bruttoareal (m²)', 'Driftsudgift pr. år (kr.)', 'Breddegrad']))
    const raadhus = rows.find((r) => r[header.indexOf('Navn')] === 'Hedensted Rådhus')!
    expect(raadhus[header.indexOf('Driftsudgift pr. år (kr.)')]).toBe(4_850_000)
    expect(raadhus[header.indexOf('Bruttoareal (m²)')]).toBe(11_800)
    expect(raadhus[header.indexOf('Ejerforhold')]).toBe('Ejet')
  })

  it('lists every bad field of an import, writes nothing, then imports a good file', async () => {
    const page = await newPage(ctx)
    await page.goto('/import')
    await hydrated(page)
    const header = 'Navn;Adresse;Postnr.;By;Ejerforhold;Anvendelse;Driftsudgift pr. år (kr.);Øst (UTM32);Nord (UTM32)'
    const bad = `\uFEFF${header}\r\nBjerre Forsamlingshus;Bjerrevej 2;7130;Juelsminde;Ejet;Kultur og fritid;85.000;559000;6178000\r\n;Strandvej 1;71;Juelsminde;Måske;Fritidshus;mange;;\r\n`
    await page.locator('#import-file').setInputFiles({ name: 'ejendomme-fejl.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) })
    await page.getByRole('button', { name: 'Kontrollér filen' }).click()
    const issues = page.getByTestId('import-issues')
    await issues.waitFor()
    const text = await issues.innerText()
    for (const message of [
      'Navn skal udfyldes',
      'Postnummer skal være fire cifre',
      '"Måske" kendes ikke',
      '"Fritidshus" kendes ikke',
      'Driftsudgift pr. år skal være et beløb',
    ])
      expect(text).toContain(message)
    expect(await page.getByRole('alert').first().innerText()).toContain('Intet er gemt')
    expect(await page.getByRole('button', { name: /^Importér/ }).count()).toBe(0)
    await screenshot(page, 'import-fejl')

    const good = `\uFEFF${header}\r\nBjerre Forsamlingshus;Bjerrevej 2;7130;Juelsminde;Ejet;Kultur og fritid;85.000;559000;6178000\r\nStrandhuset;Strandvej 1;7130;Juelsminde;Lejet;Andet;12.500,50;;\r\n`
    await page.locator('#import-file').setInputFiles({ name: 'ejendomme.csv', mimeType: 'text/csv', buffer: Buffer.from(good) })
    await page.getByRole('button', { name: 'Kontrollér filen' }).click()
    await page.getByRole('button', { name: 'Importér 2 rækker' }).waitFor()
    await screenshot(page, 'import-klar')
    await page.getByRole('button', { name: 'Importér 2 rækker' }).click()
    await page.getByText('Importeret: 2 ejendomme og 0 lejemål.').waitFor()
    await screenshot(page, 'import')

    // A large file shows a progress bar while it is sent and checked (checked only, not imported).
    const rows = Array.from({ length: 20_000 }, (_, i) => `Stor fil ${i + 1};Vej ${i + 1};7130;Juelsminde;Ejet;Andet;1.000;;`)
    await page
      .locator('#import-file')
      .setInputFiles({ name: 'stor.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${header}\r\n${rows.join('\r\n')}`) })
    await page.getByRole('button', { name: 'Kontrollér filen' }).click()
    await page.locator('.import-progress progress').waitFor()
    await screenshot(page, 'import-fremdrift')
    await page.getByRole('button', { name: 'Importér 20.000 rækker' }).waitFor()
    await page.goto('/ejendomme')
    await hydrated(page)
    await page.getByLabel('Søg i navn, adresse og by').fill('bjerre forsamlingshus')
    await expect.poll(() => page.locator('.toolbar .count').innerText()).toBe('1 ejendom')
    expect(scriptErrors(page)).toEqual([])
  })
})
