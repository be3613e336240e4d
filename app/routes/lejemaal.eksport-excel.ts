/** GET /lejemaal/eksport.xlsx: the same rows as the CSV export, as an Excel workbook with number and date cells. */
import { LEASE_EXPORT, LEASE_SHEET } from '~/spreadsheets/lease-format'
import { parseGridRequest } from '~/repos/grid-query.server'
import { streamLeases } from '~/repos/leases.server'
import { getDb } from '~/utils/db.server'
import { xlsxResponse } from '~/utils/xlsx.server'
import type { Route } from './+types/lejemaal.eksport-excel'

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  return xlsxResponse('lejemaal.xlsx', LEASE_SHEET, LEASE_EXPORT, streamLeases(await getDb(), req))
}
