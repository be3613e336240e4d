/** `create-admin`: an administrator with a one-time password, printed once. */
import type { Kysely } from 'kysely'
import { z } from 'zod'
import { migrateToLatest } from '#db/migrator'
import type { Database } from '#db/schema'
import { createUser } from '~/features/users-audit/users.server'
import { InputError, parseCommand, UsageError } from './args'

/** @example await createAdminCommand(db, ['--email', 'it@kommune.dk']) // 0 */
export async function createAdminCommand(db: Kysely<Database>, args: string[]): Promise<number> {
  const { values } = parseCommand(args, { email: { type: 'string' }, name: { type: 'string' } })
  if (!values.email) throw new UsageError('create-admin kræver --email <e-mail>')
  const email = z.email().safeParse(values.email.trim())
  if (!email.success) throw new InputError(`Ugyldig e-mail: ${values.email}`)
  await migrateToLatest(db)
  const r = await createUser(db, { email: email.data, name: values.name?.trim() || 'Administrator', role: 'admin' })
  if (!r.ok) throw new InputError(r.fieldErrors?.email?.[0] ?? r.message)
  console.log(`Administrator ${email.data} oprettet. Engangsadgangskode: ${r.value.password}`)
  console.log('Adgangskoden vises kun denne ene gang og skal skiftes ved første log-ind.')
  return 0
}
