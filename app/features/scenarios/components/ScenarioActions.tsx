/**
 * What the committee can do with a whole scenario: copy it; refresh the decided plan from the
 * register; or make another scenario the decided plan, or delete it (both asked for confirmation).
 */
import { Form, href, Link } from 'react-router'
import type { Scenario } from '#db/schema'

function ConfirmedButton({ intent, question, className, label }: { intent: string; question: string; className?: string; label: string }) {
  return (
    <Form
      method="post"
      onSubmit={(e) => {
        if (!window.confirm(question)) e.preventDefault()
      }}
    >
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className={className}>
        {label}
      </button>
    </Form>
  )
}

export function ScenarioActions({ scenario: s }: { scenario: Pick<Scenario, 'id' | 'name' | 'isBaseline'> }) {
  return (
    <div className="card no-print">
      <h2>Handlinger</h2>
      <div className="toolbar">
        <Link className="button secondary" to={`${href('/scenarier')}?kopier=${s.id}`}>
          Kopiér til nyt scenarie
        </Link>
        {s.isBaseline ? (
          <Form method="post">
            <input type="hidden" name="intent" value="sync" />
            <button type="submit" className="secondary">
              Opdater fra registret
            </button>
          </Form>
        ) : (
          <>
            <ConfirmedButton
              intent="promote"
              question={`Gør "${s.name}" til den vedtagne plan? Den nuværende vedtagne plan gemmes som historik.`}
              label="Gør til vedtaget plan"
            />
            <ConfirmedButton intent="delete-scenario" question={`Slet scenariet "${s.name}"?`} className="danger" label="Slet scenarie" />
          </>
        )}
      </div>
    </div>
  )
}
