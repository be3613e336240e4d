/** GET /scenarier/:id/rapport.xlsx?visning=…: the scenario's council report as a download. */
import { reportContext } from '~/features/scenarios/report/report.server'
import { statusParam } from '~/features/scenarios/scenario-view'
import { compute } from '~/features/compute.server'
import { xlsxDownload } from '~/server/xlsx.server'
import { invariantResponse, parseId } from '~/server/http'
import type { Route } from './+types/scenarier.$id.rapport.xlsx'

export async function loader({ params, request }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Scenariet')
  const view = statusParam(new URL(request.url).searchParams.get('visning'))
  const bytes = await compute.scenario.scenarioReport(id, 'xlsx', view, reportContext())
  invariantResponse(bytes, 'Scenariet findes ikke. Det kan være slettet.')
  return xlsxDownload(`scenarie-${id}-rapport.xlsx`, bytes)
}
