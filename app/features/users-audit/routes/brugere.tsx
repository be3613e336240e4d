/** Brugere (admin): users and roles; new users get a one-time password shown once. */
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, Form, useActionData } from 'react-router'
import { roleLabels } from '~/core/roles'
import { FormErrors, SelectField, TextField } from '~/ui/form'
import { newUserSchema, userUpdateSchema } from '~/features/users-audit/schemas'
import { createUser, listUsers, resetPassword, updateUser } from '~/features/users-audit/users.server'
import { getDb } from '~/server/db.server'
import { failedReply, invalidReply } from '~/ui/submission'
import type { Route } from './+types/brugere'

export const meta = () => [{ title: 'Brugere · Kloge Kvadratmeter' }]

export async function loader() {
  return { users: await listUsers(await getDb()) }
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  const db = await getDb()
  const intent = form.get('intent')
  if (intent === 'create') {
    const submission = parseWithZod(form, { schema: newUserSchema })
    if (submission.status !== 'success') return invalidReply(submission)
    const r = await createUser(db, submission.value)
    if (!r.ok) return failedReply(submission, r)
    return { result: submission.reply({ resetForm: true }), created: { email: submission.value.email, password: r.value.password } }
  }
  if (intent === 'update') {
    const submission = parseWithZod(form, { schema: userUpdateSchema })
    if (submission.status !== 'success') return data({ error: 'Ugyldige oplysninger om brugeren.' }, { status: 400 })
    const { userId, version, ...values } = submission.value
    const r = await updateUser(db, userId, version, values)
    return r.ok ? { saved: true } : data({ error: r.message }, { status: 409 })
  }
  if (intent === 'reset') {
    const r = await resetPassword(db, Number(form.get('userId')))
    return r.ok ? { reset: { id: r.value.id, password: r.value.password } } : data({ error: r.message }, { status: 404 })
  }
  return data({ error: 'Ukendt handling' }, { status: 400 })
}

const roleOptions = Object.entries(roleLabels).map(([value, label]) => ({ value, label }))

export default function UsersPage({ loaderData }: Route.ComponentProps) {
  const actionData = useActionData<typeof action>()
  const [form, fields] = useForm({
    id: 'new-user',
    lastResult: actionData && 'result' in actionData ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newUserSchema }),
    shouldValidate: 'onBlur',
  })
  const created = actionData && 'created' in actionData ? actionData.created : null
  const reset = actionData && 'reset' in actionData ? actionData.reset : null
  const error = actionData && 'error' in actionData ? actionData.error : null
  return (
    <section className="page">
      <h1>Brugere</h1>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      {created && (
        <div className="alert success" role="status">
          Brugeren {created.email} er oprettet. Engangsadgangskode: <strong data-testid="one-time-password">{created.password}</strong>{' '}
          (vises kun nu; skal skiftes ved første log-ind).
        </div>
      )}
      {reset && (
        <div className="alert success" role="status">
          Ny engangsadgangskode: <strong>{reset.password}</strong> (vises kun nu).
        </div>
      )}
      <div className="card">
        <table className="plain compact" aria-label="Brugere">
          <thead>
            <tr>
              <th>E-mail</th>
              <th>Navn</th>
              <th>Rolle</th>
              <th>Aktiv</th>
              <th />
              <th />
            </tr>
          </thead>
          <tbody>
            {loaderData.users.map((u) => (
              <tr key={u.id}>
                <td>{u.email}</td>
                <td colSpan={4}>
                  <Form method="post" className="toolbar" style={{ margin: 0 }}>
                    <input type="hidden" name="intent" value="update" />
                    <input type="hidden" name="userId" value={u.id} />
                    <input type="hidden" name="version" value={u.version} />
                    <input name="name" defaultValue={u.name} aria-label={`Navn for ${u.email}`} />
                    <select name="role" defaultValue={u.role} aria-label={`Rolle for ${u.email}`}>
                      {roleOptions.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                    <label>
                      <input type="checkbox" name="active" defaultChecked={u.active === 1} /> Aktiv
                    </label>
                    <button type="submit" className="secondary">
                      Gem
                    </button>
                  </Form>
                </td>
                <td>
                  <Form method="post" style={{ margin: 0 }}>
                    <input type="hidden" name="intent" value="reset" />
                    <input type="hidden" name="userId" value={u.id} />
                    <button type="submit" className="secondary">
                      Ny adgangskode
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card">
        <h2>Ny bruger</h2>
        <Form method="post" {...getFormProps(form)} noValidate>
          <input type="hidden" name="intent" value="create" />
          <FormErrors errors={form.errors} />
          <div className="form-grid">
            <TextField meta={fields.email} label="E-mail" />
            <TextField meta={fields.name} label="Navn" />
            <SelectField meta={fields.role} label="Rolle" options={roleOptions} />
          </div>
          <div className="form-actions">
            <button type="submit">Opret bruger</button>
          </div>
        </Form>
      </div>
    </section>
  )
}
