/**
 * GET /api/v1/scenarios/:id/savings[?status=realised|decided|all]: a scenario's savings as JSON,
 * the same document as `npm run cli -- savings --json` (docs/api.md).
 */
import type { StatusFilter } from '~/core/savings'
import { computeScenarioCached } from '~/features/scenarios/scenario-cache.server'
import { savingsDocument } from '~/core/savings/document'
import { getDb } from '~/server/db.server'
import { invariantResponse, parseId } from '~/server/http'
import type { Route } from './+types/api.v1.scenarios.$id.savings'

export async function loader({ params, request }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Scenariet')
  const status = new URL(request.url).searchParams.get('status')
  const filter = status === 'realised' || status === 'decided' || status === 'all' ? (status as StatusFilter) : undefined
  const computed = await computeScenarioCached(await getDb(), id, filter)
  invariantResponse(computed, 'Scenariet findes ikke.')
  return Response.json(savingsDocument(computed.scenario, computed.result))
}
