/**
 * What the committee can do with a whole scenario: copy it (always, an archived plan too); refresh
 * the decided plan from the register (after a preview); take another scenario to the council
 * (a review page), or delete it.
 */
import { Form, href, Link } from 'react-router'
import type { Scenario } from '#db/schema'

export function ScenarioActions({ scenario: s, canEdit }: { scenario: Pick<Scenario, 'id' | 'name' | 'isBaseline'>; canEdit: boolean }) {
  const id = String(s.id)
  return (
    <div className="card no-print">
      <h2>Handlinger</h2>
      <div className="toolbar">
        <Link className="button secondary" to={`${href('/scenarier')}?kopier=${s.id}`}>
          Kopiér til nyt scenarie
        </Link>
        {canEdit && s.isBaseline === 1 && (
          <Link className="button secondary" to={href('/scenarier/:id/opdater', { id })}>
            Opdater fra registret
          </Link>
        )}
        {canEdit && s.isBaseline !== 1 && (
          <>
            <Link className="button secondary" to={href('/scenarier/:id/fremlaeg', { id })}>
              Fremlæg som vedtaget plan
            </Link>
            <Form
              method="post"
              onSubmit={(e) => {
                if (!window.confirm(`Slet scenariet "${s.name}"?`)) e.preventDefault()
              }}
            >
              <input type="hidden" name="intent" value="delete-scenario" />
              <button type="submit" className="danger">
                Slet scenarie
              </button>
            </Form>
          </>
        )}
      </div>
    </div>
  )
}
