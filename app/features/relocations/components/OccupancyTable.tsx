/**
 * Occupancy per property per month: each cell shows the workplaces needed (årsværk × the desk
 * factor, or the units' own need), the same unit as the building's capacity beside the name, with
 * the årsværk below it; coloured by how full the building is.
 */
import { Link, useSearchParams } from 'react-router'
import { formatDanishMonth } from '~/core/dates'
import { formatNumberDa } from '~/core/money'
import type { OccupancyMonth, PropertyOccupancy } from '~/core/savings'
import { formatFte } from '~/core/relocation-labels'

/** A property row; `goneFrom` is the first day its lease has ended or its buyer has taken over. */
type Row = PropertyOccupancy & { goneFrom: string | null }

const isLate = (m: OccupancyMonth, goneFrom: string | null) => m.headcount > 0 && goneFrom !== null && m.month >= goneFrom.slice(0, 7)

function cellClass(m: OccupancyMonth, goneFrom: string | null): string {
  if (m.headcount === 0) return 'empty'
  if (m.over || isLate(m, goneFrom)) return 'over'
  return m.workplaces > 0 && m.workplacesNeeded / m.workplaces > 0.9 ? 'tight' : 'ok'
}

function cellTitle(name: string, monthName: string, m: OccupancyMonth, goneFrom: string | null): string {
  const m2 = m.m2PerFte === null ? '' : `, ${formatNumberDa(m.m2PerFte, 1)} m² pr. årsværk`
  return `${name}, ${monthName}: ${formatFte(m.headcount)} årsværk, ${formatNumberDa(m.workplacesNeeded, 1)} arbejdspladser nødvendige af ${m.workplaces}${m2}${m.over ? ' – over kapaciteten' : ''}${isLate(m, goneFrom) ? ' – stadig i bygningen, efter lejemålets ophør eller overtagelsesdagen' : ''}`
}

const oneDecimal = (n: number) => formatNumberDa(n, Number.isInteger(n) ? 0 : 1)

function NeedCell({ m }: { m: OccupancyMonth }) {
  return (
    <>
      <span className="need">{oneDecimal(m.workplacesNeeded)}</span>
      <small className="fte">{oneDecimal(m.headcount)} årsv.</small>
    </>
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
    </div>
  )
}

export function OccupancyTable({ rows, months, selected }: { rows: Row[]; months: string[]; selected?: number }) {
  const [params] = useSearchParams()
  /** The same view, with one property opened below. */
  const select = (propertyId: number) => {
    const next = new URLSearchParams(params)
    next.set('ejendom', String(propertyId))
    return `?${next}`
  }
  if (rows.length === 0) return <p className="muted">Ingen ejendomme har ansatte i perioden.</p>
  // Each month's name once, not once per cell.
  const monthNames = new Map(months.map((m) => [m, formatDanishMonth(m)]))
  return (
    <div className="occ-wrap">
      <table className="occ" data-testid="occupancy">
        <thead>
          <tr>
            <th className="prop">Ejendom (arbejdspladser i alt)</th>
            {months.map((m) => (
              <th key={m} scope="col">
                {monthNames.get(m)!.replace(' ', '\u00a0')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.propertyId} aria-selected={p.propertyId === selected || undefined}>
              <th className="prop" scope="row">
                <Link to={select(p.propertyId)}>{p.name}</Link>
                <small>
                  {formatNumberDa(p.workplaces)} arbejdspladser · {formatNumberDa(p.grossAreaM2)} m²
                </small>
              </th>
              {p.months.map((m) => (
                <td
                  key={m.month}
                  className={cellClass(m, p.goneFrom)}
                  title={cellTitle(p.name, monthNames.get(m.month) ?? formatDanishMonth(m.month), m, p.goneFrom)}
                  data-over={m.over || undefined}
                >
                  {m.headcount === 0 ? '–' : <NeedCell m={m} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Legend />
    </div>
  )
}
