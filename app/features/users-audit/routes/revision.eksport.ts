/** GET /revision/eksport.csv: the filtered audit trail in Danish for Danish Excel (admin). */
import { auditCsv } from '~/features/users-audit/audit.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/revision.eksport'

export async function loader({ request }: Route.LoaderArgs) {
  return auditCsv(await getDb(), new URL(request.url).searchParams)
}
