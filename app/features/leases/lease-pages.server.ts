/**
 * What the lease pages show, gathered from the lease service and the services of the features
 * they draw on (the property list, the audit trail). Kept apart from leases.server.ts, which the
 * property service calls, so the two services never import each other.
 */
import type { AuditEntry } from '#db/schema'
import { listPropertyOptions } from '~/features/properties/properties.server'
import { recordHistory } from '~/features/users-audit/audit.server'
import type { Db } from '~/server/db.server'
import { getLease } from './leases.server'
import type { LeaseRow } from './types'

type PropertyOption = Awaited<ReturnType<typeof listPropertyOptions>>[number]

/**
 * The lease page: the lease, the properties it may be moved to and its history; null when it is gone.
 * @example const page = await getLeasePage(db, 3)
 */
export async function getLeasePage(
  db: Db,
  id: number,
): Promise<{ lease: LeaseRow; properties: PropertyOption[]; history: AuditEntry[] } | null> {
  const lease = await getLease(db, id)
  if (!lease) return null
  const [properties, history] = await Promise.all([listPropertyOptions(db), recordHistory(db, 'lease', id)])
  return { lease, properties, history }
}
