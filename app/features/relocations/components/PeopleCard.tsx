/**
 * Named people in a unit (optional). Only a viewer who may see people gets names and the form;
 * anyone else sees how many there are.
 */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from 'react-router'
import { personSchema } from '~/features/relocations/schemas/person'
import type { PeopleView } from '~/features/relocations/people.server'
import { FormErrors, TextField } from '~/ui/form'

export function PeopleCard({
  view,
  lastResult,
  error,
  canEdit,
}: {
  view: PeopleView
  lastResult?: SubmissionResult<string[]> | null
  error?: string | null
  canEdit: boolean
}) {
  const [form, fields] = useForm({
    id: 'person-form',
    lastResult,
    shouldValidate: 'onBlur',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: personSchema }),
  })
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
      {view.people.length === 0 ? (
        <p className="muted">Ingen registreret.</p>
      ) : (
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
            {view.people.map((p) => (
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
      )}
      {canEdit && (
        <Form method="post" {...getFormProps(form)} noValidate className="no-print people-add">
          <FormErrors errors={form.errors} />
          <input type="hidden" name="intent" value="add-person" />
          <div className="people-form">
            <TextField meta={fields.name} label="Medarbejderens navn" />
            <TextField meta={fields.title} label="Stilling" />
            <TextField meta={fields.note} label="Note om medarbejderen" />
            <div className="field">
              <button type="submit" className="secondary">
                Tilføj medarbejder
              </button>
            </div>
          </div>
        </Form>
      )}
    </div>
  )
}
