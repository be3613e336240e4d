/** Lejemål: every lease, both directions, in a server-paged grid. */
import { Link } from 'react-router'
import { useCan } from '~/ui/use-can'
import { dateColumn, enumColumn, moneyColumn, numberColumn, textColumn } from '~/ui/grid/columns'
import { ServerGrid } from '~/ui/grid/ServerGrid'
import { Flash } from '~/ui/Flash'
import type { LeaseRow } from '~/features/leases/leases.repo.server'
import { leaseDirectionLabels, leaseStatusLabels, leaseTermsLabels } from '~/core/labels'

export const meta = () => [{ title: 'Lejemål · Kloge Kvadratmeter' }]

const columns = [
  textColumn<LeaseRow>('propertyName', 'Ejendom', { pinned: 'left', width: 230 }),
  enumColumn<LeaseRow>('direction', 'Retning', leaseDirectionLabels, { width: 160 }),
  textColumn<LeaseRow>('counterparty', 'Modpart', { width: 200 }),
  moneyColumn<LeaseRow>('annualRentOre', 'Årlig husleje'),
  moneyColumn<LeaseRow>('annualServiceOre', 'Årlig service'),
  dateColumn<LeaseRow>('startDate', 'Start'),
  numberColumn<LeaseRow>('noticeMonths', 'Varsel (mdr.)', 0, { width: 120 }),
  enumColumn<LeaseRow>('terms', 'Termin', leaseTermsLabels, { width: 170 }),
  dateColumn<LeaseRow>('nonTerminableUntil', 'Uopsigelig til', { hide: true }),
  dateColumn<LeaseRow>('noticeDate', 'Opsagt'),
  dateColumn<LeaseRow>('endDate', 'Ophør'),
  enumColumn<LeaseRow>('status', 'Status', leaseStatusLabels, { width: 120 }),
]

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
          <Link className="button secondary" to="/frister">
            Frister
          </Link>
          {canEdit && (
            <Link className="button" to="/lejemaal/ny">
              Nyt lejemål
            </Link>
          )}
        </div>
      </div>
      <Flash />
      <ServerGrid<LeaseRow>
        gridId="lejemaal"
        endpoint="/api/v1/leases"
        exportHref="/lejemaal/eksport.csv"
        excelHref="/lejemaal/eksport.xlsx"
        columnDefs={columns}
        rowHref={(l) => `/lejemaal/${l.id}`}
        searchLabel="Søg i modpart og ejendom"
        noun={['lejemål', 'lejemål']}
      />
    </section>
  )
}
