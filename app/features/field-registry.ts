/**
 * Every entity's field registry under the name the audit trail stores, so the record history and
 * the audit page read in Danish: labels, status names, `31.05.2024`, `kr.`.
 */
import type { FieldDef } from '~/core/fields'
import { propertyFields } from './properties/fields'
import { portfolioFields } from './import-export/fields'

export interface AuditedEntity {
  /** Danish name of one record, e.g. 'Ejendom'. */
  label: string
  fields: readonly FieldDef<never>[]
}

export const FIELD_REGISTRY: Readonly<Record<string, AuditedEntity>> = {
  property: { label: 'Ejendom', fields: propertyFields as readonly FieldDef<never>[] },
  portfolio: { label: 'Portefølje', fields: portfolioFields as readonly FieldDef<never>[] },
}

/** The Danish name of an audited entity. @example entityLabel('property') // 'Ejendom' */
export function entityLabel(entity: string): string {
  return FIELD_REGISTRY[entity]?.label ?? entity
}
