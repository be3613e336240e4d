/** The deadlines page's table: date, what happens, the lease or property, what it leads to, the yearly amount. */
import { Link } from 'react-router'
import { formatDanishDate } from '~/core/dates'
import { formatOre } from '~/core/money'
import type { Deadline, DeadlineKind } from '~/features/leases/types'

const KIND_LABELS: Record<DeadlineKind, string> = {
  notice_deadline: 'Frist for opsigelse',
  lease_end: 'Lejemål ophører',
  takeover: 'Overtagelsesdag (salg)',
}

/** Notice deadlines within 60 days of today get a "om N dage" badge. */
export function DeadlinesTable({ deadlines, today }: { deadlines: Deadline[]; today: string }) {
  if (deadlines.length === 0) return <p className="muted">Ingen frister i perioden.</p>
  return (
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
  )
}
