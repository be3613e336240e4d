/** GET /scenarier/sammenlign/rapport.pdf?ids=1,2: the comparison's council report as a download. */
import { reportContext } from '~/features/scenarios/report/report.server'
import { compute } from '~/features/compute.server'
import { pdfDownload } from '~/features/scenarios/report/pdf-render.server'
import { invariantResponse } from '~/server/http'
import type { Route } from './+types/scenarier.sammenlign.rapport.pdf'

export async function loader({ request }: Route.LoaderArgs) {
  const ids = new URL(request.url).searchParams.getAll('ids')
  const bytes = await compute.scenario.compareReport(ids, 'pdf', reportContext())
  invariantResponse(bytes, 'Vælg to til fire scenarier at sammenligne.', 400)
  return pdfDownload('sammenligning-rapport.pdf', bytes)
}
