/** GET /scenarier/sammenlign/rapport.xlsx?ids=1,2: the comparison's council report as a download. */
import { reportContext } from '~/features/scenarios/report/report.server'
import { compute } from '~/features/compute.server'
import { xlsxDownload } from '~/server/xlsx.server'
import { invariantResponse } from '~/server/http'
import type { Route } from './+types/scenarier.sammenlign.rapport.xlsx'

export async function loader({ request }: Route.LoaderArgs) {
  const ids = new URL(request.url).searchParams.getAll('ids')
  const bytes = await compute.scenario.compareReport(ids, 'xlsx', reportContext())
  invariantResponse(bytes, 'Vælg to til fire scenarier at sammenligne.', 400)
  return xlsxDownload('sammenligning-rapport.xlsx', bytes)
}
