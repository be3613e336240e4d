/** Skift adgangskode: required at first log-in with a one-time password; other sessions end. */
import { data, Form, redirect, useActionData } from 'react-router'
import { userContext } from '~/server/auth/middleware.server'
import { changeOwnPassword } from '~/features/users-audit/users.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/adgangskode'

export const meta = () => [{ title: 'Skift adgangskode · Kloge Kvadratmeter' }]

export function loader({ context }: Route.LoaderArgs) {
  const user = context.get(userContext)!
  return { mustChange: user.mustChangePassword }
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = context.get(userContext)!
  const form = await request.formData()
  const current = String(form.get('current') ?? '')
  const password = String(form.get('password') ?? '')
  if (password !== String(form.get('repeat') ?? '')) {
    return data(
      { message: null, fieldErrors: { repeat: ['De to nye adgangskoder er ikke ens'] } as Record<string, string[]> },
      { status: 400 },
    )
  }
  const r = await changeOwnPassword(await getDb(), user.id, user.sessionId, current, password)
  if (!r.ok) return data({ message: r.fieldErrors ? null : r.message, fieldErrors: r.fieldErrors ?? {} }, { status: 400 })
  return redirect('/?besked=gemt')
}

export default function ChangePassword({ loaderData }: Route.ComponentProps) {
  const result = useActionData<typeof action>()
  const err = (k: string) => result?.fieldErrors[k]?.join(' ')
  const field = (name: string, label: string, autoComplete: string) => (
    <div className="field" style={{ marginTop: '.75rem' }}>
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} type="password" autoComplete={autoComplete} aria-invalid={Boolean(err(name)) || undefined} />
      {err(name) && <div className="error">{err(name)}</div>}
    </div>
  )
  return (
    <section className="page login-page">
      <div className="card">
        <h1>Skift adgangskode</h1>
        {loaderData.mustChange && (
          <div className="alert info">Du er logget ind med en engangsadgangskode. Vælg din egen, før du fortsætter.</div>
        )}
        {result?.message && (
          <div className="alert error" role="alert">
            {result.message}
          </div>
        )}
        <Form method="post" noValidate>
          {field('current', 'Nuværende adgangskode', 'current-password')}
          {field('password', 'Ny adgangskode (mindst 12 tegn)', 'new-password')}
          {field('repeat', 'Gentag ny adgangskode', 'new-password')}
          <div className="form-actions">
            <button type="submit">Gem ny adgangskode</button>
          </div>
        </Form>
      </div>
    </section>
  )
}
