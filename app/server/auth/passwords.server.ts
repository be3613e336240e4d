/**
 * Password hashing with scrypt (memory-hard, in Node's crypto: no native dependency).
 * Stored as `scrypt$N$r$p$salt$hash` so the cost can be raised later without breaking old hashes.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { weakPasswordReason } from './password-strength.server'

const COST = { N: 2 ** 15, r: 8, p: 1 }
const KEY_LENGTH = 32

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { ...options, maxmem: 256 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  )
}

/** @example const stored = await hashPassword('hemmelig-kode') */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, COST)
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$')
}

/** Constant-time check of a password against a stored hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64')
  const key = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) })
  return key.length === expected.length && timingSafeEqual(key, expected)
}

/** A readable one-time password (no 0/O/1/l), e.g. for the first administrator. */
export function oneTimePassword(length = 16): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  const bytes = randomBytes(length)
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')
}

/**
 * The rule for new passwords, in Danish: 12 to 200 characters and not easy to guess (zxcvbn-ts,
 * with the user's own e-mail and name counted against it). Null when acceptable.
 * @example passwordProblem('aaaaaaaaaaaa') // 'Adgangskoden er for let at gætte. …'
 */
export function passwordProblem(password: string, related: string[] = []): string | null {
  if (password.length < 12) return 'Adgangskoden skal have mindst 12 tegn'
  if (password.length > 200) return 'Adgangskoden må højst have 200 tegn'
  return weakPasswordReason(password, related)
}
