/**
 * What the lease pages show, gathered from the lease service and the services of the features
 * they draw on (the audit trail). Kept apart from leases.server.ts, which the
 * property service calls, so the two services never import each other.
 */
import type { AuditEntry } from '#db/schema'
import { recordHistory } from '~/features/users-audit/audit.server'
import type { Db } from '~/server/db.server'
import { getLease } from './leases.server'
import type { LeaseRow } from './types'

/**
 * The lease page: the lease and its history; null when it is gone. (Its property picker searches on the server.)
 * @example const page = await getLeasePage(db, 3)
 */
export async function getLeasePage(db: Db, id: number): Promise<{ lease: LeaseRow; history: AuditEntry[] } | null> {
  const lease = await getLease(db, id)
  if (!lease) return null
  return { lease, history: await recordHistory(db, 'lease', id) }
}
