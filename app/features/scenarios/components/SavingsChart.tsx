/**
 * Net operating saving per budget year as bars against the target line. Plain SVG rendered on the
 * server: it prints, needs no client code and the figures stay readable without JavaScript.
 */
import { Money, formatMillions } from '~/core/money'
import { niceTicks } from '~/features/scenarios/chart-scale'

export interface ChartSeries {
  name: string
  values: string[]
  color: string
}

const W = 760
const H = 260
const PAD = { left: 70, right: 16, top: 16, bottom: 34 }

/** A horizontal gridline with its amount in millions. */
function Gridline({ value, y }: { value: number; y: number }) {
  return (
    <g>
      <line x1={PAD.left} x2={W - PAD.right} y1={y} y2={y} stroke="#e3e8ee" />
      <text x={PAD.left - 6} y={y + 4} textAnchor="end" fontSize="11" fill="#5f6b76">
        {formatMillions(new Money(value))}
      </text>
    </g>
  )
}

/** The yearly target as a dashed red line. */
function TargetLine({ target, y }: { target: string; y: number }) {
  return (
    <>
      <line x1={PAD.left} x2={W - PAD.right} y1={y} y2={y} stroke="#b3261e" strokeWidth="2" strokeDasharray="6 4" />
      <text x={W - PAD.right} y={y - 6} textAnchor="end" fontSize="12" fill="#b3261e">
        Mål {formatMillions(new Money(target))}
      </text>
    </>
  )
}

function Legend({ series }: { series: ChartSeries[] }) {
  return (
    <figcaption className="chart-legend">
      {series.map((s) => (
        <span key={s.name}>
          <i style={{ background: s.color }} /> {s.name}
        </span>
      ))}
      <span>
        <i className="target" /> Mål pr. år
      </span>
    </figcaption>
  )
}

export function SavingsChart({ years, series, target, title }: { years: number[]; series: ChartSeries[]; target: string; title: string }) {
  const all = series.flatMap((s) => s.values.map(Number)).concat([Number(target), 0])
  const ticks = niceTicks(Math.min(0, ...all), Math.max(...all))
  const min = ticks[0]!
  const max = ticks.at(-1)!
  const y = (v: number) => PAD.top + ((max - v) / (max - min)) * (H - PAD.top - PAD.bottom)
  const slot = (W - PAD.left - PAD.right) / Math.max(years.length, 1)
  const barW = (slot * 0.7) / Math.max(series.length, 1)
  return (
    <figure className="chart" aria-label={title}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" width="100%" style={{ maxWidth: W }}>
        <title>{title}</title>
        {ticks.map((t) => (
          <Gridline key={t} value={t} y={y(t)} />
        ))}
        {years.map((year, i) => (
          <g key={year}>
            {series.map((s, j) => {
              const v = Number(s.values[i] ?? 0)
              const x = PAD.left + i * slot + slot * 0.15 + j * barW
              return (
                <rect key={s.name} x={x} width={barW - 2} y={Math.min(y(v), y(0))} height={Math.abs(y(0) - y(v))} fill={s.color}>
                  <title>{`${s.name} ${year}: ${formatMillions(new Money(s.values[i] ?? 0))}`}</title>
                </rect>
              )
            })}
            <text x={PAD.left + i * slot + slot / 2} y={H - 12} textAnchor="middle" fontSize="12" fill="#1d2731">
              {year}
            </text>
          </g>
        ))}
        <TargetLine target={target} y={y(Number(target))} />
      </svg>
      <Legend series={series} />
    </figure>
  )
}
