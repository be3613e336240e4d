/** Beslutninger: every promotion with the council's reference, the decision date and who promoted it. */
import { href, Link, useSearchParams } from 'react-router'
import { danishDateOf, formatDanishDate } from '~/core/dates'
import { listDecisions } from '~/features/scenarios/promotion.server'
import { getDb } from '~/server/db.server'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import type { Route } from './+types/scenarier.beslutninger'

export const meta = () => [{ title: 'Beslutninger · Kloge Kvadratmeter' }]

export async function loader() {
  return { decisions: await listDecisions(await getDb()) }
}

export default function DecisionLogPage({ loaderData }: Route.ComponentProps) {
  const { decisions } = loaderData
  const [params] = useSearchParams()
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/scenarier')}>Scenarier</Link> › Beslutninger
      </div>
      <h1>Beslutninger</h1>
      <p>Hver gang et scenarie er gjort til vedtaget plan: kommunalbestyrelsens sag, beslutningsdatoen og hvem der registrerede den.</p>
      {params.get('besked') === 'vedtaget' && (
        <div className="alert success" role="status">
          Beslutningen er registreret, og scenariet er nu den vedtagne plan.
        </div>
      )}
      {decisions.length === 0 ? (
        <p className="muted">Ingen scenarier er endnu gjort til vedtaget plan med en beslutning.</p>
      ) : (
        <table className="plain" aria-label="Beslutninger" data-testid="decision-log">
          <thead>
            <tr>
              <th>Beslutningsdato</th>
              <th>Sagsnummer</th>
              <th>Plan</th>
              <th>Registreret af</th>
              <th>Registreret</th>
              <th>Gælder</th>
            </tr>
          </thead>
          <tbody>
            {decisions.map((d) => (
              <tr key={d.id}>
                <td>{formatDanishDate(d.decisionDate)}</td>
                <td>{d.caseReference}</td>
                <td>
                  <Link to={href('/scenarier/:id', { id: String(d.id) })}>{d.title}</Link>
                  {d.title !== d.name && <div className="muted">scenariet {d.name}</div>}
                </td>
                <td>{d.promotedBy}</td>
                <td>{formatDanishDate(danishDateOf(d.promotedAt))}</td>
                <td>{d.current ? 'Gældende plan' : `Erstattet ${formatDanishDate(danishDateOf(d.archivedAt!))}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
