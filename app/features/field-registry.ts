/**
 * Every entity's field registry under the name the audit trail stores, so the record history and
 * the audit page read in Danish: labels, status names, `31.05.2024`, `kr.`.
 */
import type { FieldDef } from '~/core/fields'
import { propertyFields } from './properties/fields'
import { loginFailureFields, sessionEventFields, userFields } from './users-audit/fields'

export interface AuditedEntity {
  /** Danish name of one record, e.g. 'Ejendom'. */
  label: string
  fields: readonly FieldDef<never>[]
}

export const FIELD_REGISTRY: Readonly<Record<string, AuditedEntity>> = {
  property: { label: 'Ejendom', fields: propertyFields as readonly FieldDef<never>[] },
  user: { label: 'Bruger', fields: userFields as readonly FieldDef<never>[] },
  session: { label: 'Log-ind', fields: sessionEventFields as readonly FieldDef<never>[] },
  login_failure: { label: 'Mislykket log-ind', fields: loginFailureFields as readonly FieldDef<never>[] },
  lockout: { label: 'Spærring', fields: loginFailureFields as readonly FieldDef<never>[] },
}

/** The Danish name of an audited entity. @example entityLabel('property') // 'Ejendom' */
export function entityLabel(entity: string): string {
  return FIELD_REGISTRY[entity]?.label ?? entity
}
