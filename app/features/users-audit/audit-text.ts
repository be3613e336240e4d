/**
 * An audit entry as a Danish reader sees it, for the audit page and its CSV: what happened
 * ("Ændret", "Logget ind"), which record ("Ejendom 7: Hedensted Rådhus"), and the fields with
 * their Danish labels and values (`31.05.2024`, `1.234,00 kr.`, "I brug") from the entity's field
 * registry. An entity without a registry yet shows its raw field names.
 */
import { changedFieldsClient } from '~/core/audit-text'
import { describeChanges, type FieldChange } from '~/core/fields'
import { entityLabel, FIELD_REGISTRY } from '~/features/field-registry'

export interface AuditEntryText {
  id: number
  at: string
  userEmail: string
  action: 'create' | 'update' | 'delete'
  entity: string
  entityId: string
  summary: string
  beforeJson: string | null
  afterJson: string | null
}

const ACTION = { create: 'Oprettet', update: 'Ændret', delete: 'Slettet' } as const

/** Log-in events read as what they are, not as records created and deleted. */
const EVENTS: Record<string, Partial<Record<AuditEntryText['action'], string>>> = {
  session: { create: 'Logget ind', delete: 'Logget ud' },
  login_failure: { create: 'Forkert adgangskode' },
  lockout: { create: 'Spærret' },
}

/** @example auditAction({ entity: 'session', action: 'create' }) // 'Logget ind' */
export function auditAction(e: Pick<AuditEntryText, 'entity' | 'action'>): string {
  return EVENTS[e.entity]?.[e.action] ?? ACTION[e.action]
}

/** @example auditRecord({ entity: 'property', entityId: '7', summary: 'Rådhus' }) // 'Ejendom 7: Rådhus' */
export function auditRecord(e: Pick<AuditEntryText, 'entity' | 'entityId' | 'summary'>): string {
  const id = EVENTS[e.entity] ? '' : ` ${e.entityId}`
  return `${entityLabel(e.entity)}${id}${e.summary ? `: ${e.summary}` : ''}`
}

/**
 * The fields an entry changed (update), set (create, log-in events) or removed (delete), in Danish
 * and in registry order.
 * @example auditChanges({ entity: 'user', beforeJson: '{"role":"hr"}', afterJson: '{"role":"admin"}' }) // [{ label: 'Rolle', before: 'HR', after: 'Administrator', … }]
 */
export function auditChanges(e: Pick<AuditEntryText, 'entity' | 'beforeJson' | 'afterJson'>): FieldChange[] {
  const registered = FIELD_REGISTRY[e.entity]
  if (registered) return describeChanges(registered.fields, e.beforeJson, e.afterJson)
  return changedFieldsClient(e.beforeJson, e.afterJson).map((c) => ({ ...c, label: c.field }))
}

/** The time in Danish notation, UTC as stored. @example auditTimeUtc('2024-05-31T14:03:22.000Z') // '31.05.2024 14:03:22' */
export function auditTimeUtc(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso)
  return m ? `${m[3]}.${m[2]}.${m[1]} ${m[4]}` : iso
}

/** One side of an entry's changes for the CSV. @example auditSide(changes, 'after') // 'Navn: A; Rolle: HR' */
export function auditSide(changes: FieldChange[], side: 'before' | 'after'): string {
  return changes
    .filter((c) => c[side] !== '–')
    .map((c) => `${c.label}: ${c[side]}`)
    .join('; ')
}
