/** Log ind: e-mail and password; each attempt is counted per account and client address before it is checked. */
import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, href, redirect, useNavigation, useSearchParams } from 'react-router'
import { loginSchema } from '~/features/users-audit/schemas'
import { outcomeFor, refusalFor } from '~/ui/action-result'
import { invalid, readIntent, refused } from '~/server/action.server'
import { clientOf } from '~/server/client.server'
import { logIn } from '~/server/auth/log-in.server'
import { userContext } from '~/server/auth/middleware.server'
import { getDb } from '~/server/db.server'
import { safeRedirectTarget } from '~/server/http'
import type { Route } from './+types/login'

export const meta = () => [{ title: 'Log ind · Kloge Kvadratmeter' }]

/** A wrong password is 401, a lock 429, a database that cannot count the attempt 503. */
const STATUS = { wrong: 401, locked: 429, unavailable: 503 } as const
const SECRET = { hideFields: ['password'] }

export async function loader({ context, request }: Route.LoaderArgs) {
  if (context.get(userContext)) throw redirect(safeRedirectTarget(new URL(request.url).searchParams.get('til'), request.url))
  return null
}

export async function action({ request, context }: Route.ActionArgs) {
  const formData = await request.formData()
  const intent = readIntent(formData, ['login'] as const)
  const submission = parseWithZod(formData, { schema: loginSchema })
  if (submission.status !== 'success') return invalid(intent, submission, SECRET)
  const { email, password, til } = submission.value
  const result = await logIn(await getDb(), request, email, password, clientOf(context).address)
  if (!result.ok)
    return refused(intent, { ok: false, reason: 'invalid', message: result.message }, submission, {
      ...SECRET,
      status: STATUS[result.reason],
    })
  const target = result.mustChangePassword ? href('/adgangskode') : safeRedirectTarget(til, request.url)
  return redirect(target, { headers: { 'Set-Cookie': result.cookie } })
}

export default function LoginPage({ actionData }: Route.ComponentProps) {
  const [params] = useSearchParams()
  const navigation = useNavigation()
  const [form, fields] = useForm({
    id: 'login',
    lastResult: outcomeFor(actionData, 'login')?.reply ?? null,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema }),
    shouldValidate: 'onSubmit',
  })
  const refusal = refusalFor(actionData, 'login')
  return (
    <section className="page login-page">
      <div className="card">
        <h1>Log ind</h1>
        <p className="muted">Kloge Kvadratmeter: kommunens bygningsportefølje.</p>
        {refusal && (
          <div className="alert error" role="alert">
            {refusal}
          </div>
        )}
        <Form method="post" {...getFormProps(form)} noValidate>
          <input type="hidden" name="til" value={params.get('til') ?? '/'} />
          <div className="field">
            <label htmlFor={fields.email.id}>E-mail</label>
            <input {...getInputProps(fields.email, { type: 'email' })} autoComplete="username" />
            {fields.email.errors && <div className="error">{fields.email.errors.join(' ')}</div>}
          </div>
          <div className="field" style={{ marginTop: '.75rem' }}>
            <label htmlFor={fields.password.id}>Adgangskode</label>
            <input {...getInputProps(fields.password, { type: 'password' })} autoComplete="current-password" />
            {fields.password.errors && <div className="error">{fields.password.errors.join(' ')}</div>}
          </div>
          <div className="form-actions">
            <button type="submit" disabled={navigation.state === 'submitting'}>
              Log ind
            </button>
          </div>
        </Form>
      </div>
    </section>
  )
}
