/**
 * The instant check of a planned relocation: room in the receiving building month by month after
 * the move, warnings (capacity, people left behind), and what else lands there.
 */
import { href, Link } from 'react-router'
import { formatDanishDate, formatDanishMonth } from '~/core/dates'
import { formatNumberDa } from '~/core/money'
import { formatFte } from '~/core/relocation-labels'
import type { CheckMonth, RelocationCheck, RelocationRow } from '~/features/relocations/types'
import { StatusBadge } from './StatusBadge'

const SHOWN_MONTHS = 24

function monthClass(m: CheckMonth): string {
  if (m.over) return 'm over'
  return m.workplaces > 0 && m.workplacesNeeded / m.workplaces > 0.9 ? 'm tight' : 'm'
}

function shortMonth(key: string): string {
  const [name, year] = formatDanishMonth(key).split(' ')
  return `${name} ${year?.slice(2)}`
}

function Verdict({ check }: { check: RelocationCheck }) {
  if (check.refusal)
    return (
      <div className="verdict refused" role="alert">
        {check.refusal}
      </div>
    )
  const over = check.months.filter((m) => m.over)
  const last = check.months.at(-1)
  if (over.length === 0) {
    return (
      <div className="verdict ok" data-testid="check-verdict">
        Der er plads i alle {check.months.length} måneder efter flytningen{last ? ` (til og med ${formatDanishMonth(last.month)})` : ''}.
      </div>
    )
  }
  return (
    <div className="verdict over" data-testid="check-verdict">
      Ikke plads i {over.length} {over.length === 1 ? 'måned' : 'måneder'}, første gang {formatDanishMonth(over[0]!.month)}.
    </div>
  )
}

/** Month by month after the move: desks needed / available, the first two years shown. */
function MonthStrip({ months }: { months: CheckMonth[] }) {
  const shown = months.slice(0, SHOWN_MONTHS)
  const rest = months.slice(SHOWN_MONTHS)
  const restOver = rest.filter((m) => m.over).length
  return (
    <>
      <div className="strip">
        {shown.map((m) => (
          <div
            key={m.month}
            className={monthClass(m)}
            title={`${formatDanishMonth(m.month)}: ${formatFte(m.headcount)} årsværk, ${formatNumberDa(m.workplacesNeeded, 1)} arbejdspladser nødvendige af ${m.workplaces}`}
          >
            {shortMonth(m.month)}
            <span>
              {formatNumberDa(Math.ceil(m.workplacesNeeded))}/{m.workplaces}
            </span>
          </div>
        ))}
      </div>
      {rest.length > 0 && (
        <p className="muted">
          Derefter {rest.length} måneder mere: {restOver === 0 ? 'ingen over kapaciteten.' : `${restOver} over kapaciteten.`}
        </p>
      )}
    </>
  )
}

/** The other relocations into the receiving building. */
function Arrivals({ arrivals }: { arrivals: RelocationRow[] }) {
  if (arrivals.length === 0) return <p className="muted">Ingen andre flytninger hertil.</p>
  return (
    <table className="plain compact">
      <thead>
        <tr>
          <th>Dato</th>
          <th>Enhed</th>
          <th>Fra</th>
          <th className="num">Årsværk</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        {arrivals.map((r) => (
          <tr key={r.id}>
            <td>{formatDanishDate(r.date)}</td>
            <td>
              <Link to={href('/flytninger/:id', { id: String(r.id) })}>{r.unitName}</Link>
            </td>
            <td>{r.fromPropertyName}</td>
            <td className="num">{formatFte(r.headcount)}</td>
            <td>
              <StatusBadge status={r.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function CapacityCheck({ check, pending }: { check: RelocationCheck | null; pending?: boolean }) {
  if (!check) {
    return (
      <div className="card check" data-testid="capacity-check">
        <h2>Kapacitetstjek</h2>
        <p className="muted">
          Vælg enhed, hvorfra, hvortil, dato og årsværk, så vises det med det samme, om der er plads i den modtagende bygning hver måned
          efter flytningen.
        </p>
      </div>
    )
  }
  return (
    <div className="card check" data-testid="capacity-check" aria-busy={pending}>
      <h2>
        <span>Kapacitet i {check.destination.name}</span>
        {pending && <span className="muted">Beregner …</span>}
      </h2>
      <Verdict check={check} />
      <p className="muted">
        Arbejdspladser nødvendige / til rådighed ({formatNumberDa(check.destination.workplaces)}) pr. måned, med de planlagte, besluttede og
        gennemførte flytninger:
      </p>
      <MonthStrip months={check.months} />
      {check.warnings.length > 0 && (
        <>
          <h3>Advarsler</h3>
          <ul className="warnings" data-testid="check-warnings">
            {check.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Det lander også i {check.destination.name}</h3>
      <Arrivals arrivals={check.arrivals} />
    </div>
  )
}
