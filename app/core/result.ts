/** What a use case tells its route: done, or why not, in Danish, with field messages when a field is at fault. */
export type ServiceResult<T = { id: number }> =
  | { ok: true; value: T }
  | { ok: false; reason: 'not_found' | 'conflict' | 'invalid' | 'blocked'; message: string; fieldErrors?: Record<string, string[]> }

export const ok = <T>(value: T): ServiceResult<T> => ({ ok: true, value })

export const fail = (
  reason: 'not_found' | 'conflict' | 'invalid' | 'blocked',
  message: string,
  fieldErrors?: Record<string, string[]>,
): ServiceResult<never> => ({ ok: false, reason, message, fieldErrors })

export const CONFLICT_MESSAGE =
  'En anden har gemt ændringer i denne post, efter du åbnede den. Dine indtastninger er bevaret herunder: ' +
  'genindlæs siden for at se den nye udgave, og indtast dine ændringer igen.'

/** Now as ISO-8601 UTC text, the stored form of timestamps. */
export const nowIso = () => new Date().toISOString()
