/**
 * The environment, validated once at start. A bad value stops the server with a clear message
 * instead of failing later on a request.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().min(1).default('data/kvadratmeter.sqlite'),
  /** First run: create the folder of a SQLite DATABASE_URL that does not exist yet (the server's --init). */
  DATABASE_INIT: z.enum(['true', 'false']).default('false'),
  /** Scenario computations in a worker thread (default: in the production server only). */
  COMPUTE_THREADS: z.enum(['true', 'false']).optional(),
  /** Fill an empty database with the Hedensted demo data on start (default on). */
  SEED_DEMO_DATA: z.enum(['true', 'false']).default('true'),
  MUNICIPALITY_NAME: z.string().min(1).default('Hedensted Kommune'),
  /** Map tiles under the markers on /kort: an XYZ template in Web Mercator with {z}, {x} and {y}. Unset: the offline background. */
  MAP_TILE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .url('MAP_TILE_URL skal være en URL, fx https://tile.example.dk/{z}/{x}/{y}.png')
      .refine(
        (u) => /^https?:\/\//.test(u) && ['{z}', '{x}', '{y}'].every((p) => u.includes(p)),
        'MAP_TILE_URL skal være http(s) og indeholde {z}, {x} og {y}',
      )
      .optional(),
  ),
  /** Credit shown on the map for the tiles (required by most tile providers). */
  MAP_TILE_ATTRIBUTION: z.string().default(''),
  /** Signs the session cookie. When unset, a random one is kept in SESSION_SECRET_FILE. */
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET skal være mindst 32 tegn').optional(),
  SESSION_SECRET_FILE: z.string().min(1).default('data/session-secret'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
})

export type Env = z.infer<typeof schema>

let cached: Env | null = null

/** @example getEnv().DATABASE_URL // 'data/kvadratmeter.sqlite' */
export function getEnv(): Env {
  if (cached) return cached
  const parsed = schema.safeParse(process.env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Ugyldig konfiguration (miljøvariabler):\n${lines.join('\n')}`)
  }
  cached = parsed.data
  return cached
}

let secret: string | null = null

/**
 * The cookie-signing secret: SESSION_SECRET, or a random one created once and kept in a file
 * readable by the server only, so `npm start` works on a fresh machine and sessions survive restarts.
 */
export function sessionSecret(): string {
  if (secret) return secret
  const env = getEnv()
  if (env.SESSION_SECRET) return (secret = env.SESSION_SECRET)
  const file = path.resolve(env.SESSION_SECRET_FILE)
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    try {
      fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' })
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
  return (secret = fs.readFileSync(file, 'utf8').trim())
}
