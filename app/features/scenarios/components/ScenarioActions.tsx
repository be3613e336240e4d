/**
 * What the committee can do with a whole scenario: take the council report (PDF or Excel, as the
 * page shows it); copy it (always, an archived plan too); refresh
 * the decided plan from the register (after a preview); take another scenario to the council
 * (a review page), or delete it.
 */
import { Form, href, Link, useSearchParams } from 'react-router'
import type { Scenario } from '#db/schema'

export function ScenarioActions({ scenario: s, canEdit }: { scenario: Pick<Scenario, 'id' | 'name' | 'isBaseline'>; canEdit: boolean }) {
  const id = String(s.id)
  // The report shows the same choice of measures as the page (its "visning").
  const view = useSearchParams()[0].get('visning')
  const query = view ? `?visning=${encodeURIComponent(view)}` : ''
  return (
    <div className="card no-print">
      <h2>Handlinger</h2>
      <div className="toolbar">
        <a className="button secondary" href={`${href('/scenarier/:id/rapport.pdf', { id })}${query}`} download>
          Rapport (PDF)
        </a>
        <a className="button secondary" href={`${href('/scenarier/:id/rapport.xlsx', { id })}${query}`} download>
          Excel
        </a>
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
