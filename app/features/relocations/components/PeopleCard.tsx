/**
 * Named people in a unit (optional). Only a viewer who may see people gets names and the form;
 * anyone else sees how many there are.
 */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from 'react-router'
import { formLabel, personFields } from '~/features/relocations/fields'
import { personSchema } from '~/features/relocations/schemas'
import type { PeopleView, PersonRow } from '~/features/relocations/types'
import { FormErrors, TextField } from '~/ui/form'

/** The form that adds a person; the page remounts it (a new key) once a person is added, which empties it. */
function PersonForm({ lastResult }: { lastResult?: SubmissionResult<string[]> | null }) {
  const [form, fields] = useForm({
    id: 'person-form',
    lastResult,
    shouldValidate: 'onBlur',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: personSchema }),
  })
  return (
    <Form method="post" {...getFormProps(form)} noValidate className="no-print people-add">
      <FormErrors errors={form.errors} />
      <input type="hidden" name="intent" value="add-person" />
      <div className="people-form">
        <TextField meta={fields.name} label={formLabel(personFields, 'name')} />
        <TextField meta={fields.title} label={formLabel(personFields, 'title')} />
        <TextField meta={fields.note} label={formLabel(personFields, 'note')} />
        <div className="field">
          <button type="submit" className="secondary">
            Tilføj medarbejder
          </button>
        </div>
      </div>
    </Form>
  )
}

function PeopleTable({ people, canEdit }: { people: PersonRow[]; canEdit: boolean }) {
  if (people.length === 0) return <p className="muted">Ingen registreret.</p>
  return (
    <table className="plain compact">
      <thead>
        <tr>
          <th>Navn</th>
          <th>Stilling</th>
          <th>Note</th>
          <th className="no-print" />
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr key={p.id}>
            <td>{p.name}</td>
            <td>{p.title}</td>
            <td>{p.note}</td>
            <td className="no-print">
              {canEdit && (
                <Form method="post">
                  <input type="hidden" name="intent" value="remove-person" />
                  <input type="hidden" name="personId" value={p.id} />
                  <button type="submit" className="danger" aria-label={`Fjern ${p.name}`}>
                    Fjern
                  </button>
                </Form>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function PeopleCard({
  view,
  lastResult,
  error,
  canEdit,
}: {
  view: PeopleView
  /** The answer to the last "Tilføj medarbejder". */
  lastResult?: SubmissionResult<string[]> | null
  /** Why the last "Fjern" was refused. */
  error?: string | null
  canEdit: boolean
}) {
  if (!view.visible) {
    return (
      <div className="card">
        <h2>Navngivne medarbejdere</h2>
        <p className="muted">{view.count === 0 ? 'Ingen' : view.count} navngivne medarbejdere. Navnene vises kun for HR.</p>
      </div>
    )
  }
  return (
    <div className="card" data-testid="people">
      <h2>
        Navngivne medarbejdere <span className="badge">Kun HR</span>
      </h2>
      <p className="muted">Valgfrit: HR kan registrere de medarbejdere, der skal følges ved en flytning. Andre brugere ser kun antallet.</p>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      <PeopleTable people={view.people} canEdit={canEdit} />
      {canEdit && <PersonForm key={view.people.length} lastResult={lastResult} />}
    </div>
  )
}
