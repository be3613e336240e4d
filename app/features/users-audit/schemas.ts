/** The forms of log-in, password change and the admin's user list, from the user's field registry. */
import { z } from 'zod'
import { schemaOf } from '~/core/fields'
import { versionField } from '~/core/schema-fields'
import { userFields } from './fields'

const [email, name, role, active] = userFields

const userId = z.coerce.number().int().min(1)

export const newUserSchema = schemaOf([email, name, role] as const)
export type NewUserInput = z.infer<typeof newUserSchema>

/** An admin's change of a user; `bekraeft` confirms a change of one's own role or access. */
export const userUpdateSchema = schemaOf([name, role, active] as const).extend({
  userId,
  version: versionField,
  bekraeft: z.literal('ja').optional(),
})
export type UserUpdateInput = z.infer<typeof userUpdateSchema>

export const passwordResetSchema = z.object({ userId })

export const loginSchema = z.object({
  email: z.string({ error: 'Skriv din e-mail' }).trim().min(1, 'Skriv din e-mail').max(1000),
  password: z.string({ error: 'Skriv din adgangskode' }).min(1, 'Skriv din adgangskode').max(1000),
  til: z.string().max(2000).optional(),
})

export const passwordChangeSchema = z
  .object({
    current: z.string({ error: 'Skriv din nuværende adgangskode' }).max(1000),
    password: z
      .string({ error: 'Skriv en ny adgangskode' })
      .min(12, 'Adgangskoden skal have mindst 12 tegn')
      .max(200, 'Adgangskoden må højst have 200 tegn'),
    repeat: z.string({ error: 'Gentag den nye adgangskode' }),
  })
  .refine((v) => v.password === v.repeat, { path: ['repeat'], message: 'De to nye adgangskoder er ikke ens' })
