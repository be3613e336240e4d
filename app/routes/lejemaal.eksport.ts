/** GET /lejemaal/eksport.csv: every lease matching the grid's filters, in its order. */
import { streamLeases } from '~/repos/leases.server'
import { parseGridRequest } from '~/repos/grid-query.server'
import { csvAmount, csvDate, csvResponse } from '~/utils/csv'
import { getDb } from '~/utils/db.server'
import { leaseDirectionLabels, leaseStatusLabels, leaseTermsLabels } from '~/utils/labels'
import type { Route } from './+types/lejemaal.eksport'

const HEADER = ['Id', 'Ejendom', 'Retning', 'Modpart', 'Årlig husleje (kr.)', 'Årlige serviceudgifter (kr.)', 'Startdato',
  'Opsigelsesvarsel (mdr.)', 'Termin', 'Uopsigelig til', 'Opsigelsesdato', 'Ophørsdato', 'Status']

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  const db = await getDb()
  return csvResponse('lejemaal.csv', HEADER, streamLeases(db, req), (l) => [
    l.id, l.propertyName, leaseDirectionLabels[l.direction], l.counterparty, csvAmount(l.annualRentOre),
    csvAmount(l.annualServiceOre), csvDate(l.startDate), l.noticeMonths, leaseTermsLabels[l.terms],
    csvDate(l.nonTerminableUntil), csvDate(l.noticeDate), csvDate(l.endDate), leaseStatusLabels[l.status],
  ])
}
