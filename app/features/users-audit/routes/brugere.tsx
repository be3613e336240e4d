/** Brugere (admin): users and roles; new users get a one-time password shown once. */
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, href, redirect } from 'react-router'
import type { FieldDef } from '~/core/fields'
import { pendingFor, UserRow } from '~/features/users-audit/components/UserRow'
import { userFields } from '~/features/users-audit/fields'
import { newUserSchema, passwordResetSchema, userUpdateSchema } from '~/features/users-audit/schemas'
import { createUser, getUsersPage, resetPassword, updateUser } from '~/features/users-audit/users.server'
import { type ActionOutcome, outcomeFor } from '~/ui/action-result'
import { Flash } from '~/ui/Flash'
import { FormErrors, RegistryFields } from '~/ui/form'
import { done, invalid, readIntent, refused } from '~/server/action.server'
import { userContext } from '~/server/auth/middleware.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/brugere'

export const meta = () => [{ title: 'Brugere · Kloge Kvadratmeter' }]

/** A one-time password is shown once, on the answer itself: never in a URL or a flash message. */
type WithPassword = ActionOutcome & { oneTimePassword: string }

const newUserFields = userFields.filter((f) => ['email', 'name', 'role'].includes(f.key)) as readonly FieldDef<never>[]

export async function loader() {
  return getUsersPage(await getDb())
}

export async function action({ request, context }: Route.ActionArgs) {
  const me = context.get(userContext)!
  const formData = await request.formData()
  const intent = readIntent(formData, ['create', 'update', 'reset'] as const)
  const db = await getDb()
  if (intent === 'create') {
    const submission = parseWithZod(formData, { schema: newUserSchema })
    if (submission.status !== 'success') return invalid(intent, submission)
    const r = await createUser(db, submission.value)
    if (!r.ok) return refused(intent, r, submission)
    const message = `Brugeren ${submission.value.email.trim().toLowerCase()} er oprettet.`
    return {
      ...done(intent, message),
      reply: submission.reply({ resetForm: true }),
      oneTimePassword: r.value.password,
    } satisfies WithPassword
  }
  if (intent === 'update') {
    const submission = parseWithZod(formData, { schema: userUpdateSchema })
    if (submission.status !== 'success') return invalid(intent, submission)
    const r = await updateUser(db, me.id, submission.value)
    if (!r.ok) return refused(intent, r, submission)
    // Someone who just gave up their own admin role can no longer see this page.
    const stays = submission.value.userId !== me.id || (submission.value.role === 'admin' && submission.value.active === 1)
    return redirect(`${stays ? href('/brugere') : href('/')}?besked=gemt`)
  }
  const submission = parseWithZod(formData, { schema: passwordResetSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const r = await resetPassword(db, submission.value.userId)
  if (!r.ok) return refused(intent, r)
  return { ...done(intent), oneTimePassword: r.value.password } satisfies WithPassword
}

function oneTimePassword(outcome: ActionOutcome | null): string | null {
  return outcome?.ok && 'oneTimePassword' in outcome ? String(outcome.oneTimePassword) : null
}

/** The refusal of a row's change, unless it is the question asked beside the row itself. */
function updateRefusal(actionData: unknown): string | null {
  const outcome = outcomeFor(actionData, 'update')
  if (!outcome || outcome.ok || outcome.reply?.error?.bekraeft) return null
  return outcome.message ?? 'Ugyldige oplysninger om brugeren.'
}

export default function UsersPage({ loaderData, actionData }: Route.ComponentProps) {
  const created = outcomeFor(actionData, 'create')
  const reset = outcomeFor(actionData, 'reset')
  const [form, fields] = useForm({
    id: 'new-user',
    lastResult: created?.reply ?? null,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newUserSchema }),
    shouldValidate: 'onBlur',
  })
  const createdPassword = oneTimePassword(created)
  const resetPasswordText = oneTimePassword(reset)
  const error = updateRefusal(actionData) ?? (reset && !reset.ok ? reset.message : null)
  return (
    <section className="page">
      <h1>Brugere</h1>
      <Flash />
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      {createdPassword && (
        <div className="alert success" role="status">
          {created?.message} Engangsadgangskode: <strong data-testid="one-time-password">{createdPassword}</strong> (vises kun nu; skal
          skiftes ved første log-ind).
        </div>
      )}
      {resetPasswordText && (
        <div className="alert success" role="status">
          Ny engangsadgangskode: <strong>{resetPasswordText}</strong> (vises kun nu).
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
              <UserRow key={u.id} user={u} pending={pendingFor(outcomeFor(actionData, 'update'), u.id)} />
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
            <RegistryFields fields={newUserFields} metas={fields} />
          </div>
          <div className="form-actions">
            <button type="submit">Opret bruger</button>
          </div>
        </Form>
      </div>
    </section>
  )
}
