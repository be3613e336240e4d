/** Lejemål: every lease, both directions, in a server-paged grid. */
import { href, Link } from 'react-router'
import { leaseFields } from '~/features/leases/fields'
import type { LeaseRow } from '~/features/leases/types'
import { Flash } from '~/ui/Flash'
import { gridColumnsOf } from '~/ui/grid/columns'
import { ServerGrid } from '~/ui/grid/ServerGrid'
import { useCan } from '~/ui/use-can'

export const meta = () => [{ title: 'Lejemål · Kloge Kvadratmeter' }]

const columns = gridColumnsOf<LeaseRow>(leaseFields)

export default function LeasesPage() {
  const canEdit = useCan('edit_register')
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Lejemål</h1>
          <p>Lejemål hvor kommunen lejer lokaler, og hvor kommunen udlejer. Ophør beregnes efter erhvervslejeloven § 64.</p>
        </div>
        <div className="toolbar" style={{ margin: 0 }}>
          <Link className="button secondary" to={href('/frister')}>
            Frister
          </Link>
          {canEdit && (
            <Link className="button" to={href('/lejemaal/ny')}>
              Nyt lejemål
            </Link>
          )}
        </div>
      </div>
      <Flash />
      <ServerGrid<LeaseRow>
        gridId="lejemaal"
        endpoint={href('/api/v1/leases')}
        exportHref={href('/lejemaal/eksport.csv')}
        excelHref={href('/lejemaal/eksport.xlsx')}
        columnDefs={columns}
        rowHref={(l) => href('/lejemaal/:id', { id: String(l.id) })}
        searchLabel="Søg i modpart og ejendom"
        noun={['lejemål', 'lejemål']}
      />
    </section>
  )
}
