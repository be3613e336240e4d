/** Frister: notice deadlines, lease ends and sale takeovers in the coming months. */
import { Form, Link } from 'react-router'
import { formatDanishDate, parseDanishDate, todayIso } from '~/core/dates'
import { formatOre } from '~/core/money'
import { listDeadlines, type DeadlineKind } from '~/features/leases/deadlines.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/frister'

export const meta = () => [{ title: 'Frister · Kloge Kvadratmeter' }]

const KIND_LABELS: Record<DeadlineKind, string> = {
  notice_deadline: 'Frist for opsigelse',
  lease_end: 'Lejemål ophører',
  takeover: 'Overtagelsesdag (salg)',
}

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const from = parseDanishDate(url.searchParams.get('fra') ?? '') ?? todayIso()
  const months = Math.min(Math.max(Number(url.searchParams.get('maaneder')) || 12, 1), 120)
  return { from, months, today: todayIso(), deadlines: await listDeadlines(await getDb(), from, months) }
}

export default function DeadlinesPage({ loaderData }: Route.ComponentProps) {
  const { from, months, deadlines, today } = loaderData
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Frister</h1>
          <p>
            Kritiske datoer fra {formatDanishDate(from)} og {months} måneder frem: hvornår der senest skal opsiges, hvornår lejemål ophører,
            og hvornår solgte ejendomme overtages.
          </p>
        </div>
      </div>
      <Form method="get" className="toolbar">
        <label>
          Fra <input name="fra" defaultValue={formatDanishDate(from)} placeholder="dd.mm.åååå" size={11} />
        </label>
        <label>
          Måneder <input name="maaneder" defaultValue={months} inputMode="numeric" size={4} />
        </label>
        <button type="submit" className="secondary">
          Vis
        </button>
      </Form>
      {deadlines.length === 0 ? (
        <p className="muted">Ingen frister i perioden.</p>
      ) : (
        <table className="plain">
          <thead>
            <tr>
              <th>Dato</th>
              <th>Hvad</th>
              <th>Lejemål / ejendom</th>
              <th>Fører til</th>
              <th className="num">Årligt beløb / pris</th>
            </tr>
          </thead>
          <tbody>
            {deadlines.map((d) => {
              const days = Math.round((Date.parse(d.date) - Date.parse(today)) / 86_400_000)
              return (
                <tr key={`${d.kind}-${d.href}-${d.date}`}>
                  <td>
                    {formatDanishDate(d.date)}{' '}
                    {d.kind === 'notice_deadline' && days >= 0 && days <= 60 && <span className="badge soon">om {days} dage</span>}
                  </td>
                  <td>{KIND_LABELS[d.kind]}</td>
                  <td>
                    <Link to={d.href}>{d.title}</Link>
                  </td>
                  <td>{d.leadsTo ? `ophør ${formatDanishDate(d.leadsTo)}` : ''}</td>
                  <td className="num">{d.annualAmountOre == null ? '' : formatOre(d.annualAmountOre)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
