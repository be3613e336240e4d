/**
 * GET /api/v1/scenarios/:id/savings[?status=realised|decided|all]: a scenario's savings figures as
 * JSON: the figures of `npm run cli -- savings --json` without its long lists, which are counted
 * here and paged at /api/v1/scenarios/:id/savings/:list (docs/api.md).
 */
import { invariantResponse, parseId } from '~/server/http'
import { compute } from '~/features/compute.server'
import { statusParam } from '../scenario-view'
import type { Route } from './+types/api.v1.scenarios.$id.savings'

export async function loader({ params, request }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Scenariet')
  const summary = await compute.scenario.savingsSummary(id, statusParam(new URL(request.url).searchParams.get('status')))
  invariantResponse(summary, 'Scenariet findes ikke.')
  return Response.json(summary)
}
