/**
 * Kysely queries for where units sit (unit_location_history). A unit with no open row (created
 * by the seed or an import, which write only the unit) sits wholly at its `property_id`: the
 * reads below fill that in, and services write the row the first time they change the unit.
 */
import type { NewUnitLocation, UnitLocation } from '#db/schema'
import type { Db } from '~/server/db.server'
import type { CurrentLocation } from './types'

/**
 * Current locations of the given units (all units when omitted), by unit.
 * @example (await currentLocations(db, [7])).get(7) // [{ propertyId: 1, headcount: 18, ... }]
 */
export async function currentLocations(db: Db, unitIds?: readonly number[]): Promise<Map<number, CurrentLocation[]>> {
  if (unitIds && unitIds.length === 0) return new Map()
  let rows = db
    .selectFrom('unitLocationHistory as h')
    .innerJoin('property', 'property.id', 'h.propertyId')
    .select(['h.id', 'h.unitId', 'h.propertyId', 'property.name as propertyName', 'h.headcount', 'h.fromDate'])
    .where('h.toDate', 'is', null)
  let units = db
    .selectFrom('unit')
    .innerJoin('property', 'property.id', 'unit.propertyId')
    .select(['unit.id', 'unit.propertyId', 'property.name as propertyName', 'unit.headcount', 'unit.locatedFrom'])
  if (unitIds) {
    rows = rows.where('h.unitId', 'in', [...unitIds])
    units = units.where('unit.id', 'in', [...unitIds])
  }
  const result = new Map<number, CurrentLocation[]>()
  for (const r of await rows.orderBy('h.unitId').orderBy('h.headcount', 'desc').orderBy('h.id').execute()) {
    const list = result.get(r.unitId)
    if (list) list.push(r)
    else result.set(r.unitId, [r])
  }
  for (const u of await units.execute()) {
    if (!result.has(u.id)) {
      result.set(u.id, [
        { id: null, unitId: u.id, propertyId: u.propertyId, propertyName: u.propertyName, headcount: u.headcount, fromDate: u.locatedFrom },
      ])
    }
  }
  return result
}

/**
 * A unit's periods, oldest first, with property names.
 * @example (await locationHistory(db, 7)).at(-1)?.toDate // null: where it sits now
 */
export function locationHistory(db: Db, unitId: number): Promise<(UnitLocation & { propertyName: string })[]> {
  return db
    .selectFrom('unitLocationHistory as h')
    .innerJoin('property', 'property.id', 'h.propertyId')
    .selectAll('h')
    .select('property.name as propertyName')
    .where('h.unitId', '=', unitId)
    .orderBy('h.fromDate')
    .orderBy('h.id')
    .execute()
}

/**
 * Start a period at a property. Returns the new row's id.
 * @example await insertLocation(trx, { unitId: 7, propertyId: 1, headcount: 18, fromDate: '2024-08-12', toDate: null, relocationId: 5, createdAt: now })
 */
export async function insertLocation(db: Db, values: NewUnitLocation): Promise<number> {
  const row = await db.insertInto('unitLocationHistory').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/**
 * End a period on its last day (the row stays as history).
 * @example await closeLocation(trx, 12, '2024-08-11')
 */
export async function closeLocation(db: Db, id: number, toDate: string): Promise<void> {
  await db.updateTable('unitLocationHistory').set({ toDate }).where('id', '=', id).execute()
}

/**
 * Correct an open period in place (a typing error, not a move).
 * @example await correctLocation(trx, 12, { headcount: 19.5 })
 */
export async function correctLocation(
  db: Db,
  id: number,
  values: { propertyId?: number; headcount?: number; fromDate?: string },
): Promise<void> {
  await db.updateTable('unitLocationHistory').set(values).where('id', '=', id).where('toDate', 'is', null).execute()
}

/**
 * Whether a unit has moved by a relocation marked done (then its placement is history).
 * @example await hasRecordedMoves(db, 7) // true after its move was marked done
 */
export async function hasRecordedMoves(db: Db, unitId: number): Promise<boolean> {
  const row = await db
    .selectFrom('unitLocationHistory')
    .select('id')
    .where('unitId', '=', unitId)
    .where('relocationId', 'is not', null)
    .executeTakeFirst()
  return row !== undefined
}
