/**
 * Identity: the one module that decides who a person is. Today e-mail and password; the
 * municipality's single sign-on can replace `authenticate` without touching the rest.
 */
import type { Kysely } from 'kysely'
import type { AppUser, Database } from '#db/schema'
import { verifyPassword } from './passwords.server'
import { clearFailures, lockedMinutes, recordFailure } from './rate-limit.server'

export type AuthOutcome = { ok: true; user: AppUser } | { ok: false; message: string }

const WRONG = 'Forkert e-mail eller adgangskode.'

/**
 * Check an e-mail and password, counting failures per account and per address.
 * @example await authenticate(db, 'hr@hedensted.demo', '…', '127.0.0.1')
 */
export async function authenticate(db: Kysely<Database>, email: string, password: string, address: string): Promise<AuthOutcome> {
  const account = email.trim().toLowerCase()
  const keys = { account, address }
  const locked = await lockedMinutes(db, keys)
  if (locked > 0) return { ok: false, message: `For mange forkerte forsøg. Prøv igen om ${locked} ${locked === 1 ? 'minut' : 'minutter'}.` }
  const user = await db.selectFrom('appUser').selectAll().where('email', '=', account).executeTakeFirst()
  // Verify even for unknown accounts so the answer takes the same time either way.
  const valid = await verifyPassword(
    password,
    user?.passwordHash ?? 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  )
  if (!user || !valid || user.active !== 1) {
    await recordFailure(db, keys)
    return { ok: false, message: WRONG }
  }
  await clearFailures(db, account)
  return { ok: true, user }
}
