/** The property form: one schema for the form (Conform) and the action, derived from the field registry. */
import { z } from 'zod'
import { schemaOf } from '~/core/fields'
import { versionField } from '~/core/schema-fields'
import { consumptionFields } from './consumption-fields'
import { propertyFields } from './fields'

export const propertySchema = schemaOf(propertyFields)

export const propertyUpdateSchema = propertySchema.extend({ version: versionField })

export type PropertyInput = z.infer<typeof propertySchema>

/** A consumption row's form and action: the year and the MWh and m³ typed, with the row's version when editing. */
export const consumptionSchema = schemaOf(consumptionFields).extend({
  consumptionId: z.coerce.number().int().min(1).optional(),
  version: versionField.optional(),
})

export type ConsumptionInput = z.infer<typeof consumptionSchema>
