/**
 * Who is acting in the current request, for the audit trail. Set once by the auth middleware;
 * services read it when they write, so no use case can forget to pass it along.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import type { Role } from '#db/schema'

export interface Actor {
  userId: number | null
  email: string
  /** Null for the system (CLI, seed, tests). */
  role: Role | null
}

const store = new AsyncLocalStorage<Actor>()

/** Changes made outside a request (CLI, seed, tests) are recorded as the system's. */
export const SYSTEM_ACTOR: Actor = { userId: null, email: 'system', role: null }

export function runAsActor<T>(actor: Actor, fn: () => T): T {
  return store.run(actor, fn)
}

export function currentActor(): Actor {
  return store.getStore() ?? SYSTEM_ACTOR
}
