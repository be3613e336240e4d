/**
 * The forms of units, relocations, rotations and named people: one zod schema each for the form
 * (Conform) and its action, derived from the field registries in fields.ts.
 */
import { z } from 'zod'
import { schemaOf } from '~/core/fields'
import { flag, versionField } from '~/core/schema-fields'
import { personFields, PLANNABLE_STATUSES, relocationFields, rotationFields, unitFields } from './fields'

export { PLANNABLE_STATUSES } from './fields'

/** The unit form: the registry's fields and "Gem trods advarsler" (a building whose lease has ended). */
export const unitSchema = schemaOf(unitFields).extend({ acceptWarnings: flag })
export const unitUpdateSchema = unitSchema.extend({ version: versionField })
export type UnitInput = z.infer<typeof unitSchema>

const FROM_IS_TO = { path: ['toPropertyId'], message: 'Vælg en anden ejendom end den, der flyttes fra' }
const differentProperties = (v: { fromPropertyId: number; toPropertyId: number }) => v.fromPropertyId !== v.toPropertyId

/** The relocation form: the registry's fields and "Gem trods advarsler". */
const relocationShape = schemaOf(relocationFields).extend({ acceptWarnings: flag })

export const relocationSchema = relocationShape.refine(differentProperties, FROM_IS_TO)
export const relocationUpdateSchema = relocationShape.extend({ version: versionField }).refine(differentProperties, FROM_IS_TO)
export type RelocationInput = z.infer<typeof relocationSchema>

/** The confirmation box of the unit and relocation forms. */
export const SAVE_ANYWAY_LABEL = 'Gem trods advarsler'

export const markDoneSchema = z.object({ version: versionField, acceptWarnings: flag })

/** The mark-done box's label; the refusal names it in the same words. */
export const MARK_DONE_ACCEPT_LABEL = 'Markér trods advarsler'

export const rotationSchema = schemaOf(rotationFields)
export const rotationUpdateSchema = rotationSchema.extend({ version: versionField })
export type RotationInput = z.infer<typeof rotationSchema>

export const personSchema = schemaOf(personFields)
export type PersonInput = z.infer<typeof personSchema>

export const removePersonSchema = z.object({ personId: z.coerce.number().int().min(1) })

/** The live check's query (`/flytninger/tjek?unitId=…`): what the form holds so far. */
export const checkQuerySchema = relocationShape
  .pick({ unitId: true, fromPropertyId: true, toPropertyId: true, date: true, headcount: true })
  .extend({
    id: z.preprocess((v) => (v === '' || v == null ? undefined : v), z.coerce.number().int().min(1).optional()),
    status: z.enum(PLANNABLE_STATUSES).catch('planned'),
  })
