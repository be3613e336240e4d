/** Salg: every sale in a server-paged grid, with the totals the committee follows. */
import { Link } from 'react-router'
import { useCan } from '~/ui/use-can'
import { Flash } from '~/ui/Flash'
import { dateColumn, enumColumn, moneyColumn, textColumn } from '~/ui/grid/columns'
import { ServerGrid } from '~/ui/grid/ServerGrid'
import { SalesTotalsBar } from '~/features/sales/components/SalesTotalsBar'
import type { SaleRow } from '~/features/sales/sales.repo.server'
import { salesTotals } from '~/features/sales/sales.server'
import { getDb } from '~/server/db.server'
import { saleStatusLabels } from '~/core/labels'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import salesCss from '~/features/sales/sales.css?url'
import type { Route } from './+types/salg'

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: salesCss }]

export const meta = () => [{ title: 'Salg · Kloge Kvadratmeter' }]

export async function loader() {
  return { totals: await salesTotals(await getDb()) }
}

const columns = [
  textColumn<SaleRow>('propertyName', 'Ejendom', { pinned: 'left', width: 260 }),
  textColumn<SaleRow>('propertyTown', 'By', { width: 130 }),
  enumColumn<SaleRow>('status', 'Status', saleStatusLabels, { width: 150 }),
  dateColumn<SaleRow>('designatedDate', 'Udpeget'),
  dateColumn<SaleRow>('offeringDeadline', 'Budfrist'),
  moneyColumn<SaleRow>('expectedPriceOre', 'Forventet pris'),
  moneyColumn<SaleRow>('realisedPriceOre', 'Aftalt/realiseret pris', { width: 190 }),
  moneyColumn<SaleRow>('saleCostsOre', 'Salgsomkostninger'),
  dateColumn<SaleRow>('takeoverDate', 'Overtagelsesdag', { width: 150 }),
  textColumn<SaleRow>('buyer', 'Køber', { width: 220 }),
]

export default function SalesPage({ loaderData }: Route.ComponentProps) {
  const canEdit = useCan('edit_register')
  return (
    <section className="page sales-page">
      <div className="page-header">
        <div>
          <h1>Salg</h1>
          <p>Salg af kommunens udpegede ejendomme ved offentligt udbud. Klik på en række for at se salget og registrere næste trin.</p>
        </div>
        {canEdit && (
          <Link className="button" to="/salg/ny">
            Udpeg til salg
          </Link>
        )}
      </div>
      <Flash />
      <SalesTotalsBar totals={loaderData.totals} />
      <ServerGrid<SaleRow>
        gridId="salg"
        endpoint="/api/v1/sales"
        exportHref="/salg/eksport.csv"
        excelHref="/salg/eksport.xlsx"
        columnDefs={columns}
        rowHref={(s) => `/salg/${s.id}`}
        searchLabel="Søg i ejendom, adresse og by"
        noun={['salg', 'salg']}
      />
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
