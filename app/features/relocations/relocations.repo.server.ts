/** Kysely queries for relocations (flytninger) and rotations (rokader). Every function takes the database or a transaction first. */
import { sql } from 'kysely'
import type { Rotation } from '#db/schema'
import type { Db } from '~/server/db.server'
import type { RelocationFilter, RelocationRow } from './types'

/**
 * Relocations in date order with unit, property and rotation names.
 * @example await listRelocations(db, { propertyId: 3 })
 */
export async function listRelocations(db: Db, filter: RelocationFilter = {}): Promise<RelocationRow[]> {
  let q = db
    .selectFrom('relocation as r')
    .innerJoin('unit', 'unit.id', 'r.unitId')
    .innerJoin('property as pf', 'pf.id', 'r.fromPropertyId')
    .innerJoin('property as pt', 'pt.id', 'r.toPropertyId')
    .leftJoin('rotation', 'rotation.id', 'r.rotationId')
    .selectAll('r')
    .select(['unit.name as unitName', 'pf.name as fromPropertyName', 'pt.name as toPropertyName', 'rotation.name as rotationName'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('unitLocationHistory as h')
            .select(sql`1`.as('one'))
            .whereRef('h.relocationId', '=', 'r.id')
            .whereRef('h.propertyId', '=', 'r.fromPropertyId'),
        )
        .as('keptAtOrigin'),
    )
  if (filter.unitId !== undefined) q = q.where('r.unitId', '=', filter.unitId)
  if (filter.rotationId !== undefined) q = q.where('r.rotationId', '=', filter.rotationId)
  if (filter.propertyId !== undefined) {
    const id = filter.propertyId
    q = q.where((eb) => eb.or([eb('r.fromPropertyId', '=', id), eb('r.toPropertyId', '=', id)]))
  }
  if (filter.statuses?.length) q = q.where('r.status', 'in', [...filter.statuses])
  const rows = await q.orderBy('r.date').orderBy('r.id').execute()
  return rows.map(({ keptAtOrigin, ...r }) => ({ ...r, emptiedOrigin: r.status === 'done' && !truthy(keptAtOrigin) }))
}

/** SQLite answers EXISTS with 0/1, PostgreSQL with a boolean. */
const truthy = (v: unknown) => v === true || v === 1 || v === '1'

/**
 * One relocation with its names.
 * @example (await getRelocation(db, 5))?.toPropertyName // 'Hedensted Rådhus'
 */
export async function getRelocation(db: Db, id: number): Promise<RelocationRow | undefined> {
  const row = await db.selectFrom('relocation').select('unitId').where('id', '=', id).executeTakeFirst()
  if (!row) return undefined
  return (await listRelocations(db, { unitId: row.unitId })).find((r) => r.id === id)
}

/**
 * Rotations by date (undated last), with how many relocations each groups.
 * @example (await listRotations(db))[0] // { name: 'Tættere Sammen', relocationCount: 5, … }
 */
export async function listRotations(db: Db): Promise<(Rotation & { relocationCount: number })[]> {
  const rows = await db
    .selectFrom('rotation')
    .selectAll('rotation')
    .select((eb) =>
      eb
        .selectFrom('relocation')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('relocation.rotationId', '=', 'rotation.id')
        .as('relocationCount'),
    )
    .orderBy(sql`case when date is null then 1 else 0 end`)
    .orderBy('date')
    .orderBy('name')
    .execute()
  return rows.map((r) => ({ ...r, relocationCount: Number(r.relocationCount ?? 0) }))
}

/**
 * One rotation.
 * @example (await getRotation(db, 1))?.name // 'Tættere Sammen'
 */
export function getRotation(db: Db, id: number): Promise<Rotation | undefined> {
  return db.selectFrom('rotation').selectAll().where('id', '=', id).executeTakeFirst()
}

/**
 * The rotation that has a name, if any (names are unique).
 * @example await findRotationByName(db, 'Tættere Sammen') // { id: 1 }
 */
export function findRotationByName(db: Db, name: string): Promise<{ id: number } | undefined> {
  return db.selectFrom('rotation').select('id').where('name', '=', name).executeTakeFirst()
}

/**
 * Take a rotation's relocations out of it before it is deleted; they stay, ungrouped.
 * @example await ungroupRotation(trx, 3)
 */
export async function ungroupRotation(db: Db, rotationId: number): Promise<void> {
  await db.updateTable('relocation').set({ rotationId: null }).where('rotationId', '=', rotationId).execute()
}
