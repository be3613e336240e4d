/**
 * The audit trail as the app reads it: a record's history (for every feature's history tab), the
 * admin's filtered audit page and its CSV export, both in Danish.
 */
import type { AuditEntry } from '#db/schema'
import { parseDanishDate } from '~/core/dates'
import { csvResponse } from '~/core/sheets/csv'
import { entityLabel } from '~/features/field-registry'
import type { Db } from '~/server/db.server'
import { countAuditEntries, listAuditEntities, listAuditEntries, recordHistory as historyOf } from './audit.repo.server'
import { auditAction, auditChanges, auditSide, auditTimeUtc } from './audit-text'
import type { AuditFilter } from './types'

export const AUDIT_PAGE_SIZE = 100
const EXPORT_BATCH = 2000

/**
 * The history of one record, newest first (at most 200 entries).
 * @example const history = await recordHistory(db, 'property', 7)
 */
export function recordHistory(db: Db, entity: string, entityId: number | string): Promise<AuditEntry[]> {
  return historyOf(db, entity, entityId)
}

/** The audit page's filter from its URL. @example auditFilterFrom(new URLSearchParams('post=user&fra=01.05.2024')) // { entity: 'user', from: '2024-05-01', … } */
export function auditFilterFrom(params: URLSearchParams): AuditFilter {
  return {
    entity: params.get('post') || undefined,
    entityId: params.get('id') || undefined,
    user: params.get('bruger') || undefined,
    from: parseDanishDate(params.get('fra') ?? '') ?? undefined,
    to: parseDanishDate(params.get('til') ?? '') ?? undefined,
  }
}

/**
 * One page of the filtered audit trail with the filter's choices.
 * @example const page = await getAuditPage(db, new URL(request.url).searchParams)
 */
export async function getAuditPage(db: Db, params: URLSearchParams) {
  const page = Math.max(1, Math.min(1_000_000, Math.floor(Number(params.get('side'))) || 1))
  const filter = auditFilterFrom(params)
  const [rows, total, entities] = await Promise.all([
    listAuditEntries(db, filter, { limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE }),
    countAuditEntries(db, filter),
    listAuditEntities(db),
  ])
  const entityOptions = entities.map((value) => ({ value, label: entityLabel(value) })).sort((a, b) => a.label.localeCompare(b.label, 'da'))
  return { rows, total, page, pageSize: AUDIT_PAGE_SIZE, entities: entityOptions, filter, query: params.toString() }
}

const HEADER = ['Tidspunkt (UTC)', 'Bruger', 'Handling', 'Post', 'Id', 'Betegnelse', 'Før', 'Efter']

/**
 * The filtered trail as a CSV for Danish Excel: Danish actions, record names, field labels and
 * values, streamed in batches.
 * @example return auditCsv(db, new URL(request.url).searchParams)
 */
export function auditCsv(db: Db, params: URLSearchParams): Promise<Response> {
  const filter = auditFilterFrom(params)
  async function* batches() {
    for (let offset = 0; ; offset += EXPORT_BATCH) {
      const rows = await listAuditEntries(db, filter, { limit: EXPORT_BATCH, offset })
      if (rows.length) yield rows
      if (rows.length < EXPORT_BATCH) return
    }
  }
  return csvResponse('revisionsspor.csv', HEADER, batches(), (r) => {
    const changes = auditChanges(r)
    return [
      auditTimeUtc(r.at),
      r.userEmail,
      auditAction(r),
      entityLabel(r.entity),
      r.entityId,
      r.summary,
      auditSide(changes, 'before'),
      auditSide(changes, 'after'),
    ]
  })
}
