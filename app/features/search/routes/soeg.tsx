/** Søg: the global search. The header's box reads this route's data as you type; without script it is a page. */
import { Link } from 'react-router'
import { getDb } from '~/server/db.server'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import { searchEverything } from '../search.server'
import type { Route } from './+types/soeg'

export const meta = () => [{ title: 'Søg · Kloge Kvadratmeter' }]

export async function loader({ request }: Route.LoaderArgs) {
  return searchEverything(await getDb(), new URL(request.url).searchParams.get('q') ?? '')
}

export default function SearchPage({ loaderData }: Route.ComponentProps) {
  const { query, hits } = loaderData
  return (
    <section className="page">
      <h1>Søg</h1>
      <form method="get" role="search" className="toolbar">
        <label htmlFor="soeg-side" className="visually-hidden">
          Søg efter ejendomme, lejemål, enheder, salg og scenarier
        </label>
        <input id="soeg-side" type="search" name="q" defaultValue={query} placeholder="Søg …" />
        <button type="submit">Søg</button>
      </form>
      {query && hits.length === 0 && <p className="muted">Intet fundet for »{query}«.</p>}
      {hits.length > 0 && (
        <ul className="search-results">
          {hits.map((h) => (
            <li key={h.href}>
              <span className="badge">{h.kindLabel}</span> <Link to={h.href}>{h.title}</Link>
              {h.detail && <span className="muted"> · {h.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
