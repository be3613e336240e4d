/**
 * GET /flytninger/tjek?unitId=…&fromPropertyId=…&toPropertyId=…&date=…&headcount=…: the instant
 * capacity check, and where the unit sits now (the form fills in "from" with it).
 */
import { previewRelocation, unitSites } from '~/features/relocations/relocation-views.server'
import { checkQuerySchema } from '~/features/relocations/schemas'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/flytninger.tjek'

export async function loader({ request }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams
  const parsed = checkQuerySchema.safeParse(Object.fromEntries(params))
  const db = await getDb()
  const [check, sites] = await Promise.all([
    parsed.success ? previewRelocation(db, parsed.data) : null,
    unitSites(db, params.get('unitId')),
  ])
  return { check, unitId: params.get('unitId') ?? '', sites }
}
