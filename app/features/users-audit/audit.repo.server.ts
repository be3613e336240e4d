/** Reading the audit trail: per record (history tab) and filtered (admin page, export). */
import type { Kysely } from 'kysely'
import type { AuditEntry, Database } from '#db/schema'
import { parseDanishDate } from '~/core/dates'

export interface AuditFilter {
  entity?: string
  entityId?: string
  user?: string
  /** ISO dates, inclusive. */
  from?: string
  to?: string
  limit?: number
  offset?: number
}

function filtered(db: Kysely<Database>, f: AuditFilter) {
  let q = db.selectFrom('auditLog')
  if (f.entity) q = q.where('entity', '=', f.entity)
  if (f.entityId) q = q.where('entityId', '=', f.entityId)
  if (f.user) q = q.where('userEmail', '=', f.user.toLowerCase())
  if (f.from) q = q.where('at', '>=', f.from)
  if (f.to) q = q.where('at', '<', `${f.to}T99`)
  return q
}

/** Newest first. @example await listAudit(db, { entity: 'property', entityId: '7' }) */
export async function listAudit(db: Kysely<Database>, f: AuditFilter): Promise<{ rows: AuditEntry[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, f)
      .selectAll()
      .orderBy('id', 'desc')
      .limit(f.limit ?? 100)
      .offset(f.offset ?? 0)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(count.n) }
}

/** The history of one record, newest first. */
export function recordHistory(db: Kysely<Database>, entity: string, entityId: number | string): Promise<AuditEntry[]> {
  return db
    .selectFrom('auditLog')
    .selectAll()
    .where('entity', '=', entity)
    .where('entityId', '=', String(entityId))
    .orderBy('id', 'desc')
    .limit(200)
    .execute()
}

export async function listAuditEntities(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('auditLog').select('entity').distinct().orderBy('entity').execute()
  return rows.map((r) => r.entity)
}

/** The audit page's filter from its URL (`post`, `id`, `bruger`, `fra`, `til`). */
export function auditFilterFrom(params: URLSearchParams): AuditFilter {
  return {
    entity: params.get('post') || undefined,
    entityId: params.get('id') || undefined,
    user: params.get('bruger') || undefined,
    from: parseDanishDate(params.get('fra') ?? '') ?? undefined,
    to: parseDanishDate(params.get('til') ?? '') ?? undefined,
  }
}
