/** Two to four scenarios' figures side by side: the net saving per year, the full-year effect, the target, one-off totals, conflicts. */
import { conflictCount } from '~/features/scenarios/chart-scale'
import type { ReactNode } from 'react'
import { href, Link } from 'react-router'
import { Money, formatKroner, formatNumberDa, sum } from '~/core/money'
import type { ClimateRowKey } from '~/features/scenarios/climate-view'
import type { RowKey } from '~/features/scenarios/scenario-view'
import type { ComparedScenario } from '~/features/scenarios/types'

const kr = (s: string) => formatKroner(new Money(s), { decimals: 0 })

/** A row of the summary's year table. */
export const summaryRow = (s: ComparedScenario, key: RowKey) => s.summary.rows.find((r) => r.key === key)!

const total = (s: ComparedScenario, key: RowKey) => kr(sum(summaryRow(s, key).values.map((v) => new Money(v))).toString())

/** A climate figure with one decimal: the full-year effect, or the sum over the years. */
function climate(s: ComparedScenario, keys: ClimateRowKey[], over: 'full' | 'years'): string {
  const rows = s.summary.climate?.rows.filter((r) => keys.includes(r.key))
  if (!rows?.length) return '–'
  const values = rows.flatMap((r) => (over === 'full' ? [r.fullYear] : r.values))
  return formatNumberDa(sum(values.map((v) => new Money(v))), 1)
}

const CLIMATE: Line[] = [
  { label: 'Energi undgået, helårseffekt (MWh)', cell: (s) => climate(s, ['climateHeat', 'climateElectricity'], 'full') },
  { label: 'CO2e undgået, helårseffekt (tons)', net: true, cell: (s) => <strong>{climate(s, ['climateCo2e'], 'full')}</strong> },
  { label: 'CO2e undgået i alt over årene (tons)', cell: (s) => climate(s, ['climateCo2e'], 'years') },
]

interface Line {
  label: string
  net?: boolean
  cell: (s: ComparedScenario) => ReactNode
}

const SUMMARY: Line[] = [
  { label: 'Helårseffekt', net: true, cell: (s) => <strong>{kr(s.summary.fullYearEffect)}</strong> },
  { label: 'Mangler til målet', cell: (s) => kr(s.summary.gapToTarget) },
  { label: 'Målet nås', cell: (s) => s.summary.firstYearTargetReached ?? '–' },
  { label: 'Anlægsindtægt i alt', cell: (s) => total(s, 'capitalIncome') },
  { label: 'Flytteudgifter i alt', cell: (s) => total(s, 'movingCost') },
  { label: 'Istandsættelse i alt', cell: (s) => total(s, 'refurbishment') },
  { label: 'Konflikter', cell: (s) => conflictCount(s.summary.conflictCount) },
]

export function CompareTable({ scenarios, years }: { scenarios: ComparedScenario[]; years: number[] }) {
  const lines: Line[] = [
    ...years.map((y, i) => ({
      label: `Nettodriftsbesparelse ${y}`,
      cell: (s: ComparedScenario) => kr(summaryRow(s, 'netOperatingSaving').values[i]!),
    })),
    ...SUMMARY,
    ...CLIMATE,
  ]
  return (
    <table className="plain compact" aria-label="Sammenligning">
      <thead>
        <tr>
          <th>Kr.</th>
          {scenarios.map((s) => (
            <th key={s.id} className="num">
              <Link to={href('/scenarier/:id', { id: String(s.id) })}>{s.name}</Link>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.label} className={line.net ? 'net' : undefined}>
            <th scope="row">{line.label}</th>
            {scenarios.map((s) => (
              <td key={s.id} className="num">
                {line.cell(s)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
