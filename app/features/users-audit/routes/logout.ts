/** Log ud: ends the session (POST) and records it; a GET just goes to the log-in page. */
import { href, redirect } from 'react-router'
import { clientOf } from '~/server/client.server'
import { logOut } from '~/server/auth/log-in.server'
import { userContext } from '~/server/auth/middleware.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/logout'

export function loader() {
  return redirect(href('/login'))
}

export async function action({ request, context }: Route.ActionArgs) {
  const cookie = await logOut(await getDb(), request, context.get(userContext), clientOf(context).address)
  return redirect(href('/login'), { headers: { 'Set-Cookie': cookie } })
}
