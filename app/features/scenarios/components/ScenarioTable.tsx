/** Every scenario with its figures; ticked ones are compared side by side. */
import { conflictCount } from '~/features/scenarios/chart-scale'
import { Form, href, Link } from 'react-router'
import { danishDateOf, formatDanishDate } from '~/core/dates'
import { Money, formatKroner } from '~/core/money'
import type { ScenarioListRow } from '~/features/scenarios/types'
import { ScenarioBadge } from './ScenarioBadge'

const kr = (value: string) => formatKroner(new Money(value), { decimals: 0 })

export function ScenarioTable({ scenarios }: { scenarios: ScenarioListRow[] }) {
  return (
    <Form method="get" action={href('/scenarier/sammenlign')}>
      <table className="plain" aria-label="Scenarier">
        <thead>
          <tr>
            <th>Sammenlign</th>
            <th>Scenarie</th>
            <th className="num">Tiltag</th>
            <th className="num">Helårseffekt</th>
            <th className="num">Mangler til målet</th>
            <th className="num">Konflikter</th>
            <th>Ændret</th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map((s) => (
            <tr key={s.id}>
              <td>
                <input type="checkbox" name="ids" value={s.id} aria-label={`Sammenlign ${s.name}`} />
              </td>
              <td>
                <Link to={href('/scenarier/:id', { id: String(s.id) })}>{s.name}</Link>{' '}
                <ScenarioBadge isBaseline={s.isBaseline} archivedAt={s.archivedAt} />
              </td>
              <td className="num">{s.measureCount}</td>
              <td className="num">{kr(s.fullYearEffect)}</td>
              <td className="num">{kr(s.gap)}</td>
              <td className="num">{conflictCount(s.conflicts)}</td>
              <td>{formatDanishDate(danishDateOf(s.updatedAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="submit" className="secondary">
          Sammenlign valgte
        </button>
      </div>
    </Form>
  )
}
