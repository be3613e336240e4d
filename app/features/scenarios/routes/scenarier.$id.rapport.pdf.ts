/** GET /scenarier/:id/rapport.pdf?visning=…: the scenario's council report as a download. */
import { reportContext } from '~/features/scenarios/report/report.server'
import { statusParam } from '~/features/scenarios/scenario-view'
import { compute } from '~/features/compute.server'
import { pdfDownload } from '~/features/scenarios/report/pdf-render.server'
import { invariantResponse, parseId } from '~/server/http'
import type { Route } from './+types/scenarier.$id.rapport.pdf'

export async function loader({ params, request }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Scenariet')
  const view = statusParam(new URL(request.url).searchParams.get('visning'))
  const bytes = await compute.scenario.scenarioReport(id, 'pdf', view, reportContext())
  invariantResponse(bytes, 'Scenariet findes ikke. Det kan være slettet.')
  return pdfDownload(`scenarie-${id}-rapport.pdf`, bytes)
}
