/** Every scenario with its figures; ticked ones are compared side by side. */
import { Suspense } from 'react'
import { Await, Form, href, Link } from 'react-router'
import { danishDateOf, formatDanishDate } from '~/core/dates'
import { Money, formatKroner } from '~/core/money'
import { conflictCount } from '~/features/scenarios/chart-scale'
import type { ScenarioListFigures, ScenarioListHead } from '~/features/scenarios/types'
import { ScenarioBadge } from './ScenarioBadge'

const kr = (value: string) => formatKroner(new Money(value), { decimals: 0 })

/** Three cells of one row, the same shape whether computed, on their way or failed. */
function FigureCells({ figures }: { figures: ScenarioListFigures | undefined | 'pending' | 'failed' }) {
  if (figures === 'pending' || figures === 'failed' || figures === undefined) {
    const text = figures === 'pending' ? 'Beregner …' : '–'
    return (
      <>
        <td className="num muted" aria-busy={figures === 'pending'}>
          {text}
        </td>
        <td className="num muted">{text}</td>
        <td className="num muted">{text}</td>
      </>
    )
  }
  return (
    <>
      <td className="num">{kr(figures.fullYearEffect)}</td>
      <td className="num">{kr(figures.gap)}</td>
      <td className="num">{conflictCount(figures.conflicts)}</td>
    </>
  )
}

export function ScenarioTable({
  scenarios,
  figures,
}: {
  scenarios: ScenarioListHead[]
  /** Streamed: the names show at once, the figures when computed. */
  figures: Promise<Record<number, ScenarioListFigures>>
}) {
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
              <Suspense fallback={<FigureCells figures="pending" />}>
                <Await resolve={figures} errorElement={<FigureCells figures="failed" />}>
                  {(all) => <FigureCells figures={all[s.id]} />}
                </Await>
              </Suspense>
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
