/** Kysely queries for relocations (flytninger) and rotations (rokader). */
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database, NewRelocation, NewRotation, Relocation, RelocationStatus, Rotation } from '#db/schema'

type Db = Kysely<Database> | Transaction<Database>

/** A relocation with the names a list shows. */
export interface RelocationRow extends Relocation {
  unitName: string
  fromPropertyName: string
  toPropertyName: string
  rotationName: string | null
  /** Done, and the unit kept nobody at the origin (see app/services/relocation-replay.ts). */
  emptiedOrigin: boolean
}

export interface RelocationFilter {
  unitId?: number
  /** From or to this property. */
  propertyId?: number
  rotationId?: number
  statuses?: readonly RelocationStatus[]
}

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

export async function getRelocation(db: Db, id: number): Promise<RelocationRow | undefined> {
  const row = await db.selectFrom('relocation').select('unitId').where('id', '=', id).executeTakeFirst()
  if (!row) return undefined
  return (await listRelocations(db, { unitId: row.unitId })).find((r) => r.id === id)
}

export async function insertRelocation(db: Db, values: NewRelocation): Promise<number> {
  const row = await db.insertInto('relocation').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** Update when still at `version`; false when someone else saved first. */
export async function updateRelocation(db: Db, id: number, version: number, values: Partial<NewRelocation>): Promise<boolean> {
  const r = await db
    .updateTable('relocation')
    .set({ ...values, version: sql`version + 1` as never })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

export async function deleteRelocation(db: Db, id: number): Promise<boolean> {
  const r = await db.deleteFrom('relocation').where('id', '=', id).where('status', '<>', 'done').executeTakeFirst()
  return Number(r.numDeletedRows) === 1
}

/** Rotations by date (undated last), with how many relocations each groups. */
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

export function getRotation(db: Db, id: number): Promise<Rotation | undefined> {
  return db.selectFrom('rotation').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function insertRotation(db: Db, values: NewRotation): Promise<number> {
  const row = await db.insertInto('rotation').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function updateRotation(db: Db, id: number, version: number, values: Partial<NewRotation>): Promise<boolean> {
  const r = await db
    .updateTable('rotation')
    .set({ ...values, version: sql`version + 1` as never })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Delete a rotation; its relocations stay, ungrouped. */
export async function deleteRotation(db: Db, id: number): Promise<boolean> {
  await db.updateTable('relocation').set({ rotationId: null }).where('rotationId', '=', id).execute()
  const r = await db.deleteFrom('rotation').where('id', '=', id).executeTakeFirst()
  return Number(r.numDeletedRows) === 1
}
