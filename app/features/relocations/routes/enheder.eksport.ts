/** GET /enheder/eksport.csv: units with headcounts and where they sit (aggregates only; never names of people). */
import { csvResponse } from '~/core/sheets/csv'
import { csvCells } from '~/core/sheets/export-columns'
import { unitExportColumns } from '~/features/relocations/fields'
import { streamUnitOverview } from '~/features/relocations/unit-views.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/enheder.eksport'

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const rows = streamUnitOverview(await getDb(), {
    q: url.searchParams.get('q') ?? '',
    propertyId: Number(url.searchParams.get('ejendom')) || undefined,
  })
  return csvResponse(
    'enheder.csv',
    unitExportColumns.map((c) => c.header),
    rows,
    (u) => csvCells(unitExportColumns, u),
  )
}
