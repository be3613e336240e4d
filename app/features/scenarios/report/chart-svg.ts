/**
 * The page's chart (net operating saving per budget year as bars against the dashed target line)
 * as SVG text for the PDF, where it stays vector. Same round axis steps as the page.
 */
import { Money, formatMillions } from '~/core/money'
import { niceTicks } from '../chart-scale'

export interface SvgSeries {
  name: string
  values: string[]
  color: string
}

const PAD = { left: 62, right: 10, top: 18, bottom: 22 }
const FONT = 'font-family="Roboto"'

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const n = (v: number) => v.toFixed(2)

/**
 * An SVG chart `width` × `height` points of the series against the target.
 * @example chartSvg({ years: [2024], series: [{ name: 'Netto', values: ['1500000'], color: '#0b4f7c' }], target: '5000000' })
 */
export function chartSvg({
  years,
  series,
  target,
  width = 515,
  height = 230,
}: {
  years: number[]
  series: SvgSeries[]
  target: string
  width?: number
  height?: number
}): string {
  const all = series.flatMap((s) => s.values.map(Number)).concat([Number(target), 0])
  const ticks = niceTicks(Math.min(0, ...all), Math.max(...all))
  const min = ticks[0]!
  const max = ticks.at(-1)!
  const y = (v: number) => PAD.top + ((max - v) / (max - min)) * (height - PAD.top - PAD.bottom)
  const slot = (width - PAD.left - PAD.right) / Math.max(years.length, 1)
  const barW = (slot * 0.7) / Math.max(series.length, 1)
  const parts: string[] = []
  for (const t of ticks) {
    parts.push(`<line x1="${PAD.left}" x2="${width - PAD.right}" y1="${n(y(t))}" y2="${n(y(t))}" stroke="#d5dce3" stroke-width="0.6"/>`)
    parts.push(
      `<text x="${PAD.left - 5}" y="${n(y(t) + 3)}" text-anchor="end" font-size="7.5" fill="#5f6b76" ${FONT}>${esc(formatMillions(new Money(t)))}</text>`,
    )
  }
  years.forEach((year, i) => {
    series.forEach((s, j) => {
      const v = Number(s.values[i] ?? 0)
      const x = PAD.left + i * slot + slot * 0.15 + j * barW
      const top = Math.min(y(v), y(0))
      parts.push(
        `<rect x="${n(x)}" y="${n(top)}" width="${n(Math.max(barW - 1.5, 0.5))}" height="${n(Math.abs(y(0) - y(v)))}" fill="${s.color}"/>`,
      )
    })
    parts.push(
      `<text x="${n(PAD.left + i * slot + slot / 2)}" y="${height - 6}" text-anchor="middle" font-size="8" fill="#1d2731" ${FONT}>${year}</text>`,
    )
  })
  const ty = y(Number(target))
  parts.push(
    `<line x1="${PAD.left}" x2="${width - PAD.right}" y1="${n(ty)}" y2="${n(ty)}" stroke="#b3261e" stroke-width="1.4" stroke-dasharray="5 3"/>`,
    `<text x="${width - PAD.right}" y="${n(ty - 4)}" text-anchor="end" font-size="8" fill="#b3261e" ${FONT}>${esc(`Mål ${formatMillions(new Money(target))}`)}</text>`,
  )
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`
}
