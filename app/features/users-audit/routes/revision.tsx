/** Revisionsspor (admin): every create, update and delete, log-ins included, filtered, with CSV export. */
import { Form, href, Link } from 'react-router'
import { formatDanishDate } from '~/core/dates'
import { formatNumberDa } from '~/core/money'
import { AuditTable } from '~/features/users-audit/components/AuditTable'
import { getAuditPage } from '~/features/users-audit/audit.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/revision'

export const meta = () => [{ title: 'Revisionsspor · Kloge Kvadratmeter' }]

export async function loader({ request }: Route.LoaderArgs) {
  return getAuditPage(await getDb(), new URL(request.url).searchParams)
}

export default function AuditPage({ loaderData }: Route.ComponentProps) {
  const { rows, total, page, pageSize, entities, filter, query } = loaderData
  const next = new URLSearchParams(query)
  next.set('side', String(page + 1))
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Revisionsspor</h1>
          <p>Hvem der har oprettet, ændret og slettet hvad, og hvornår. {formatNumberDa(total)} hændelser.</p>
        </div>
        <a className="button secondary" href={`${href('/revision/eksport.csv')}?${query}`} download>
          Eksportér CSV
        </a>
      </div>
      <Form method="get" className="toolbar card">
        <label>
          Post{' '}
          <select name="post" defaultValue={filter.entity ?? ''}>
            <option value="">Alle</option>
            {entities.map((e) => (
              <option key={e.value} value={e.value}>
                {e.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Id <input name="id" defaultValue={filter.entityId ?? ''} size={6} />
        </label>
        <label>
          Bruger (e-mail) <input name="bruger" defaultValue={filter.user ?? ''} />
        </label>
        <label>
          Fra <input name="fra" defaultValue={filter.from ? formatDanishDate(filter.from) : ''} placeholder="dd.mm.åååå" size={11} />
        </label>
        <label>
          Til <input name="til" defaultValue={filter.to ? formatDanishDate(filter.to) : ''} placeholder="dd.mm.åååå" size={11} />
        </label>
        <button type="submit" className="secondary">
          Filtrér
        </button>
      </Form>
      <div className="card">
        <AuditTable entries={rows} />
      </div>
      {page * pageSize < total && <Link to={`${href('/revision')}?${next.toString()}`}>Næste side</Link>}
    </section>
  )
}
