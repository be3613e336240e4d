/**
 * GET /api/v1/choices?kind=…&q=…&limit=… (kinds: features/search/schemas.ts's CHOICE_KINDS): the pickers' choices as JSON
 * (`{ choices: [{ id, label, detail }] }`, at most 20), so a form never lists a whole register.
 */
import { searchChoices } from '~/features/search/choices.server'
import { CHOICE_KINDS } from '~/features/search/schemas'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/api.v1.choices'

export async function loader({ request }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams
  const kind = CHOICE_KINDS.find((k) => k === params.get('kind'))
  if (!kind) return Response.json({ error: `Ukendt slags valg: brug kind=${CHOICE_KINDS.join(', kind=')}.` }, { status: 400 })
  const limit = Number(params.get('limit')) || undefined
  const choices = await searchChoices(await getDb(), kind, params.get('q') ?? '', limit)
  return Response.json({ choices }, { headers: { 'Cache-Control': 'no-store' } })
}
