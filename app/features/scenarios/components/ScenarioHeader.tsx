/** The scenario's name and description, which measures to show (reloads with ?visning=), and a link to compare it. */
import { Form, href, Link } from 'react-router'
import type { Scenario } from '#db/schema'
import type { StatusFilter } from '~/core/savings'
import { statusFilterLabels } from '~/features/scenarios/labels'
import { ScenarioBadge } from './ScenarioBadge'

export function ScenarioHeader({
  scenario: s,
  title,
  view,
  compareWith,
}: {
  scenario: Pick<Scenario, 'id' | 'name' | 'description' | 'isBaseline' | 'archivedAt'>
  /** The name to show (an archived plan by its period). */
  title: string
  view: StatusFilter
  /** The scenario the compare link puts beside this one, if there is another. */
  compareWith: number | null
}) {
  const ids = compareWith === null ? [s.id] : [s.id, compareWith]
  return (
    <div className="page-header">
      <div>
        <h1>
          {title} <ScenarioBadge isBaseline={s.isBaseline === 1} archivedAt={s.archivedAt} />
        </h1>
        <p>{s.description || 'Et scenarie: tiltag og forudsætninger. Klik på et tal for at se, hvad det består af.'}</p>
      </div>
      <div className="toolbar no-print" style={{ margin: 0 }}>
        <Form method="get" className="toolbar" style={{ margin: 0 }}>
          <label htmlFor="visning">Vis</label>
          <select id="visning" name="visning" defaultValue={view} onChange={(e) => e.currentTarget.form?.requestSubmit()}>
            {Object.entries(statusFilterLabels).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
          <noscript>
            <button type="submit" className="secondary">
              Vis
            </button>
          </noscript>
        </Form>
        <Link className="button secondary" to={`${href('/scenarier/sammenlign')}?ids=${ids.join(',')}`}>
          Sammenlign
        </Link>
      </div>
    </div>
  )
}
