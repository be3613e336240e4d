/** Revisionsspor (admin): every create, update and delete, filtered, with CSV export. */
import { Form, Link } from 'react-router'
import { History } from '~/ui/History'
import { formatDanishDate } from '~/core/dates'
import { formatNumberDa } from '~/core/money'
import { auditFilterFrom, listAudit, listAuditEntities } from '~/features/users-audit/audit.repo.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/revision'

export const meta = () => [{ title: 'Revisionsspor · Kloge Kvadratmeter' }]

export async function loader({ request }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams
  const page = Math.max(1, Number(params.get('side')) || 1)
  const filter = auditFilterFrom(params)
  const db = await getDb()
  const [{ rows, total }, entities] = await Promise.all([
    listAudit(db, { ...filter, limit: 100, offset: (page - 1) * 100 }),
    listAuditEntities(db),
  ])
  return { rows, total, page, entities, filter, query: params.toString() }
}

export default function AuditPage({ loaderData }: Route.ComponentProps) {
  const { rows, total, page, entities, filter, query } = loaderData
  const next = new URLSearchParams(query)
  next.set('side', String(page + 1))
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Revisionsspor</h1>
          <p>Hvem der har oprettet, ændret og slettet hvad, og hvornår. {formatNumberDa(total)} hændelser.</p>
        </div>
        <a className="button secondary" href={`/revision/eksport.csv?${query}`} download>
          Eksportér CSV
        </a>
      </div>
      <Form method="get" className="toolbar card">
        <label>
          Post{' '}
          <select name="post" defaultValue={filter.entity ?? ''}>
            <option value="">Alle</option>
            {entities.map((e) => (
              <option key={e} value={e}>
                {e}
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
        <History entries={rows} showRecord />
      </div>
      {page * 100 < total && <Link to={`/revision?${next.toString()}`}>Næste side</Link>}
    </section>
  )
}
