/** The state of a search, polled by the "Find vej til målet" page while the solver works. */
import { data } from 'react-router'
import { goalSeekStatus } from '~/features/goal-seek/goal-seek.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/scenarier.$id.find-vej.status'

export async function loader({ params, request }: Route.LoaderArgs) {
  const jobId = new URL(request.url).searchParams.get('job') ?? ''
  const status = await goalSeekStatus(await getDb(), jobId)
  if (!status || String(status.scenarioId) !== params.id) throw data('Søgningen findes ikke.', { status: 404 })
  const { scenarioId: _scenarioId, ...rest } = status
  return data(rest, { headers: { 'Cache-Control': 'no-store' } })
}
