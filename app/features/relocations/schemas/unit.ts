/** The unit form (Enhed): one schema for the form (Conform) and the action. */
import { z } from 'zod'
import { dateField, decimalNumber, flag, optionalText, optionalWholeNumber, requiredText, versionField } from '~/core/schema-fields'

const optionalId = z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), z.coerce.number().int().min(1).nullable())

export const unitSchema = z.object({
  name: requiredText('Navn', 160),
  parentId: optionalId,
  propertyId: z.coerce.number({ error: 'Vælg en ejendom' }).int('Vælg en ejendom').min(1, 'Vælg en ejendom'),
  headcount: decimalNumber('Årsværk', { min: 0, max: 100_000 }),
  workplacesNeeded: optionalWholeNumber('Arbejdspladser', { min: 0, max: 100_000 }),
  contactPerson: optionalText('Kontaktperson', 160),
  external: flag,
  locatedFrom: dateField('I ejendommen fra'),
})

export const unitUpdateSchema = unitSchema.extend({ version: versionField })

export type UnitInput = z.infer<typeof unitSchema>
