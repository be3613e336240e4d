/**
 * The audit trail: who changed which record when, with the fields before and after. Written in
 * the same transaction as the change, so a rolled-back change leaves no audit row and a
 * committed change always has one.
 */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '#db/schema'
import { currentActor } from './auth/actor.server'

type Db = Kysely<Database> | Transaction<Database>

/** Fields never copied into the audit trail. */
const HIDDEN = new Set(['passwordHash', 'searchText', 'sortKey'])

function snapshot(row: Record<string, unknown> | null | undefined): string | null {
  if (!row) return null
  return JSON.stringify(Object.fromEntries(Object.entries(row).filter(([k]) => !HIDDEN.has(k))))
}

/**
 * Record one change. `before` is null for a create, `after` null for a delete.
 * @example await recordAudit(trx, 'update', 'property', id, before, after, 'Hedensted Rådhus')
 */
export async function recordAudit(
  db: Db,
  action: 'create' | 'update' | 'delete',
  entity: string,
  entityId: number | string,
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  summary = '',
): Promise<void> {
  const actor = currentActor()
  await db
    .insertInto('auditLog')
    .values({
      at: new Date().toISOString(),
      userId: actor.userId,
      userEmail: actor.email,
      action,
      entity,
      entityId: String(entityId),
      summary,
      beforeJson: snapshot(before),
      afterJson: snapshot(after),
    })
    .execute()
}

// Added for import-export: an import audits every record it writes, thousands in one transaction.

/** Audit rows per INSERT: ten columns each, well under both databases' bound-value limits. */
const AUDIT_CHUNK = 500

/**
 * Record many changes of one kind at once, as `recordAudit` would one by one (same actor, same
 * snapshots), in a few multi-row INSERTs.
 * @example await recordAuditBatch(trx, 'create', 'property', rows.map((r) => ({ id: r.id, before: null, after: r, summary: r.name })))
 */
export async function recordAuditBatch(
  db: Db,
  action: 'create' | 'update' | 'delete',
  entity: string,
  entries: readonly {
    id: number | string
    before: Record<string, unknown> | null | undefined
    after: Record<string, unknown> | null | undefined
    summary: string
  }[],
): Promise<void> {
  const actor = currentActor()
  const at = new Date().toISOString()
  for (let i = 0; i < entries.length; i += AUDIT_CHUNK) {
    await db
      .insertInto('auditLog')
      .values(
        entries.slice(i, i + AUDIT_CHUNK).map((e) => ({
          at,
          userId: actor.userId,
          userEmail: actor.email,
          action,
          entity,
          entityId: String(e.id),
          summary: e.summary,
          beforeJson: snapshot(e.before),
          afterJson: snapshot(e.after),
        })),
      )
      .execute()
  }
}
