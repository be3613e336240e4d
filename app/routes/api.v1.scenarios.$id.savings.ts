/**
 * GET /api/v1/scenarios/:id/savings[?status=realised|decided|all]: a scenario's savings as JSON,
 * the same document as `npm run cli -- savings --json` (docs/api.md).
 */
import type { StatusFilter } from '~/domain/savings'
import { computeScenario } from '~/services/savings.server'
import { savingsDocument } from '~/services/savings-document'
import { getDb } from '~/utils/db.server'
import { invariantResponse, parseId } from '~/utils/http'
import type { Route } from './+types/api.v1.scenarios.$id.savings'

export async function loader({ params, request }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Scenariet')
  const status = new URL(request.url).searchParams.get('status')
  const filter = status === 'realised' || status === 'decided' || status === 'all' ? (status as StatusFilter) : undefined
  const computed = await computeScenario(await getDb(), id, filter)
  invariantResponse(computed, 'Scenariet findes ikke.')
  return Response.json(savingsDocument(computed.scenario, computed.result))
}
