/** Relocation (Flytning) and rotation (Rokade) forms: one schema each for the form and the action. */
import { z } from 'zod'
import {
  choice,
  dateField,
  decimalNumber,
  flag,
  optionalAmountOre,
  optionalText,
  requiredDate,
  requiredText,
  versionField,
} from '~/core/schema-fields'

const id = (message: string) => z.coerce.number({ error: message }).int(message).min(1, message)
const optionalId = z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), z.coerce.number().int().min(1).nullable())

/** Statuses a plan can be saved with; 'done' is set only by marking it done, which moves the unit. */
export const PLANNABLE_STATUSES = ['idea', 'planned', 'decided'] as const

export const relocationFields = {
  unitId: id('Vælg en enhed'),
  fromPropertyId: id('Vælg hvorfra'),
  toPropertyId: id('Vælg hvortil'),
  date: requiredDate('Flyttedato'),
  headcount: decimalNumber('Årsværk der flytter', { min: 0, max: 100_000 }),
  status: choice('Status', PLANNABLE_STATUSES),
  movingCostOre: optionalAmountOre('Flytteudgift'),
  refurbishmentOre: optionalAmountOre('Istandsættelse'),
  addedAnnualOperatingOre: optionalAmountOre('Merudgift til drift pr. år'),
  rotationId: optionalId,
  note: optionalText('Note', 2000),
  acceptWarnings: flag,
}

export const relocationSchema = z
  .object(relocationFields)
  .refine((v) => v.fromPropertyId !== v.toPropertyId, { path: ['toPropertyId'], message: 'Vælg en anden ejendom end den, der flyttes fra' })

export const relocationUpdateSchema = z
  .object({ ...relocationFields, version: versionField })
  .refine((v) => v.fromPropertyId !== v.toPropertyId, { path: ['toPropertyId'], message: 'Vælg en anden ejendom end den, der flyttes fra' })

export type RelocationInput = z.infer<typeof relocationSchema>

export const markDoneSchema = z.object({ version: versionField, acceptWarnings: flag })

export const rotationSchema = z.object({
  name: requiredText('Navn', 160),
  description: optionalText('Beskrivelse', 2000),
  date: dateField('Dato'),
})

export type RotationInput = z.infer<typeof rotationSchema>

/** The live check's query (`/flytninger/tjek?unitId=…`): what the form holds so far. */
export const checkQuerySchema = z.object({
  id: z.preprocess((v) => (v === '' || v == null ? undefined : v), z.coerce.number().int().min(1).optional()),
  unitId: relocationFields.unitId,
  fromPropertyId: relocationFields.fromPropertyId,
  toPropertyId: relocationFields.toPropertyId,
  date: relocationFields.date,
  headcount: relocationFields.headcount,
  status: z.enum(PLANNABLE_STATUSES).catch('planned'),
})
