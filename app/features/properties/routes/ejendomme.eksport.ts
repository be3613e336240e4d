/** GET /ejendomme/eksport.csv: every property matching the grid's filters, in its order, with its latest consumption year. */
import { CSV_TYPE, downloadResponse } from '~/core/sheets/csv'
import { files } from '~/features/files.server'
import { parseGridRequest } from '~/server/grid-query.server'
import type { Route } from './+types/ejendomme.eksport'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  return downloadResponse('ejendomme.csv', CSV_TYPE, await files.properties.csv(req))
}
