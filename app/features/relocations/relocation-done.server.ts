/**
 * What marking a relocation done writes to where the unit sits, inside the caller's transaction.
 *
 * A partial move splits the unit: the part that moves becomes a location row of the same unit
 * at the receiving property (added to any part already there); the part that stays gets a new
 * row at the origin. Old rows are closed on the day before the move, never rewritten, so the
 * history stays. The unit's main site follows the move only when nobody is left at it.
 */
import { addDays, formatDanishDate, maxDate } from '~/core/dates'
import { formatFte } from '~/core/relocation-labels'
import { fromMilli, toMilli } from '~/core/relocation-replay'
import { fail, ok, type ServiceResult } from '~/core/result'
import type { Db } from '~/server/db.server'
import type { CurrentLocation, RelocationRow } from './types'
import { closeLocation, currentLocations, insertLocation } from './unit-locations.repo.server'
import { getUnit, setUnitMainSite } from './units.repo.server'

/** The unit's open rows, writing the implicit placement (seed, import) as a row first. */
async function openRows(trx: Db, unitId: number, now: string): Promise<CurrentLocation[]> {
  const rows = (await currentLocations(trx, [unitId])).get(unitId) ?? []
  for (const row of rows) {
    if (row.id !== null) continue
    row.id = await insertLocation(trx, {
      unitId,
      propertyId: row.propertyId,
      headcount: row.headcount,
      fromDate: row.fromDate ?? '1900-01-01',
      toDate: null,
      relocationId: null,
      createdAt: now,
    })
  }
  return rows
}

const ORDER_MESSAGE = 'Markér enhedens flytninger som gennemført i datoorden.'

/** Why the register cannot record the move, or null. */
function refusal(r: RelocationRow, origin: CurrentLocation | undefined, destination: CurrentLocation | undefined): string | null {
  const date = formatDanishDate(r.date)
  if (!origin) return `${r.unitName} sidder ikke i ${r.fromPropertyName} ifølge registret, så der er ingen at flytte ${date}.`
  if (origin.fromDate && origin.fromDate > r.date) {
    return `${r.unitName} er registreret i ${r.fromPropertyName} fra ${formatDanishDate(origin.fromDate)}, efter flyttedatoen ${date}. ${ORDER_MESSAGE}`
  }
  if (toMilli(r.headcount) > toMilli(origin.headcount)) {
    return `Flytningen flytter ${formatFte(r.headcount)} årsværk af ${r.unitName} fra ${r.fromPropertyName}, men enheden har kun ${formatFte(origin.headcount)} årsværk der ${date}.`
  }
  if (destination?.fromDate && destination.fromDate > r.date) {
    return `${r.unitName} er registreret i ${r.toPropertyName} fra ${formatDanishDate(destination.fromDate)}, efter flyttedatoen ${date}. ${ORDER_MESSAGE}`
  }
  return null
}

/**
 * Move the unit's rows as the relocation says, from its date. Returns a refusal (the caller's
 * transaction then keeps nothing) when the unit does not have the people at the origin.
 * @example const moved = await moveUnit(trx, relocation, nowIso())
 */
export async function moveUnit(trx: Db, r: RelocationRow, now: string): Promise<ServiceResult> {
  const unit = await getUnit(trx, r.unitId)
  if (!unit) return fail('not_found', 'Enheden findes ikke længere.')
  const rows = await openRows(trx, r.unitId, now)
  const origin = rows.find((l) => l.propertyId === r.fromPropertyId)
  const destination = rows.find((l) => l.propertyId === r.toPropertyId)
  const refused = refusal(r, origin, destination)
  if (refused || !origin) return fail('invalid', refused ?? '', { headcount: [refused ?? ''] })

  const remaining = toMilli(origin.headcount) - toMilli(r.headcount)
  const lastDay = (row: CurrentLocation) => maxDate(row.fromDate ?? r.date, addDays(r.date, -1))
  const row = { unitId: r.unitId, fromDate: r.date, toDate: null, relocationId: r.id, createdAt: now }
  await closeLocation(trx, origin.id!, lastDay(origin))
  if (remaining > 0) await insertLocation(trx, { ...row, propertyId: r.fromPropertyId, headcount: fromMilli(remaining) })
  if (destination) await closeLocation(trx, destination.id!, lastDay(destination))
  const arriving = toMilli(r.headcount) + toMilli(destination?.headcount ?? 0)
  await insertLocation(trx, { ...row, propertyId: r.toPropertyId, headcount: fromMilli(arriving) })
  if (remaining <= 0 && unit.propertyId === r.fromPropertyId) await setUnitMainSite(trx, unit.id, r.toPropertyId, r.date, now)
  return ok({ id: r.id })
}
