/** Salg: every sale in a server-paged grid, with the totals the committee follows. */
import { href, Link } from 'react-router'
import { useCan } from '~/ui/use-can'
import { Flash } from '~/ui/Flash'
import { gridColumnsOf } from '~/ui/grid/columns'
import { ServerGrid } from '~/ui/grid/ServerGrid'
import { SalesTotalsBar } from '~/features/sales/components/SalesTotalsBar'
import { saleRowFields } from '~/features/sales/fields'
import { salesTotals } from '~/features/sales/sales.server'
import type { SaleRow } from '~/features/sales/types'
import { getDb } from '~/server/db.server'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import salesCss from '~/features/sales/sales.css?url'
import type { Route } from './+types/salg'

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: salesCss }]

export const meta = () => [{ title: 'Salg · Kloge Kvadratmeter' }]

export async function loader() {
  return { totals: await salesTotals(await getDb()) }
}

const columns = gridColumnsOf<SaleRow>(saleRowFields)

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
          <Link className="button" to={href('/salg/ny')}>
            Udpeg til salg
          </Link>
        )}
      </div>
      <Flash />
      <SalesTotalsBar totals={loaderData.totals} />
      <ServerGrid<SaleRow>
        gridId="salg"
        endpoint={href('/api/v1/sales')}
        exportHref={href('/salg/eksport.csv')}
        excelHref={href('/salg/eksport.xlsx')}
        columnDefs={columns}
        rowHref={(s) => href('/salg/:id', { id: String(s.id) })}
        searchLabel="Søg i ejendom, adresse og by"
        noun={['salg', 'salg']}
      />
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
