/** Enheder: organisational units with their headcount and where they sit now. */
import { Form, Link } from 'react-router'
import { useCan } from '~/ui/use-can'
import { Flash } from '~/ui/Flash'
import { Sites } from '~/features/relocations/components/Sites'
import { formatNumberDa } from '~/core/money'
import { formOptions, listUnitOverview } from '~/features/relocations/unit-views.server'
import { getDb } from '~/server/db.server'
import { formatFte } from '~/core/relocation-labels'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import relocationsCss from '~/features/relocations/relocations.css?url'
import type { Route } from './+types/enheder'

export const meta = () => [{ title: 'Enheder · Kloge Kvadratmeter' }]
export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: relocationsCss }]

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const q = (url.searchParams.get('q') ?? '').slice(0, 100)
  const propertyId = Number(url.searchParams.get('ejendom')) || undefined
  const db = await getDb()
  const [list, options] = await Promise.all([listUnitOverview(db, { q, propertyId }), formOptions(db)])
  return { ...list, q, propertyId: propertyId ?? null, properties: options.properties }
}

export default function UnitsPage({ loaderData }: Route.ComponentProps) {
  const { rows, total, deskFactor, q, propertyId, properties } = loaderData
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
          <a className="button secondary" href="/enheder/eksport.csv" download>
            Eksportér CSV
          </a>
          {canSeePeople && (
            <a className="button secondary" href="/enheder/medarbejdere.csv" download>
              Navngivne medarbejdere (CSV)
            </a>
          )}
          {canEdit && (
            <Link className="button" to="/enheder/ny">
              Ny enhed
            </Link>
          )}
        </div>
      </div>
      <Flash />
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
      <div className="summary">
        <span>
          <strong>{rows.length}</strong> {rows.length === 1 ? 'enhed' : 'enheder'}
        </span>
        <span>
          <strong>{formatFte(total)}</strong> årsværk
        </span>
        <span>
          Deleskrivebordsfaktor <strong>{formatNumberDa(deskFactor, 2)}</strong> (fra den vedtagne plan)
        </span>
      </div>
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
                <Link to={`/enheder/${u.id}`}>{u.name}</Link>
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
                  <Link to={`/flytninger?enhed=${u.id}`}>
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
      {rows.length === 0 && <p className="muted">Ingen enheder matcher.</p>}
      <p className="muted">* Beregnet som årsværk × deleskrivebordsfaktor; en enhed kan angive sit eget behov.</p>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
