/** GET /ejendomme/eksport.csv: every property matching the grid's filters, in its order. */
import { streamProperties } from '~/repos/properties.server'
import { parseGridRequest } from '~/repos/grid-query.server'
import { csvAmount, csvNumber, csvResponse } from '~/utils/csv'
import { getDb } from '~/utils/db.server'
import { ownershipLabels, propertyStatusLabels, propertyUseLabels } from '~/utils/labels'
import type { Route } from './+types/ejendomme.eksport'

const HEADER = ['Id', 'Navn', 'Adresse', 'Postnr.', 'By', 'Ejerforhold', 'Anvendelse', 'Bruttoareal (m²)', 'Arbejdspladser',
  'Driftsudgift pr. år (kr.)', 'Planlagt vedligehold pr. år (kr.)', 'Vedligeholdelsesefterslæb (kr.)', 'Status', 'Breddegrad', 'Længdegrad']

export async function loader({ request }: Route.LoaderArgs) {
  const req = parseGridRequest(new URL(request.url).searchParams)
  const db = await getDb()
  return csvResponse('ejendomme.csv', HEADER, streamProperties(db, req), (p) => [
    p.id, p.name, p.address, p.postcode, p.town, ownershipLabels[p.ownership], propertyUseLabels[p.use],
    p.grossAreaM2, p.workplaces, csvAmount(p.annualOperatingCostOre), csvAmount(p.annualMaintenanceOre),
    csvAmount(p.maintenanceBacklogOre), propertyStatusLabels[p.status], csvNumber(p.latitude), csvNumber(p.longitude),
  ])
}
