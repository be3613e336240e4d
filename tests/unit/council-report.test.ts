/** The council report's pure parts: year groups, the chart's round steps, the appendix cap, text for the font. */
import { describe, expect, it } from 'vitest'
import { chartSvg } from '~/features/scenarios/report/chart-svg'
import { pdfText, yearChunks } from '~/features/scenarios/report/pdf-blocks'
import type { ReportLineItem } from '~/features/scenarios/report/report-data.server'
import { appendix } from '~/features/scenarios/report/scenario-pdf'

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

describe('year groups of the year table', () => {
  it('keeps up to nine years together and splits more into even groups', () => {
    expect(yearChunks(years(2023, 2030))).toEqual([years(2023, 2030)])
    expect(yearChunks(years(2024, 2032))).toEqual([years(2024, 2032)])
    expect(yearChunks(years(2024, 2035))).toEqual([years(2024, 2029), years(2030, 2035)])
    expect(yearChunks(years(2024, 2043)).map((g) => g.length)).toEqual([7, 7, 6])
  })
})

describe('the chart as SVG', () => {
  it('draws gridlines on round steps, a bar per year and the target line', () => {
    const svg = chartSvg({
      years: [2024, 2025],
      target: '5000000',
      series: [{ name: 'Netto', color: '#0b4f7c', values: ['954491', '2213750'] }],
    })
    const labels = [...svg.matchAll(/>([\d,]+)\u00a0mio\.\u00a0kr\.</g)].map((m) => m[1])
    expect(labels).toEqual(['0,0', '1,0', '2,0', '3,0', '4,0', '5,0'])
    expect(svg.match(/<rect /g)).toHaveLength(2)
    expect(svg).toContain('stroke-dasharray="5 3"')
    expect(svg).toContain('Mål 5,0\u00a0mio.\u00a0kr.')
  })

  it('takes negative years below the zero line', () => {
    const svg = chartSvg({ years: [2024], target: '1000000', series: [{ name: 'Netto', color: '#000', values: ['-1500000'] }] })
    expect(svg).toContain('>-1,5\u00a0mio.\u00a0kr.<')
    // The bar hangs from the zero gridline.
    const zero = /y1="([\d.]+)"[^>]*\/><text[^>]*>0,0\u00a0mio/.exec(svg)![1]
    expect(svg).toMatch(new RegExp(`<rect [^>]*y="${zero}"`))
  })
})

describe('the line-item appendix', () => {
  const item = (n: number): ReportLineItem => ({
    year: 2024,
    measureId: String(n),
    label: `Tiltag ${n}`,
    category: 'savedOperating',
    categoryLabel: 'Sparet drift',
    periodFrom: '2024-01-01',
    periodTo: '2024-12-31',
    amount: '1000.5',
    explanation: 'Driftsudgift',
  })

  it('shows every line when they fit', () => {
    const parts = appendix([item(1), item(2)], 5)
    expect(JSON.stringify(parts)).not.toContain('Rapporten viser de første')
    expect(JSON.stringify(parts)).toContain('1.000,50\u00a0kr.')
  })

  it('says so when it shows only the first lines, and where the rest are', () => {
    const parts = appendix([item(1), item(2), item(3)], 2)
    const text = JSON.stringify(parts)
    expect(text).toContain('Rapporten viser de første 2 af 3 poster. Alle poster står i Excel-filen (fanen Poster).')
    expect(text).toContain('Tiltag 2')
    expect(text).not.toContain('Tiltag 3')
  })
})

describe('text for the embedded font', () => {
  it("writes a relocation's arrow as a word (Roboto has no arrows)", () => {
    expect(pdfText('PPR: DLH-bygningen → Juelsminde Rådhus')).toBe('PPR: DLH-bygningen til Juelsminde Rådhus')
  })
})
