/**
 * The environment, validated once at start. A bad value stops the server with a clear message
 * instead of failing later on a request.
 */
import { z } from 'zod'

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().min(1).default('data/kvadratmeter.sqlite'),
  /** Fill an empty database with the Hedensted demo data on start (default on). */
  SEED_DEMO_DATA: z.enum(['true', 'false']).default('true'),
  MUNICIPALITY_NAME: z.string().min(1).default('Hedensted Kommune'),
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
