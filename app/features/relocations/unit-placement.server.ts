/**
 * A unit placed in a rented building whose lease has ended by the day it arrives is most likely a
 * typing error (or an old address); the planner confirms it before it is saved.
 */
import { formatDanishDate } from '~/core/dates'
import { fail, type ServiceResult } from '~/core/result'
import { listLeasesOfProperty } from '~/features/leases/leases.server'
import type { Db } from '~/server/db.server'
import { SAVE_ANYWAY_LABEL } from './schemas'

/**
 * Why placing a unit at the property from `date` needs confirmation, or null: the property is
 * rented and every lease the municipality holds there has ended before that day.
 * @example await endedLeaseWarning(db, 4, '2024-09-01') // 'Lejemålet på ejendommen ophørte 31.08.2024, før enheden placeres der 01.09.2024.'
 */
export async function endedLeaseWarning(db: Db, propertyId: number, date: string): Promise<string | null> {
  const rented = (await listLeasesOfProperty(db, propertyId)).filter((l) => l.direction === 'tenant')
  if (rented.length === 0) return null
  const ends = rented.map((l) => l.endDate)
  if (ends.some((end) => end === null || end >= date)) return null
  const lastEnd = (ends as string[]).sort().at(-1)!
  return `Lejemålet på ejendommen ophørte ${formatDanishDate(lastEnd)}, før enheden placeres der ${formatDanishDate(date)}.`
}

/** The refusal that asks for the confirmation box, naming it as it is labelled. */
export function placementNeedsConfirmation(warning: string): ServiceResult<never> {
  return fail('invalid', `${warning} Sæt kryds i "${SAVE_ANYWAY_LABEL}" for at gemme alligevel.`, { acceptWarnings: [warning] })
}
