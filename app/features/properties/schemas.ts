/** The property form: one schema for the form (Conform) and the action, derived from the field registry. */
import type { z } from 'zod'
import { schemaOf } from '~/core/fields'
import { versionField } from '~/core/schema-fields'
import { propertyFields } from './fields'

export const propertySchema = schemaOf(propertyFields)

export const propertyUpdateSchema = propertySchema.extend({ version: versionField })

export type PropertyInput = z.infer<typeof propertySchema>
