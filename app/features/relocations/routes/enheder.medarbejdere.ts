/** GET /enheder/medarbejdere.csv: HR's list of named people; refused for anyone who may not see them. */
import { data } from 'react-router'
import { csvResponse } from '~/core/sheets/csv'
import { csvCells } from '~/core/sheets/export-columns'
import { personExportColumns } from '~/features/relocations/fields'
import { exportPeople, viewerOf } from '~/features/relocations/people.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/enheder.medarbejdere'

export async function loader({ context }: Route.LoaderArgs) {
  const result = await exportPeople(await getDb(), viewerOf(context))
  if (!result.ok) throw data(result.message, { status: 403 })
  const people = result.value
  return csvResponse(
    'medarbejdere.csv',
    personExportColumns.map((c) => c.header),
    (async function* () {
      yield people
    })(),
    (p) => csvCells(personExportColumns, p),
  )
}
