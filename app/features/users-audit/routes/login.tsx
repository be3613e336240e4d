/** Log ind: e-mail and password; rate-limited per account and address. */
import { data, Form, redirect, useActionData, useNavigation, useSearchParams } from 'react-router'
import { authenticate } from '~/server/auth/identity.server'
import { userContext } from '~/server/auth/middleware.server'
import { createSession } from '~/server/auth/sessions.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/login'

export const meta = () => [{ title: 'Log ind · Kloge Kvadratmeter' }]

/** Only local paths, so the log-in cannot be used to send people elsewhere. */
function safeTarget(value: FormDataEntryValue | string | null): string {
  const v = typeof value === 'string' ? value : ''
  return v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/\\') ? v : '/'
}

export async function loader({ context, request }: Route.LoaderArgs) {
  if (context.get(userContext)) throw redirect(safeTarget(new URL(request.url).searchParams.get('til')))
  return null
}

/** The client address as the server saw it (behind a proxy: its first X-Forwarded-For). */
function addressOf(request: Request): string {
  return request.headers.get('X-Forwarded-For')?.split(',')[0]?.trim() || request.headers.get('X-Real-IP') || 'lokal'
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  const email = String(form.get('email') ?? '').trim()
  const password = String(form.get('password') ?? '')
  const fieldErrors: Record<string, string> = {}
  if (!email) fieldErrors.email = 'Skriv din e-mail'
  if (!password) fieldErrors.password = 'Skriv din adgangskode'
  if (Object.keys(fieldErrors).length) return data({ email, message: null, fieldErrors }, { status: 400 })
  const db = await getDb()
  const outcome = await authenticate(db, email, password, addressOf(request))
  if (!outcome.ok) return data({ email, message: outcome.message, fieldErrors }, { status: 401 })
  const cookie = await createSession(db, request, outcome.user.id, addressOf(request))
  const target = outcome.user.mustChangePassword ? '/adgangskode' : safeTarget(form.get('til'))
  return redirect(target, { headers: { 'Set-Cookie': cookie } })
}

export default function LoginPage() {
  const result = useActionData<typeof action>()
  const [params] = useSearchParams()
  const navigation = useNavigation()
  return (
    <section className="page login-page">
      <div className="card">
        <h1>Log ind</h1>
        <p className="muted">Kloge Kvadratmeter: kommunens bygningsportefølje.</p>
        {result?.message && (
          <div className="alert error" role="alert">
            {result.message}
          </div>
        )}
        <Form method="post" noValidate>
          <input type="hidden" name="til" value={params.get('til') ?? '/'} />
          <div className="field">
            <label htmlFor="email">E-mail</label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              defaultValue={result?.email ?? ''}
              aria-invalid={Boolean(result?.fieldErrors.email) || undefined}
            />
            {result?.fieldErrors.email && <div className="error">{result.fieldErrors.email}</div>}
          </div>
          <div className="field" style={{ marginTop: '.75rem' }}>
            <label htmlFor="password">Adgangskode</label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              aria-invalid={Boolean(result?.fieldErrors.password) || undefined}
            />
            {result?.fieldErrors.password && <div className="error">{result.fieldErrors.password}</div>}
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
