/** Browser journeys through the property and lease register, as the property unit uses it. */
import { describe, expect, it } from 'vitest'
import { hydrated, NBSP, newPage, screenshot, scriptErrors, useBrowser } from './browser'

const ctx = useBrowser()

describe('property register in the browser', () => {
  it('shows the demo register in a grid with Danish formatting, and searches it', async () => {
    const page = await newPage(ctx)
    await page.goto('/ejendomme')
    await hydrated(page)
    const row = page.locator('.ag-row[row-id]', { hasText: 'Hedensted Rådhus' })
    await row.waitFor()
    await expect
      .poll(() => page.locator('.ag-row[row-id] [col-id="annualOperatingCostOre"]').allInnerTexts())
      .toContain(`4.850.000,00${NBSP}kr.`)
    await page.getByLabel('Søg i navn, adresse og by').fill('tofteskovvej')
    await expect.poll(() => page.locator('.ag-row[row-id]').count()).toBe(1)
    await expect.poll(() => page.locator('.toolbar .count').innerText()).toBe('1 ejendom')
    await screenshot(page, 'ejendomme-grid')
    expect(scriptErrors(page)).toEqual([])
  })

  it('creates a property after refusing bad input, edits it and deletes it', async () => {
    const page = await newPage(ctx)
    await page.goto('/ejendomme/ny')
    await hydrated(page)
    await page.getByLabel('Navn').fill('')
    await page.getByLabel('Driftsudgift pr. år (kr.)').fill('-1.000')
    await page.getByLabel('Arbejdspladser').fill('mange')
    await page.getByRole('button', { name: 'Opret ejendom' }).click()
    await expect
      .poll(() => page.locator('.field .error').allInnerTexts())
      .toEqual(
        expect.arrayContaining(['Navn skal udfyldes', 'Driftsudgift pr. år kan ikke være negativ', 'Arbejdspladser skal være et helt tal']),
      )
    await screenshot(page, 'ejendom-ny-fejl')
    expect(page.url()).toMatch(/\/ejendomme\/ny$/)

    await page.getByLabel('Navn').fill('Rårup Forsamlingshus')
    await page.getByLabel('Adresse').fill('Kirkevej 4')
    await page.getByLabel('Postnummer').fill('7130')
    await page.getByLabel('By', { exact: true }).fill('Rårup')
    await page.getByLabel('Anvendelse').selectOption('culture')
    await page.getByLabel('Bruttoareal (m²)').fill('640')
    await page.getByLabel('Arbejdspladser').fill('0')
    await page.getByLabel('Driftsudgift pr. år (kr.)').fill('1234567,89')
    await page.getByRole('button', { name: 'Opret ejendom' }).click()
    await page.waitForURL(/\/ejendomme\/\d+\?besked=oprettet/)
    await page.getByText('Oprettet.').waitFor()
    expect(await page.getByLabel('Driftsudgift pr. år (kr.)').inputValue()).toBe('1.234.567,89')
    await screenshot(page, 'ejendom-detalje')

    await page.getByLabel('Navn').fill('Rårup Forsamlingshus (lukket)')
    await page.getByRole('button', { name: 'Gem ændringer' }).click()
    await page.getByText('Ændringerne er gemt.').waitFor()
    expect(await page.locator('h1').innerText()).toBe('Rårup Forsamlingshus (lukket)')

    page.once('dialog', (d) => void d.accept())
    await page.getByRole('button', { name: 'Slet ejendom' }).click()
    await page.waitForURL(/\/ejendomme\?besked=slettet/)
    await page.getByLabel('Søg i navn, adresse og by').fill('rårup')
    await expect.poll(() => page.locator('.toolbar .count').innerText()).toBe('0 ejendomme')
    expect(scriptErrors(page)).toEqual([])
  })

  it('refuses the second of two concurrent edits and keeps what was typed', async () => {
    const anne = await newPage(ctx)
    const bo = await newPage(ctx)
    for (const p of [anne, bo]) {
      await p.goto('/ejendomme')
      await hydrated(p)
      await p.locator('.ag-row[row-id]', { hasText: 'Stouby Skole' }).click()
      await p.waitForURL(/\/ejendomme\/\d+$/)
      await hydrated(p)
    }
    await anne.getByLabel('Note').fill('Anne: tag tjekket')
    await anne.getByRole('button', { name: 'Gem ændringer' }).click()
    await anne.getByText('Ændringerne er gemt.').waitFor()
    await bo.getByLabel('Note').fill('Bo: vinduer skiftes')
    await bo.getByRole('button', { name: 'Gem ændringer' }).click()
    await bo.getByText(/En anden har gemt ændringer/).waitFor()
    expect(await bo.getByLabel('Note').inputValue()).toBe('Bo: vinduer skiftes')
    await screenshot(bo, 'ejendom-samtidig-redigering')
    await bo.reload()
    expect(await bo.getByLabel('Note').inputValue()).toBe('Anne: tag tjekket')
  })

  it('refuses to delete a property that has leases, with the reason in Danish', async () => {
    const page = await newPage(ctx)
    await page.goto('/ejendomme')
    await hydrated(page)
    await page.locator('.ag-row[row-id]', { hasText: 'DLH-bygningen' }).click()
    await page.waitForURL(/\/ejendomme\/\d+$/)
    await hydrated(page)
    page.once('dialog', (d) => void d.accept())
    await page.getByRole('button', { name: 'Slet ejendom' }).click()
    await page.getByText(/DLH-bygningen, Løsningvej 30 kan ikke slettes, fordi 1 lejemål.* hører til ejendommen/).waitFor()
  })
})

describe('lease register in the browser', () => {
  it('computes the end date while typing, refuses an impossible date, creates, edits and deletes a lease', async () => {
    const page = await newPage(ctx)
    await page.goto('/lejemaal')
    await hydrated(page)
    await expect.poll(() => page.locator('.ag-row[row-id] [col-id="annualRentOre"]').allInnerTexts()).toContain(`420.000,00${NBSP}kr.`)
    await expect.poll(() => page.locator('.ag-row[row-id] [col-id="endDate"]').allInnerTexts()).toContain('31.08.2024')
    await screenshot(page, 'lejemaal-grid')

    await page.getByRole('link', { name: 'Nyt lejemål' }).click()
    await page.waitForURL(/\/lejemaal\/ny/)
    await hydrated(page)
    // The property picker searches on the server: type, then pick the match.
    await page.getByRole('combobox', { name: 'Ejendom', exact: true }).fill('Juelsminde Rådhus')
    await page.getByRole('option', { name: /^Juelsminde Rådhus/ }).click()
    await page.getByLabel('Modpart (udlejer eller lejer)').fill('Juelsminde Kajakklub')
    await page.getByLabel('Retning').selectOption('landlord')
    await page.getByLabel('Årlig husleje (kr.)').fill('480.000')
    await page.getByLabel('Opsigelsesvarsel (måneder)').fill('3')
    await page.getByLabel('Opsigelsesdato').fill('10.02.2024')
    await expect.poll(() => page.getByTestId('computed-end-date').innerText()).toBe('31.05.2024')
    await page.getByLabel('Opsigelsesdato').fill('01.02.2024')
    await expect.poll(() => page.getByTestId('computed-end-date').innerText()).toBe('30.04.2024')
    await page.getByLabel('Ønsket ophør senest (beregner)').fill('30.06.2024')
    await expect.poll(() => page.getByTestId('latest-notice').innerText()).toContain('opsig senest 01.04.2024')
    await screenshot(page, 'lejemaal-beregner')

    await page.getByLabel('Opsigelsesdato').fill('31.02.2024')
    await page.getByLabel('Status').selectOption('terminated')
    await page.getByRole('button', { name: 'Opret lejemål' }).click()
    await page.getByText('Opsigelsesdato er ikke en gyldig dato (dd.mm.åååå)').waitFor()

    await page.getByLabel('Opsigelsesdato').fill('10.02.2024')
    await page.getByRole('button', { name: 'Opret lejemål' }).click()
    await page.waitForURL(/\/lejemaal\/\d+\?besked=oprettet/)
    expect(await page.locator('.page-header p').innerText()).toContain(`480.000,00${NBSP}kr. om året`)
    expect(await page.locator('.page-header p').innerText()).toContain('ophører 31.05.2024')

    await page.getByLabel('Opsigelsesvarsel (måneder)').fill('400')
    await page.getByRole('button', { name: 'Gem ændringer' }).click()
    await page.getByText('Opsigelsesvarsel skal være mellem 0 og 120').waitFor()
    await page.getByLabel('Opsigelsesvarsel (måneder)').fill('6')
    await page.getByRole('button', { name: 'Gem ændringer' }).click()
    await page.getByText('Ændringerne er gemt.').waitFor()
    expect(await page.locator('.page-header p').innerText()).toContain('ophører 31.08.2024')

    page.once('dialog', (d) => void d.accept())
    await page.getByRole('button', { name: 'Slet lejemål' }).click()
    await page.waitForURL(/\/lejemaal\?besked=slettet/)
    expect(scriptErrors(page)).toEqual([])
  })

  it('shows critical dates and the overview', async () => {
    const page = await newPage(ctx)
    await page.goto('/frister?fra=01.01.2024&maaneder=12')
    await hydrated(page)
    await page.getByText('Lejemål ophører').first().waitFor()
    const text = await page.locator('table.plain').innerText()
    expect(text).toContain('30.06.2024')
    expect(text).toContain('Overtagelsesdag (salg)')
    await screenshot(page, 'frister')
    await page.getByRole('link', { name: 'Oversigt' }).click()
    await page.getByText('Salg af udpegede ejendomme').waitFor()
    // Other browser tests record sales on the same server, so the total is checked for its form only.
    expect(await page.locator('main').innerText()).toMatch(new RegExp(`\\d+,\\d${NBSP}mio\\.${NBSP}kr\\.\\s+solgt \\(\\d+\\)`))
    await screenshot(page, 'oversigt')
  })
})
