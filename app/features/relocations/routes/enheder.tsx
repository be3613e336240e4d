/** Enheder: organisational units with their headcount and where they sit now. */
import { href, Link } from 'react-router'
import { formatNumberDa } from '~/core/money'
import { formatFte } from '~/core/relocation-labels'
import { unitColumns } from '~/features/relocations/components/UnitsGrid'
import type { UnitGridRow } from '~/features/relocations/types'
import { ServerGrid } from '~/ui/grid/ServerGrid'
import { getUnitsPage } from '~/features/relocations/unit-views.server'
import { getDb } from '~/server/db.server'
import { Flash } from '~/ui/Flash'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import { useCan } from '~/ui/use-can'
import relocationsCss from '~/features/relocations/relocations.css?url'
import type { Route } from './+types/enheder'
import { Term } from '~/features/help/components/Term'

export const meta = () => [{ title: 'Enheder · Kloge Kvadratmeter' }]
export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: relocationsCss }]

export async function loader(_: Route.LoaderArgs) {
  return getUnitsPage(await getDb())
}

export default function UnitsPage({ loaderData }: Route.ComponentProps) {
  const { total, deskFactor } = loaderData
  const canEdit = useCan('edit_hr')
  const canSeePeople = useCan('read_people')
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Enheder</h1>
          <p>Organisatoriske enheder og eksterne brugere, hvor mange årsværk de har, og hvor de sidder nu.</p>
        </div>
        <div className="form-actions no-print">
          <a className="button secondary" href={href('/enheder/eksport.csv')} download>
            Eksportér CSV
          </a>
          {canSeePeople && (
            <a className="button secondary" href={href('/enheder/medarbejdere.csv')} download>
              Navngivne medarbejdere (CSV)
            </a>
          )}
          {canEdit && (
            <Link className="button" to={href('/enheder/ny')}>
              Ny enhed
            </Link>
          )}
        </div>
      </div>
      <Flash />
      <div className="summary">
        <span>
          <strong>{formatFte(total)}</strong> årsværk i alt
        </span>
        <span>
          <Term term="deskFactor" /> <strong>{formatNumberDa(deskFactor, 2)}</strong> (fra den vedtagne plan)
        </span>
      </div>
      <ServerGrid<UnitGridRow>
        gridId="enheder"
        endpoint={href('/api/v1/units')}
        columnDefs={unitColumns}
        rowHref={(u) => href('/enheder/:id', { id: String(u.id) })}
        searchLabel="Søg i enheder"
        noun={['enhed', 'enheder']}
      />
      <p className="muted">* Beregnet som årsværk × deleskrivebordsfaktor; en enhed kan angive sit eget behov.</p>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
