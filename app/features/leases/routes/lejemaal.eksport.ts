/** GET /lejemaal/eksport.csv: every lease matching the grid's filters, in its order. */
import { CSV_TYPE, downloadResponse } from '~/core/sheets/csv'
import { files } from '~/features/files.server'
import { parseGridRequest } from '~/server/grid-query.server'
import type { Route } from './+types/lejemaal.eksport'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  return downloadResponse('lejemaal.csv', CSV_TYPE, await files.leases.csv(req))
}
