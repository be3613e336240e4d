/** GET /flytninger/tjek?unitId=…&fromPropertyId=…&toPropertyId=…&date=…&headcount=…: the instant capacity check. */
import { previewRelocation } from '~/features/relocations/relocation-views.server'
import { checkQuerySchema } from '~/features/relocations/schemas'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/flytninger.tjek'

export async function loader({ request }: Route.LoaderArgs) {
  const parsed = checkQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  return { check: parsed.success ? await previewRelocation(await getDb(), parsed.data) : null }
}
