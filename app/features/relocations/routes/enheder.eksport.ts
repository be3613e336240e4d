/** GET /enheder/eksport.csv: units with headcounts and where they sit (aggregates only; never names of people). */
import { listUnitOverview } from '~/features/relocations/unit-views.server'
import { csvNumber, csvResponse } from '~/core/sheets/csv'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/enheder.eksport'

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const { rows } = await listUnitOverview(await getDb(), {
    q: url.searchParams.get('q') ?? '',
    propertyId: Number(url.searchParams.get('ejendom')) || undefined,
  })
  const header = ['Enhed', 'Overordnet enhed', 'Årsværk', 'Arbejdspladser', 'Sidder i', 'Kontaktperson', 'Ekstern bruger']
  return csvResponse(
    'enheder.csv',
    header,
    (async function* () {
      yield rows
    })(),
    (u) => [
      u.name,
      u.parentName ?? '',
      csvNumber(u.headcount),
      csvNumber(u.workplacesNeeded),
      u.locations.map((l) => `${l.propertyName} (${csvNumber(l.headcount)})`).join(', '),
      u.contactPerson,
      u.external ? 'Ja' : 'Nej',
    ],
  )
}
