/** GET /lejemaal/eksport.xlsx: the same rows as the CSV export, as an Excel workbook with number and date cells. */
import { LEASE_EXPORT, LEASE_SHEET } from '~/features/leases/lease-format'
import { parseGridRequest } from '~/server/grid-query.server'
import { streamLeases } from '~/features/leases/leases.server'
import { getDb } from '~/server/db.server'
import { xlsxStreamResponse } from '~/server/xlsx-stream.server'
import type { Route } from './+types/lejemaal.eksport-excel'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  return xlsxStreamResponse('lejemaal.xlsx', LEASE_SHEET, LEASE_EXPORT, streamLeases(await getDb(), req))
}
