/** The units list: search and property filter; headcount, desks, where each unit sits now and its pending relocations. */
import { Form, href, Link } from 'react-router'
import { formatNumberDa } from '~/core/money'
import { formatFte } from '~/core/relocation-labels'
import type { UnitListRow } from '~/features/relocations/types'
import { Sites } from './Sites'

export function UnitsTable({ rows }: { rows: UnitListRow[] }) {
  return (
    <table className="plain" data-testid="units">
      <thead>
        <tr>
          <th>Enhed</th>
          <th>Overordnet</th>
          <th className="num">Årsværk</th>
          <th className="num">Arbejdspladser</th>
          <th>Sidder i</th>
          <th>Kontaktperson</th>
          <th>Flytninger</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((u) => (
          <tr key={u.id}>
            <td>
              <Link to={href('/enheder/:id', { id: String(u.id) })}>{u.name}</Link>
              {u.external && <span className="muted"> (ekstern bruger)</span>}
            </td>
            <td>{u.parentName ?? ''}</td>
            <td className="num">{formatFte(u.headcount)}</td>
            <td className="num" title={u.ownNeed ? 'Enhedens eget behov' : 'Årsværk × deleskrivebordsfaktor'}>
              {formatNumberDa(u.workplacesNeeded, Number.isInteger(u.workplacesNeeded) ? 0 : 1)}
              {u.ownNeed ? '' : '*'}
            </td>
            <td>
              <Sites sites={u.locations} showFte={u.locations.length > 1} />
            </td>
            <td>{u.contactPerson}</td>
            <td>
              {u.pendingMoves > 0 ? (
                <Link to={`${href('/flytninger')}?enhed=${u.id}`}>
                  {u.pendingMoves} planlagt{u.pendingMoves === 1 ? '' : 'e'}
                </Link>
              ) : (
                ''
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function UnitFilters({
  q,
  propertyId,
  properties,
}: {
  q: string
  propertyId: number | null
  properties: { id: number; name: string }[]
}) {
  return (
    <Form method="get" className="filters no-print">
      <label>
        Søg
        <input type="search" name="q" defaultValue={q} placeholder="Navn eller kontaktperson" aria-label="Søg i enheder" />
      </label>
      <label>
        Ejendom
        <select name="ejendom" defaultValue={propertyId ?? ''} aria-label="Vis enheder i ejendom">
          <option value="">Alle ejendomme</option>
          {properties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="secondary">
        Vis
      </button>
    </Form>
  )
}
