/**
 * The council report on both databases, through the middleware and the real routes: the PDF holds
 * the figures exactly as the scenario page shows them, and the Excel file holds the engine's
 * figures to the øre, with number and date cells.
 */
import readXlsxFile from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '#db/connection'
import { formatKroner, kronerToOre, Money, type Amount } from '~/core/money'
import { CATEGORY_LABELS, fullYearLineItems, lineItemsFor, NET_SIGN, ONE_OFF_CATEGORIES, RECURRING_CATEGORIES } from '~/core/savings'
import { seedDemo } from '~/features/demo/demo.server'
import { computeScenario } from '~/features/scenarios/savings.server'
import { getScenarioPage } from '~/features/scenarios/scenario-page.server'
import { getBaseline, listMeasures } from '~/features/scenarios/scenarios.repo.server'
import { createScenario, setMeasureEnabled } from '~/features/scenarios/scenarios.server'
import { DIALECTS, openTestDatabase, useAsAppDatabase } from '../setup/test-db'
import { pdfText } from './helpers/pdf-text'
import { cookieFor, send } from './request'

const shown = (kroner: string) => formatKroner(new Money(kroner), { decimals: 0 }).replace(/\u00a0/g, ' ')
/** A money cell read back, in øre. */
const cellOre = (v: unknown) => Math.round((v as number) * 100)
/** The engine's kroner in øre (a zero cost times −1 is −0, which a cell holds as 0). */
const engineOre = (kroner: Amount) => kronerToOre(kroner) + 0

describe.each(DIALECTS)('council report on %s', (dialect) => {
  let h: DatabaseHandle
  let cookie = ''
  let planId = 0
  let proposalId = 0
  beforeAll(async () => {
    h = await openTestDatabase(dialect)
    useAsAppDatabase(h)
    await seedDemo(h.db)
    cookie = await cookieFor(h.db, 'udvalg')
    planId = (await getBaseline(h.db))!.id
    const created = await createScenario(h.db, { name: 'Udvalgets forslag, Ærø-ø-å', description: 'Uden DLH', basedOnId: planId })
    proposalId = created.ok ? created.value.id : 0
    const dlh = (await listMeasures(h.db, proposalId)).find((m) => m.label.includes('Løsningvej'))!
    await setMeasureEnabled(h.db, proposalId, dlh.id, false)
  })
  afterAll(async () => h.close())

  it("gives a PDF that holds the scenario's name, full-year effect and each year's net saving as the page shows them", async () => {
    const res = await send('GET', `/scenarier/${proposalId}/rapport.pdf`, { cookie })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/pdf')
    expect(res.headers.get('Content-Disposition')).toContain(`scenarie-${proposalId}-rapport.pdf`)
    const bytes = res.body as Uint8Array
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-')
    const page = (await getScenarioPage(h.db, proposalId))!
    const { pages, all } = await pdfText(bytes)
    expect(pages.length).toBeGreaterThanOrEqual(5)
    expect(pages[0]).toContain('Udvalgets forslag, Ærø-ø-å')
    expect(pages[0]).toContain('Hedensted Kommune')
    expect(pages[0]).toContain(`Side 1 af ${pages.length}`)
    expect(pages.at(-1)).toContain(`Side ${pages.length} af ${pages.length}`)
    expect(all).toContain(shown(page.summary.fullYearEffect))
    const net = page.summary.rows.find((r) => r.key === 'netOperatingSaving')!
    const yearPage = pages.find((p) => p.includes('Kr. pr. budgetår'))!
    page.summary.years.forEach((year, i) => {
      expect(yearPage).toContain(String(year))
      expect(yearPage).toContain(shown(net.values[i]!))
    })
    expect(all).toContain('Besparelser er positive, udgifter og tabte indtægter negative.')
    expect(all).toContain('Bilag: poster og beregninger')
    expect(all).toContain('Energi og klima')
    expect(all).toContain('CO2e undgået')
  })

  it("gives the climate figures as a Klima sheet equal to the engine's, per year and full-year", async () => {
    const res = await send('GET', `/scenarier/${proposalId}/rapport.xlsx`, { cookie })
    const sheets = await readXlsxFile(Buffer.from(res.body as Uint8Array))
    const klima = sheets.find((s) => s.sheet === 'Klima')!.data
    const climate = (await computeScenario(h.db, proposalId))!.result.climate!
    expect(klima[0]).toEqual(['Størrelse', 'Enhed', ...climate.years.map((y) => String(y.year)), 'Helårseffekt'])
    const of = { 'Varme undgået': 'heatMwh', 'El undgået': 'electricityMwh', 'CO2e undgået': 'co2eTonnes' } as const
    expect(klima.slice(1).map((r) => r[0])).toEqual(Object.keys(of))
    for (const row of klima.slice(1)) {
      const key = of[row[0] as keyof typeof of]
      const expected = [...climate.years.map((y) => y[key]), climate.fullYear[key]].map((d) => d.toNumber())
      expect(row.slice(2)).toEqual(expected)
    }
    expect(climate.fullYear.heatMwh.isZero()).toBe(false)
  })

  it("gives an Excel file whose year table, measures and line items equal the engine's figures to the øre", async () => {
    const res = await send('GET', `/scenarier/${proposalId}/rapport.xlsx`, { cookie })
    expect(res.status).toBe(200)
    const sheets = await readXlsxFile(Buffer.from(res.body as Uint8Array))
    expect(sheets.map((s) => s.sheet)).toEqual(['Årstabel', 'Tiltag', 'Poster', 'Klima'])
    const { result, measures } = (await computeScenario(h.db, proposalId))!
    const [years, tiltag, poster] = sheets.map((s) => s.data)
    expect(years![0]).toEqual(['Kr. pr. budgetår', ...result.years.map((y) => String(y.year)), 'Helårseffekt'])
    const sign = (key: string) => (key in NET_SIGN ? NET_SIGN[key as keyof typeof NET_SIGN] : 1)
    const keys = [...RECURRING_CATEGORIES, 'netOperatingSaving', ...ONE_OFF_CATEGORIES] as const
    expect(years!.slice(1).map((r) => r[0])).toEqual(keys.map((k) => CATEGORY_LABELS[k]))
    keys.forEach((key, n) => {
      const row = years![n + 1]!
      result.years.forEach((y, i) => expect(cellOre(row[i + 1]), `${key} ${y.year}`).toBe(engineOre(y[key].times(sign(key)))))
      const full = key === 'netOperatingSaving' || key in NET_SIGN ? result.fullYear[key as keyof typeof result.fullYear] : null
      if (full) expect(cellOre(row.at(-1)), `${key} helår`).toBe(engineOre(full.times(sign(key))))
      else expect(row.at(-1)).toBeNull()
    })
    expect(cellOre(years![6]!.at(-1))).toBe(engineOre(result.fullYearEffect))
    expect(tiltag!.length - 1).toBe(measures.length)
    expect(tiltag!.slice(1).every((r) => r[4] instanceof Date)).toBe(true)
    const items = lineItemsFor(result).length + fullYearLineItems(result).length
    expect(poster!.length - 1).toBe(items)
    expect(poster![0]!.slice(0, 2)).toEqual(['Opgørelse', 'År'])
    const firstYear = poster!.find((r) => r[0] === 'Budgetår')!
    expect(typeof firstYear[1]).toBe('number')
    expect(firstYear[4]).toBeInstanceOf(Date)
    expect(poster!.filter((r) => r[0] === 'Helårseffekt')).toHaveLength(fullYearLineItems(result).length)
  })

  it('gives the comparison as a PDF with every scenario and its figures, and as Excel side by side', async () => {
    const ids = `${planId},${proposalId}`
    const pdf = await send('GET', `/scenarier/sammenlign/rapport.pdf?ids=${ids}`, { cookie })
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf')
    const { pages, all } = await pdfText(pdf.body as Uint8Array)
    expect(pages[0]).toContain('Sammenligning af scenarier')
    expect(pages[0]).toContain(`Side 1 af ${pages.length}`)
    const plan = (await getScenarioPage(h.db, planId))!
    const proposal = (await getScenarioPage(h.db, proposalId))!
    for (const p of [plan, proposal]) {
      expect(all).toContain(p.title)
      expect(all).toContain(shown(p.summary.fullYearEffect))
    }

    const xlsx = await send('GET', `/scenarier/sammenlign/rapport.xlsx?ids=${ids}`, { cookie })
    expect(xlsx.status).toBe(200)
    const sheets = await readXlsxFile(Buffer.from(xlsx.body as Uint8Array))
    expect(sheets.map((s) => s.sheet)).toEqual(['Sammenligning', 'Vedtaget plan', 'Udvalgets forslag, Ærø-ø-å'])
    const side = sheets[0]!.data
    expect(side[0]).toEqual(['Kr.', 'Vedtaget plan', 'Udvalgets forslag, Ærø-ø-å'])
    const effect = side.find((r) => r[0] === 'Helårseffekt')!
    for (const [n, id] of [planId, proposalId].entries()) {
      const { result } = (await computeScenario(h.db, id))!
      expect(cellOre(effect[n + 1])).toBe(engineOre(result.fullYearEffect))
      const net = sheets[n + 1]!.data.find((r) => r[0] === 'Nettodriftsbesparelse')!
      result.years.forEach((y, i) => expect(cellOre(net[i + 1])).toBe(engineOre(y.netOperatingSaving)))
    }
  })

  it('answers 404 for a scenario that does not exist and 400 for a comparison of fewer than two', async () => {
    expect((await send('GET', '/scenarier/999999/rapport.pdf', { cookie })).status).toBe(404)
    expect((await send('GET', '/scenarier/999999/rapport.xlsx', { cookie })).status).toBe(404)
    expect((await send('GET', `/scenarier/sammenlign/rapport.pdf?ids=${planId}`, { cookie })).status).toBe(400)
    expect((await send('GET', `/scenarier/sammenlign/rapport.xlsx?ids=${planId},999999`, { cookie })).status).toBe(400)
  })

  it('lets every role that reads scenarios download the report, and nobody signed out', async () => {
    const hr = await cookieFor(h.db, 'hr')
    expect((await send('GET', `/scenarier/${planId}/rapport.xlsx`, { cookie: hr })).status).toBe(200)
    expect((await send('GET', `/scenarier/${planId}/rapport.pdf`)).status).not.toBe(200)
  })

  it('reports the view chosen on the page (visning)', async () => {
    const res = await send('GET', `/scenarier/${planId}/rapport.pdf?visning=realised`, { cookie })
    const page = (await getScenarioPage(h.db, planId, 'realised'))!
    const { pages } = await pdfText(res.body as Uint8Array)
    expect(pages[0]).toContain('Kun gennemførte')
    expect(pages.join('\n')).toContain(shown(page.summary.fullYearEffect))
  })

  it('says the price basis as the page does when rents are indexed', async () => {
    const indexed = await createScenario(h.db, { name: 'Med lejeregulering', description: '', basedOnId: planId })
    const id = indexed.ok ? indexed.value.id : 0
    await h.db.updateTable('scenario').set({ rentIndexationPct: 2.5 }).where('id', '=', id).execute()
    const page = (await getScenarioPage(h.db, id))!
    const { all } = await pdfText((await send('GET', `/scenarier/${id}/rapport.pdf`, { cookie })).body as Uint8Array)
    const basis = `Husleje indekseres 2,5 % om året: budgetårene er i hvert års priser, helårseffekten og målet i ${page.scenario.firstYear}-priser.`
    // A note may wrap onto the next line of the page.
    const flat = all.replace(/\s+/g, ' ')
    expect(flat).toContain(basis)
    expect(flat).toContain(`pr. år, når alle tiltag virker (${page.scenario.firstYear}-priser)`)
    expect(all).toContain('2,5 % om året')
  })

  it("reports a plan after the council's decision: the new plan with its reference, the old one by its period", async () => {
    const promoted = await send('POST', `/scenarier/${proposalId}/fremlaeg`, {
      cookie,
      form: { intent: 'promote', caseReference: '2026-004512', decisionDate: '12.03.2026' },
    })
    expect(promoted.status).toBe(302)
    const fresh = await pdfText((await send('GET', `/scenarier/${proposalId}/rapport.pdf`, { cookie })).body as Uint8Array)
    expect(fresh.pages[0]).toContain('Sagsnummer 2026-004512')
    expect(fresh.pages[0]).toContain('Vedtaget 12.03.2026')
    const archived = (await getScenarioPage(h.db, planId))!
    expect(archived.title).toMatch(/^Vedtaget plan, \d{2}\.\d{2}\.\d{4}-\d{2}\.\d{2}\.\d{4}$/)
    const old = await pdfText((await send('GET', `/scenarier/${planId}/rapport.pdf`, { cookie })).body as Uint8Array)
    expect(old.pages[0]).toContain(archived.title)
    expect(old.pages[0]).toContain('Erstattet')
  })
})
