/** The user form (admin). */
import { z } from 'zod'
import { choice, requiredText, versionField } from '~/core/schema-fields'

const role = choice('Rolle', ['udvalg', 'ejendom', 'hr', 'admin'] as const)

export const newUserSchema = z.object({
  email: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.email({ error: 'Skriv en gyldig e-mail' })),
  name: requiredText('Navn', 120),
  role,
})

export const userUpdateSchema = z.object({
  userId: z.coerce.number().int().min(1),
  version: versionField,
  name: requiredText('Navn', 120),
  role,
  active: z.preprocess((v) => (v === 'on' || v === '1' ? 1 : 0), z.union([z.literal(0), z.literal(1)])),
})
