/**
 * Kysely queries for the units grid (/enheder and /api/v1/units): one page of units, sorted,
 * filtered and searched in SQL, with the figures each row shows. The Danish order reads the
 * stored sort key (db/text.ts's sortKey, indexed with the id); the quick search reads the stored,
 * folded name, parent's name and contact person (unit.search_text, kept by the database).
 */
import { sql, type Expression } from 'kysely'
import { dialectOfDb } from '#db/dialect-sql'
import type { DialectName } from '#db/connection'
import type { Db } from '~/server/db.server'
import {
  applyGrid,
  applySort,
  EXPORT_BATCH,
  gridBatches,
  gridColumnsFromFields,
  gridCount,
  gridPage,
  type GridColumns,
  type GridRequest,
} from '~/server/grid-query.server'
import type { RelocationStatus } from '#db/schema'
import { unitFields } from './fields'

/**
 * The grid's columns: the registry's, the parent's name, and the desks shown (the unit's own
 * need, or headcount × the plan's desk factor).
 * @example unitGridColumns('sqlite', 0.8).get('workplacesNeeded')?.kind // 'number'
 */
export function unitGridColumns(dialect: DialectName, deskFactor: number): GridColumns {
  const columns = gridColumnsFromFields('unit', unitFields)
  const name = columns.get('name')!
  return new Map([
    ...columns,
    ['name', { ...name, sortRef: sql.ref('unit.sort_key') }],
    ['parentName', { ref: sql.ref('parent.name'), kind: 'text', sortRef: sql.ref('parent.sort_key') }],
    ['workplacesNeeded', { ref: sql`coalesce(unit.workplaces_needed, unit.headcount * ${deskFactor})`, kind: 'number' }],
  ])
}

function filtered(db: Db, req: GridRequest, columns: GridColumns) {
  const base = db.selectFrom('unit').leftJoin('unit as parent', 'parent.id', 'unit.parentId')
  return applyGrid(base, req, columns, dialectOfDb(db), { text: sql.ref('unit.search_text') })
}

/** A filter on the parent's name reads the parent: only then do counts need the join (the quick search reads unit.search_text). */
const readsParent = (req: GridRequest) => 'parentName' in req.filter

/**
 * How many units the request matches and their headcount: over the unit table alone when nothing
 * reads the parent, which at 135,000 units is several times cheaper than through the join.
 */
function countAndHeadcount(db: Db, req: GridRequest, columns: GridColumns) {
  if (readsParent(req))
    return filtered(db, req, columns)
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('unit.headcount').as('total')])
      .executeTakeFirstOrThrow()
  return gridCount(db, req, 'unit', () =>
    applyGrid(db.selectFrom('unit'), req, columns, dialectOfDb(db), { text: sql.ref('unit.search_text') })
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('unit.headcount').as('total')])
      .executeTakeFirstOrThrow(),
  )
}

/** One page of units and the count matching the filters. @example await listUnitGridPage(db, req, 0.8) */
export function listUnitGridPage(db: Db, req: GridRequest, deskFactor: number) {
  const columns = unitGridColumns(dialectOfDb(db), deskFactor)
  const sorted = () =>
    applySort(
      filtered(db, req, columns).selectAll('unit').select('parent.name as parentName'),
      req,
      columns,
      sql.ref('unit.id'),
      sql.ref('unit.sort_key'),
    )
  const count = () => countAndHeadcount(db, req, columns)
  return gridPage(req, sorted, count, 'unit.id')
}

/**
 * Every unit the quick search matches (and, given a property, that sits there now), in the grid's
 * order, in batches for the CSV export.
 * @example for await (const units of streamUnitGridRows(db, { search: 'børn' }, 0.8)) write(units)
 */
export function streamUnitGridRows(db: Db, filter: { search: string; propertyId?: number }, deskFactor: number, batch = EXPORT_BATCH) {
  const columns = unitGridColumns(dialectOfDb(db), deskFactor)
  const req: GridRequest = { offset: 0, limit: 1, sort: [], filter: {}, search: filter.search }
  const sorted = () => {
    let q = filtered(db, req, columns).selectAll('unit').select('parent.name as parentName')
    if (filter.propertyId !== undefined) q = q.where(sitsAt(filter.propertyId))
    return applySort(q, req, columns, sql.ref('unit.id'), sql.ref('unit.sort_key'))
  }
  return gridBatches(sorted, 'unit.id', batch)
}

/**
 * A unit sits at a property now: an open location row there, or, for a unit without location
 * rows, its main site (as unit-locations.repo.server.ts's currentLocations reads it).
 */
function sitsAt(propertyId: number) {
  const open = (where: Expression<unknown>) =>
    sql`exists (select 1 from unit_location_history h where h.unit_id = unit.id and h.to_date is null${where})`
  return sql<boolean>`(${open(sql` and h.property_id = ${propertyId}`)} or (unit.property_id = ${propertyId} and not ${open(sql``)}))`
}

/** The headcount of every unit matching the filters. @example await sumUnitHeadcount(db, req, 0.8) // 1234.5 */
export async function sumUnitHeadcount(db: Db, req: GridRequest, deskFactor: number): Promise<number> {
  const row = await countAndHeadcount(db, { ...req, sort: [] }, unitGridColumns(dialectOfDb(db), deskFactor))
  return Number(row.total ?? 0)
}

/**
 * How many relocations not yet done each of the given units has.
 * @example await countPendingMoves(db, [7]) // Map { 7 => 1 }
 */
export async function countPendingMoves(db: Db, unitIds: readonly number[]): Promise<Map<number, number>> {
  if (unitIds.length === 0) return new Map()
  const pending: RelocationStatus[] = ['idea', 'planned', 'decided']
  const rows = await db
    .selectFrom('relocation')
    .select(['unitId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('unitId', 'in', [...unitIds])
    .where('status', 'in', pending)
    .groupBy('unitId')
    .execute()
  return new Map(rows.map((r) => [r.unitId, Number(r.n)]))
}
