/** Small helpers shared by loaders and actions. */
import { data } from 'react-router'

/** Throw a Danish 404 unless `condition`. @example invariantResponse(lease, 'Lejemålet findes ikke') */
export function invariantResponse(condition: unknown, message: string, status = 404): asserts condition {
  if (!condition) throw data(message, { status })
}

/** A positive integer id from a route param, or a 404. */
export function parseId(raw: string | undefined, what: string): number {
  const id = Number(raw)
  invariantResponse(Number.isSafeInteger(id) && id > 0, `${what} findes ikke.`)
  return id
}
