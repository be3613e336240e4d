/** A named person in a unit (HR only). */
import { z } from 'zod'
import { optionalText, requiredText } from '~/core/schema-fields'

export const personSchema = z.object({
  name: requiredText('Navn', 160),
  title: optionalText('Stilling', 160),
  note: optionalText('Note', 500),
})

export type PersonInput = z.infer<typeof personSchema>
