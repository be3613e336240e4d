/** GET /lejemaal/eksport.csv: every lease matching the grid's filters, in its order. */
import { LEASE_EXPORT } from '~/spreadsheets/lease-format'
import { parseGridRequest } from '~/repos/grid-query.server'
import { streamLeases } from '~/repos/leases.server'
import { csvResponse } from '~/utils/csv'
import { getDb } from '~/utils/db.server'
import { csvCells } from '~/utils/export-columns'
import type { Route } from './+types/lejemaal.eksport'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  const db = await getDb()
  return csvResponse('lejemaal.csv', LEASE_EXPORT.map((c) => c.header), streamLeases(db, req), (l) => csvCells(LEASE_EXPORT, l))
}
