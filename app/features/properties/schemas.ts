/** The property form: one schema for the form (Conform) and the action. */
import { z } from 'zod'
import { codes, ownershipLabels, propertyStatusLabels, propertyUseLabels } from '~/core/labels'
import { amountOre, choice, optionalDecimalNumber, optionalText, requiredText, versionField, wholeNumber } from '~/core/schema-fields'

export const propertySchema = z.object({
  name: requiredText('Navn', 120),
  address: requiredText('Adresse', 160),
  postcode: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : v),
    z.string({ error: 'Postnummer skal udfyldes' }).regex(/^\d{4}$/, 'Postnummer skal være fire cifre'),
  ),
  town: requiredText('By', 80),
  ownership: choice('Ejerforhold', codes(ownershipLabels)),
  use: choice('Anvendelse', codes(propertyUseLabels)),
  status: choice('Status', codes(propertyStatusLabels)),
  grossAreaM2: wholeNumber('Bruttoareal', { min: 0, max: 1_000_000 }),
  workplaces: wholeNumber('Arbejdspladser', { min: 0, max: 100_000 }),
  annualOperatingCostOre: amountOre('Driftsudgift pr. år'),
  annualMaintenanceOre: amountOre('Planlagt vedligehold pr. år'),
  maintenanceBacklogOre: amountOre('Vedligeholdelsesefterslæb'),
  latitude: optionalDecimalNumber('Breddegrad', { min: 54.5, max: 57.8 }),
  longitude: optionalDecimalNumber('Længdegrad', { min: 8.0, max: 15.2 }),
  note: optionalText('Note'),
})

export const propertyUpdateSchema = propertySchema.extend({ version: versionField })

export type PropertyInput = z.infer<typeof propertySchema>
