/** Log ud: ends the session (POST); a GET just goes to the log-in page. */
import { redirect } from 'react-router'
import { destroySession } from '~/server/auth/sessions.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/logout'

export function loader() {
  return redirect('/login')
}

export async function action({ request }: Route.ActionArgs) {
  const cookie = await destroySession(await getDb(), request)
  return redirect('/login', { headers: { 'Set-Cookie': cookie } })
}
