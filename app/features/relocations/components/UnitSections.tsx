/** The unit page's read-only parts: its header, where it sits now, its relocations, and where it has sat. */
import { href, Link } from 'react-router'
import type { Unit, UnitLocation } from '#db/schema'
import { formatDanishDate } from '~/core/dates'
import { formatFte } from '~/core/relocation-labels'
import type { CurrentLocation, RelocationRow } from '~/features/relocations/types'
import { StatusBadge } from './StatusBadge'

const relocationLink = (id: number) => href('/flytninger/:id', { id: String(id) })
const unitLink = (id: number) => href('/enheder/:id', { id: String(id) })

export function UnitLocationsCard({ locations }: { locations: CurrentLocation[] }) {
  return (
    <div className="card">
      <h2>Sidder nu</h2>
      <table className="plain compact" data-testid="unit-locations">
        <thead>
          <tr>
            <th>Ejendom</th>
            <th className="num">Årsværk</th>
            <th>Siden</th>
          </tr>
        </thead>
        <tbody>
          {locations.map((l) => (
            <tr key={l.propertyId}>
              <td>
                <Link to={`${href('/kapacitet')}?ejendom=${l.propertyId}`}>{l.propertyName}</Link>
              </td>
              <td className="num">{formatFte(l.headcount)}</td>
              <td>{l.fromDate ? formatDanishDate(l.fromDate) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function UnitRelocationsCard({ relocations }: { relocations: RelocationRow[] }) {
  return (
    <div className="card">
      <h2>Flytninger</h2>
      {relocations.length === 0 ? (
        <p className="muted">Ingen flytninger.</p>
      ) : (
        <table className="plain compact">
          <thead>
            <tr>
              <th>Dato</th>
              <th>Fra</th>
              <th>Til</th>
              <th className="num">Årsværk</th>
              <th>Status</th>
              <th>Rokade</th>
            </tr>
          </thead>
          <tbody>
            {relocations.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link to={relocationLink(r.id)}>{formatDanishDate(r.date)}</Link>
                </td>
                <td>{r.fromPropertyName}</td>
                <td>{r.toPropertyName}</td>
                <td className="num">{formatFte(r.headcount)}</td>
                <td>
                  <StatusBadge status={r.status} />
                </td>
                <td>{r.rotationName ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

export function UnitHistoryCard({
  history,
  locations,
}: {
  history: (UnitLocation & { propertyName: string })[]
  locations: CurrentLocation[]
}) {
  return (
    <div className="card">
      <h2>Historik</h2>
      <table className="plain compact history" data-testid="unit-history">
        <thead>
          <tr>
            <th>Ejendom</th>
            <th className="num">Årsværk</th>
            <th>Fra</th>
            <th>Til</th>
            <th>Årsag</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr key={h.id}>
              <td className={h.toDate === null ? 'current' : undefined}>{h.propertyName}</td>
              <td className="num">{formatFte(h.headcount)}</td>
              <td>{formatDanishDate(h.fromDate)}</td>
              <td>{h.toDate ? formatDanishDate(h.toDate) : 'nu'}</td>
              <td>{h.relocationId === null ? 'Placering' : <Link to={relocationLink(h.relocationId)}>Flytning</Link>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {history.length === 0 && (
        <p className="muted">Placeret i {locations[0]?.propertyName ?? 'registret'}; ingen flytninger registreret endnu.</p>
      )}
    </div>
  )
}

/** The unit's name, headcount, parent and sub-units, and "Planlæg flytning". */
export function UnitHeader({
  unit: u,
  parent,
  children,
  canEdit,
}: {
  unit: Unit
  parent: { id: number; name: string } | null
  children: { id: number; name: string }[]
  canEdit: boolean
}) {
  return (
    <div className="page-header">
      <div>
        <h1>{u.name}</h1>
        <p>
          {formatFte(u.headcount)} årsværk
          {parent && (
            <>
              {' '}
              · under <Link to={unitLink(parent.id)}>{parent.name}</Link>
            </>
          )}
          {u.external === 1 && ' · ekstern bruger'}
          {children.length > 0 && (
            <>
              {' '}
              · underenheder:{' '}
              {children.map((c, i) => (
                <span key={c.id}>
                  {i > 0 && ', '}
                  <Link to={unitLink(c.id)}>{c.name}</Link>
                </span>
              ))}
            </>
          )}
        </p>
      </div>
      {canEdit && (
        <Link className="button no-print" to={`${href('/flytninger/ny')}?enhed=${u.id}`}>
          Planlæg flytning
        </Link>
      )}
    </div>
  )
}
