/** Frister: notice deadlines, lease ends and sale takeovers in the coming months. */
import { Form } from 'react-router'
import { formatDanishDate, parseDanishDate } from '~/core/dates'
import { DeadlinesTable } from '~/features/leases/components/DeadlinesTable'
import { pageOfDeadlines } from '~/features/leases/deadlines.server'
import { Pager } from '~/ui/Pager'
import { planningToday } from '~/features/overview/reference-date.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/frister'

export const meta = () => [{ title: 'Frister · Kloge Kvadratmeter' }]

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const db = await getDb()
  // The demo's reference date while the demo is shown (see planningToday).
  const today = await planningToday(db)
  const from = parseDanishDate(url.searchParams.get('fra') ?? '') ?? today
  const months = Math.min(Math.max(Number(url.searchParams.get('maaneder')) || 12, 1), 120)
  const page = Math.min(Number(url.searchParams.get('side')) || 1, 1_000_000)
  return { from, months, today, ...(await pageOfDeadlines(db, from, months, page)) }
}

export default function DeadlinesPage({ loaderData }: Route.ComponentProps) {
  const { from, months, deadlines, today, total, page, pageCount } = loaderData
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
      <DeadlinesTable deadlines={deadlines} today={today} />
      {total > 0 && <Pager page={page} pageCount={pageCount} total={total} noun={['frist', 'frister']} />}
    </section>
  )
}
