/**
 * Every entity's field registry under the name the audit trail stores, so the record history and
 * the audit page read in Danish: labels, status names, `31.05.2024`, `kr.`.
 */
import type { FieldDef } from '~/core/fields'
import { leaseFields } from './leases/fields'
import { propertyFields } from './properties/fields'
import { personFields, relocationFields, rotationFields, unitFields } from './relocations/fields'
import { bidFields, saleFields } from './sales/fields'
import { measureFields, scenarioFields } from './scenarios/fields'
import { loginFailureFields, sessionEventFields, userFields } from './users-audit/fields'
import { portfolioFields } from './import-export/fields'
import { consumptionFields } from './properties/consumption-fields'
import { emissionFactorFields } from './climate/fields'

export interface AuditedEntity {
  /** Danish name of one record, e.g. 'Ejendom'. */
  label: string
  fields: readonly FieldDef<never>[]
}

export const FIELD_REGISTRY: Readonly<Record<string, AuditedEntity>> = {
  property: { label: 'Ejendom', fields: propertyFields as readonly FieldDef<never>[] },
  lease: { label: 'Lejemål', fields: leaseFields as readonly FieldDef<never>[] },
  unit: { label: 'Enhed', fields: unitFields as readonly FieldDef<never>[] },
  relocation: { label: 'Flytning', fields: relocationFields as readonly FieldDef<never>[] },
  rotation: { label: 'Rokade', fields: rotationFields as readonly FieldDef<never>[] },
  person: { label: 'Navngiven medarbejder', fields: personFields as readonly FieldDef<never>[] },
  sale: { label: 'Salg', fields: saleFields as readonly FieldDef<never>[] },
  bid: { label: 'Bud', fields: bidFields as readonly FieldDef<never>[] },
  scenario: { label: 'Scenarie', fields: scenarioFields as readonly FieldDef<never>[] },
  scenario_measure: { label: 'Tiltag', fields: measureFields as readonly FieldDef<never>[] },
  user: { label: 'Bruger', fields: userFields as readonly FieldDef<never>[] },
  session: { label: 'Log-ind', fields: sessionEventFields as readonly FieldDef<never>[] },
  login_failure: { label: 'Mislykket log-ind', fields: loginFailureFields as readonly FieldDef<never>[] },
  lockout: { label: 'Spærring', fields: loginFailureFields as readonly FieldDef<never>[] },
  portfolio: { label: 'Portefølje', fields: portfolioFields as readonly FieldDef<never>[] },
  property_consumption: { label: 'Forbrug', fields: consumptionFields as readonly FieldDef<never>[] },
  emission_factor: { label: 'Emissionsfaktor', fields: emissionFactorFields as readonly FieldDef<never>[] },
  scenario_emission_factor: { label: 'Scenariets emissionsfaktor', fields: emissionFactorFields as readonly FieldDef<never>[] },
}

/** The Danish name of an audited entity. @example entityLabel('property') // 'Ejendom' */
export function entityLabel(entity: string): string {
  return FIELD_REGISTRY[entity]?.label ?? entity
}
