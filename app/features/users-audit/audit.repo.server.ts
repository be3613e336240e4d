/** Kysely queries over the audit trail: per record (history tab) and filtered (admin page, export). */
import type { AuditEntry } from '#db/schema'
import type { Db } from '~/server/db.server'
import type { AuditFilter } from './types'

function filtered(db: Db, f: AuditFilter) {
  let q = db.selectFrom('auditLog')
  if (f.entity) q = q.where('entity', '=', f.entity)
  if (f.entityId) q = q.where('entityId', '=', f.entityId)
  if (f.user) q = q.where('userEmail', '=', f.user.toLowerCase())
  if (f.from) q = q.where('at', '>=', f.from)
  if (f.to) q = q.where('at', '<', `${f.to}T99`)
  return q
}

/**
 * One page of the filtered trail, newest first.
 * @example await listAuditEntries(db, { entity: 'property' }, { limit: 100, offset: 0 })
 */
export function listAuditEntries(db: Db, f: AuditFilter, page: { limit: number; offset: number }): Promise<AuditEntry[]> {
  return filtered(db, f).selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute()
}

/** How many entries match. @example await countAuditEntries(db, { user: 'hr@hedensted.demo' }) */
export async function countAuditEntries(db: Db, f: AuditFilter): Promise<number> {
  const row = await filtered(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** The latest 200 entries of one record, newest first. @example await recordHistory(db, 'lease', 4) */
export function recordHistory(db: Db, entity: string, entityId: number | string): Promise<AuditEntry[]> {
  return db
    .selectFrom('auditLog')
    .selectAll()
    .where('entity', '=', entity)
    .where('entityId', '=', String(entityId))
    .orderBy('id', 'desc')
    .limit(200)
    .execute()
}

/** The entity names present in the trail. @example await listAuditEntities(db) // ['lease', 'property', 'user'] */
export async function listAuditEntities(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('auditLog').select('entity').distinct().orderBy('entity').execute()
  return rows.map((r) => r.entity)
}
