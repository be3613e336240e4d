/** The key-figure norms form: one schema for the form (Conform) and the action. */
import { z } from 'zod'
import { decimalNumber } from '~/core/schema-fields'

export const normsSchema = z.object({
  m2PerEmployee: decimalNumber('m² pr. medarbejder', { min: 1, max: 200 }),
  newOfficeM2PerEmployee: decimalNumber('m² pr. medarbejder i nye kontorer', { min: 1, max: 200 }),
  workplacesPerEmployee: decimalNumber('Arbejdspladser pr. medarbejder', { min: 0.1, max: 2 }),
  version: z.coerce.number().int().min(1).optional(),
})

export type NormsInput = z.infer<typeof normsSchema>
