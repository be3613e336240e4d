/** Skift adgangskode: required at first log-in with a one-time password; other sessions end. */
import { getFormProps, getInputProps, useForm, type FieldMetadata } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, href, redirect } from 'react-router'
import { passwordChangeSchema } from '~/features/users-audit/schemas'
import { changeOwnPassword } from '~/features/users-audit/users.server'
import { outcomeFor, refusalFor } from '~/ui/action-result'
import { invalid, readIntent, refused } from '~/server/action.server'
import { userContext } from '~/server/auth/middleware.server'
import { clientOf } from '~/server/client.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/adgangskode'

export const meta = () => [{ title: 'Skift adgangskode · Kloge Kvadratmeter' }]

const SECRET = { hideFields: ['current', 'password', 'repeat'] }

export function loader({ context }: Route.LoaderArgs) {
  const user = context.get(userContext)!
  return { mustChange: user.mustChangePassword }
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = context.get(userContext)!
  const formData = await request.formData()
  const intent = readIntent(formData, ['save'] as const)
  const submission = parseWithZod(formData, { schema: passwordChangeSchema })
  if (submission.status !== 'success') return invalid(intent, submission, SECRET)
  const who = { userId: user.id, sessionId: user.sessionId, address: clientOf(context).address }
  const result = await changeOwnPassword(await getDb(), who, submission.value.current, submission.value.password)
  if (!result.ok) return refused(intent, result, submission, SECRET)
  return redirect(`${href('/')}?besked=gemt`)
}

function PasswordField({ meta, label, autoComplete }: { meta: FieldMetadata<string>; label: string; autoComplete: string }) {
  return (
    <div className="field" style={{ marginTop: '.75rem' }}>
      <label htmlFor={meta.id}>{label}</label>
      <input {...getInputProps(meta, { type: 'password' })} autoComplete={autoComplete} />
      {meta.errors && <div className="error">{meta.errors.join(' ')}</div>}
    </div>
  )
}

export default function ChangePassword({ loaderData, actionData }: Route.ComponentProps) {
  const outcome = outcomeFor(actionData, 'save')
  const [form, fields] = useForm({
    id: 'password',
    lastResult: outcome?.reply ?? null,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: passwordChangeSchema }),
    shouldValidate: 'onSubmit',
  })
  // Field messages sit beside their fields; only a refusal without one (a lock, a busy database) goes on top.
  const hasFieldMessage = Object.entries(outcome?.reply?.error ?? {}).some(([name, messages]) => name !== '' && messages?.length)
  const topMessage = hasFieldMessage ? null : refusalFor(actionData, 'save')
  return (
    <section className="page login-page">
      <div className="card">
        <h1>Skift adgangskode</h1>
        {loaderData.mustChange && (
          <div className="alert info">Du er logget ind med en engangsadgangskode. Vælg din egen, før du fortsætter.</div>
        )}
        {topMessage && (
          <div className="alert error" role="alert">
            {topMessage}
          </div>
        )}
        <Form method="post" {...getFormProps(form)} noValidate>
          <input type="hidden" name="intent" value="save" />
          <PasswordField meta={fields.current} label="Nuværende adgangskode" autoComplete="current-password" />
          <PasswordField meta={fields.password} label="Ny adgangskode (mindst 12 tegn)" autoComplete="new-password" />
          <PasswordField meta={fields.repeat} label="Gentag ny adgangskode" autoComplete="new-password" />
          <div className="form-actions">
            <button type="submit">Gem ny adgangskode</button>
          </div>
        </Form>
      </div>
    </section>
  )
}
