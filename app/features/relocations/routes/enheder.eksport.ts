/** GET /enheder/eksport.csv: units with headcounts and where they sit (aggregates only; never names of people). */
import { CSV_TYPE, downloadResponse } from '~/core/sheets/csv'
import { files } from '~/features/files.server'
import type { Route } from './+types/enheder.eksport'

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const filter = { q: url.searchParams.get('q') ?? '', propertyId: Number(url.searchParams.get('ejendom')) || undefined }
  return downloadResponse('enheder.csv', CSV_TYPE, await files.units.csv(filter))
}
