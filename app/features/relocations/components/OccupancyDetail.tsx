/** One property month by month: FTE, desks needed at the desk factor, desks, m² per FTE. */
import { formatDanishMonth, type IsoDate } from '~/core/dates'
import { formatNumberDa } from '~/core/money'
import type { PropertyOccupancy } from '~/core/savings'
import { formatFte } from '~/core/relocation-labels'
import { cellState } from '~/core/occupancy-cells'

const badges = {
  over: <span className="badge over">Over kapaciteten</span>,
  late: <span className="badge over">Stadig i bygningen efter ophør eller overtagelse</span>,
  tight: <span className="badge ok">Plads (over 90 % i brug)</span>,
  ok: <span className="badge ok">Plads</span>,
  empty: '',
}

export function OccupancyDetail({
  property,
  deskFactorText,
}: {
  /** `goneFrom`: the first day its lease has ended or its buyer has taken over. */
  property: PropertyOccupancy & { goneFrom: IsoDate | null }
  deskFactorText: string
}) {
  return (
    <table className="plain compact occ-detail" data-testid="occupancy-detail">
      <thead>
        <tr>
          <th>Måned</th>
          <th className="num">Årsværk (højeste)</th>
          <th className="num">Årsværk ved månedens udgang</th>
          <th className="num">Arbejdspladser nødvendige (× {deskFactorText})</th>
          <th className="num">Arbejdspladser</th>
          <th className="num">Ledige</th>
          <th className="num">m² pr. årsværk</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        {property.months.map((m) => {
          const state = cellState(m, property.goneFrom)
          return (
            <tr key={m.month} className={m.over || state === 'late' ? 'over' : undefined}>
              <td>{formatDanishMonth(m.month)}</td>
              <td className="num">{formatFte(m.headcount)}</td>
              <td className="num">{formatFte(m.headcountAtEnd)}</td>
              <td className="num">{formatNumberDa(m.workplacesNeeded, 1)}</td>
              <td className="num">{formatNumberDa(m.workplaces)}</td>
              <td className="num">{formatNumberDa(m.workplaces - m.workplacesNeeded, 1)}</td>
              <td className="num">{m.m2PerFte === null ? '–' : formatNumberDa(m.m2PerFte, 1)}</td>
              <td>{badges[state]}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
