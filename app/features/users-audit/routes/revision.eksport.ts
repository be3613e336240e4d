/** GET /revision/eksport.csv: the filtered audit trail for Danish Excel (admin). */
import { auditFilterFrom, listAudit } from '~/features/users-audit/audit.repo.server'
import { csvResponse } from '~/core/sheets/csv'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/revision.eksport'

export async function loader({ request }: Route.LoaderArgs) {
  const filter = auditFilterFrom(new URL(request.url).searchParams)
  const db = await getDb()
  async function* batches() {
    for (let offset = 0; ; offset += 2000) {
      const { rows } = await listAudit(db, { ...filter, limit: 2000, offset })
      if (rows.length) yield rows
      if (rows.length < 2000) return
    }
  }
  return csvResponse(
    'revisionsspor.csv',
    ['Tidspunkt (UTC)', 'Bruger', 'Handling', 'Post', 'Id', 'Betegnelse', 'Før', 'Efter'],
    batches(),
    (r) => [r.at, r.userEmail, r.action, r.entity, r.entityId, r.summary, r.beforeJson ?? '', r.afterJson ?? ''],
  )
}
