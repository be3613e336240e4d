/**
 * Occupancy per property per month: each cell shows the workplaces needed (årsværk × the desk
 * factor, or the units' own need), the same unit as the building's capacity beside the name, with
 * the årsværk below it; coloured by how full the building is. A property's name opens its months
 * in detail (OccupancyDetail), so the cells carry no long texts of their own.
 */
import { Link, useSearchParams } from 'react-router'
import { formatDanishMonth } from '~/core/dates'
import { formatNumberDa } from '~/core/money'
import type { CellState, HeatCell, HeatRow } from '~/core/occupancy-cells'
import { withParam } from '~/ui/search-params'

/** What the colour says, for a screen reader (on screen the colour and the bold type say it). */
const spoken: Partial<Record<CellState, string>> = {
  over: ', over kapaciteten',
  late: ', stadig i bygningen efter ophør eller overtagelse',
}

const oneDecimal = (n: number) => formatNumberDa(n, Number.isInteger(n) ? 0 : 1)

function Cell({ c }: { c: HeatCell }) {
  if (c.state === 'empty') return <td className="empty">–</td>
  return (
    <td className={c.state === 'late' ? 'over' : c.state} data-over={c.state === 'over' || undefined}>
      {oneDecimal(c.need)}
      <small className="fte">{`${oneDecimal(c.fte)} årsv.`}</small>
      {spoken[c.state] && <span className="visually-hidden">{spoken[c.state]}</span>}
    </td>
  )
}

function Legend() {
  return (
    <div className="legend">
      <span>
        Tal: arbejdspladser nødvendige (højeste i måneden), samme enhed som ejendommens arbejdspladser; nedenunder årsværk (årsv.).
      </span>
      <span>
        <i className="ok" />
        Plads
      </span>
      <span>
        <i className="tight" />
        Over 90 % af arbejdspladserne i brug
      </span>
      <span>
        <i className="over" />
        Over kapaciteten, eller stadig i bygningen efter lejemålets ophør eller overtagelsesdagen
      </span>
      <span>Vælg en ejendom for at se dens måneder med årsværk, ledige arbejdspladser og m² pr. årsværk.</span>
    </div>
  )
}

export function OccupancyTable({ rows, months, selected }: { rows: HeatRow[]; months: string[]; selected?: number }) {
  const [params] = useSearchParams()
  /** The same view, with one property opened below. */
  const select = (propertyId: number) => withParam(params, 'ejendom', propertyId)
  if (rows.length === 0) return <p className="muted">Ingen ejendomme har ansatte i perioden.</p>
  return (
    <div className="occ-wrap">
      <table className="occ" data-testid="occupancy">
        <thead>
          <tr>
            <th className="prop">Ejendom (arbejdspladser i alt)</th>
            {months.map((m) => (
              <th key={m} scope="col">
                {formatDanishMonth(m).replace(' ', '\u00a0')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.propertyId} aria-selected={p.propertyId === selected || undefined}>
              <th className="prop" scope="row">
                <Link to={select(p.propertyId)}>{p.name}</Link>
                <small>{`${formatNumberDa(p.workplaces)} arbejdspladser · ${formatNumberDa(p.grossAreaM2)} m²`}</small>
              </th>
              {p.cells.map((c, i) => (
                <Cell key={months[i] ?? i} c={c} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Legend />
    </div>
  )
}
