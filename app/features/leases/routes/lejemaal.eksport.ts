/** GET /lejemaal/eksport.csv: every lease matching the grid's filters, in its order. */
import { LEASE_EXPORT } from '~/features/leases/lease-format'
import { parseGridRequest } from '~/server/grid-query.server'
import { streamLeases } from '~/features/leases/leases.server'
import { csvResponse } from '~/core/sheets/csv'
import { getDb } from '~/server/db.server'
import { csvCells } from '~/core/sheets/export-columns'
import type { Route } from './+types/lejemaal.eksport'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  const db = await getDb()
  return csvResponse(
    'lejemaal.csv',
    LEASE_EXPORT.map((c) => c.header),
    streamLeases(db, req),
    (l) => csvCells(LEASE_EXPORT, l),
  )
}
