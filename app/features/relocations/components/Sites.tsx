/** Where a unit sits: one line per property with its FTE there. */
import { href, Link } from 'react-router'
import { formatFte } from '~/core/relocation-labels'

export function Sites({ sites, showFte }: { sites: { propertyId: number; propertyName: string; headcount: number }[]; showFte: boolean }) {
  return (
    <ul className="sites">
      {sites.map((s) => (
        <li key={s.propertyId}>
          <Link to={`${href('/kapacitet')}?ejendom=${s.propertyId}`}>{s.propertyName}</Link>
          {showFte && <span className="fte"> ({formatFte(s.headcount)} årsværk)</span>}
        </li>
      ))}
    </ul>
  )
}
