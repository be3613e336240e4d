/**
 * The map's queries: properties in a box grouped into grid cells, single properties with their
 * sale and latest consumption, one page of the list, and the filter boxes' counts. The box is a
 * range on latitude (index property_latitude_grid_idx) and longitude.
 */
import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely'
import type { Database } from '#db/schema'
import { dialectOfDb } from '#db/dialect-sql'
import type { Db } from '~/server/db.server'
import { Money } from '~/core/money'
import { KWH_LIMITS, type BBox, type CellRow, type CellSize } from './clustering'
import type { MapQuery } from './schemas'
import type { ColourBy, MapProperty } from './types'

/** What selects properties: the box and the filters (colouring, zoom and page do not). */
export type MapWhere = Pick<MapQuery, 'bbox' | 'statuses' | 'uses'>

const NONE = sql<SqlBool>`1 = 0`

function inView(eb: ExpressionBuilder<Database, 'property'>, q: MapWhere) {
  const all: Expression<SqlBool>[] = [eb('property.latitude', 'is not', null), eb('property.longitude', 'is not', null)]
  if (q.bbox) {
    all.push(eb('property.latitude', '>=', q.bbox.south), eb('property.latitude', '<=', q.bbox.north))
    all.push(eb('property.longitude', '>=', q.bbox.west), eb('property.longitude', '<=', q.bbox.east))
  }
  if (q.statuses) all.push(q.statuses.length ? eb('property.status', 'in', q.statuses) : NONE)
  if (q.uses) all.push(q.uses.length ? eb('property.use', 'in', q.uses) : NONE)
  return eb.and(all)
}

/**
 * The band of heat and electricity per m² in the latest metered year ('0' lowest, 'none' unknown),
 * compared as kWh < limit × m² so no division rounds.
 */
function kwhBandKey(): RawBuilder<string> {
  const total = sql`coalesce(c.heat_kwh, 0) + coalesce(c.electricity_kwh, 0)`
  const bands = KWH_LIMITS.map((limit, i) => sql`when ${total} < ${sql.lit(limit)} * property.gross_area_m2 then ${sql.lit(String(i))}`)
  return sql<string>`coalesce((select case when property.gross_area_m2 <= 0 or (c.heat_kwh is null and c.electricity_kwh is null) then 'none'
    ${sql.join(bands, sql` `)} else ${sql.lit(String(KWH_LIMITS.length))} end
    from property_consumption c where c.property_id = property.id order by c.year desc limit 1), 'none')`
}

function colourKey(by: ColourBy): RawBuilder<string> {
  if (by === 'energyLabel') return sql<string>`coalesce(property.energy_label, 'none')`
  if (by === 'kwh') return kwhBandKey()
  return sql<string>`property.status`
}

/** A whole cell number: SQLite's cast truncates, which is the floor of the positive values used here. */
function cell(db: Db, value: RawBuilder<number>): RawBuilder<number> {
  return dialectOfDb(db) === 'postgres' ? sql<number>`cast(floor(${value}) as integer)` : sql<number>`cast(${value} as integer)`
}

/**
 * Properties in view per grid cell and colour key. @example await cellRows(db, where, 'status', { lon: 0.1, lat: 0.06 })
 */
export async function cellRows(db: Db, q: MapWhere, colourBy: ColourBy, size: CellSize): Promise<CellRow[]> {
  const inner = db
    .selectFrom('property')
    .select([
      'property.id',
      'property.latitude',
      'property.longitude',
      cell(db, sql<number>`(property.longitude + 180) / ${size.lon}`).as('cx'),
      cell(db, sql<number>`(property.latitude + 90) / ${size.lat}`).as('cy'),
      colourKey(colourBy).as('key'),
    ])
    .where((eb) => inView(eb, q))
  const rows = await db
    .selectFrom(inner.as('p'))
    .select((eb) => [
      'p.cx',
      'p.cy',
      'p.key',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('p.latitude').as('sumLat'),
      eb.fn.sum<number>('p.longitude').as('sumLon'),
      eb.fn.min<number>('p.latitude').as('minLat'),
      eb.fn.max<number>('p.latitude').as('maxLat'),
      eb.fn.min<number>('p.longitude').as('minLon'),
      eb.fn.max<number>('p.longitude').as('maxLon'),
      eb.fn.min<number>('p.id').as('firstId'),
    ])
    .groupBy(['p.cx', 'p.cy', 'p.key'])
    .execute()
  return rows.map((r) => ({
    cx: Number(r.cx),
    cy: Number(r.cy),
    key: String(r.key),
    n: Number(r.n),
    sumLat: Number(r.sumLat),
    sumLon: Number(r.sumLon),
    minLat: Number(r.minLat),
    maxLat: Number(r.maxLat),
    minLon: Number(r.minLon),
    maxLon: Number(r.maxLon),
    firstId: Number(r.firstId),
  }))
}

/** The ids of the properties in view, unordered (the query plan test reads its plan). @example await inViewQuery(db, where).execute() */
export function inViewQuery(db: Db, q: MapWhere) {
  return db
    .selectFrom('property')
    .select('property.id')
    .where((eb) => inView(eb, q))
}

/** Ids of properties in view in list order, a slice of them. @example await idsInView(db, where, 2001, 0) */
export async function idsInView(db: Db, q: MapWhere, limit: number, offset: number): Promise<number[]> {
  const rows = await inViewQuery(db, q).orderBy('property.sortKey').orderBy('property.id').limit(limit).offset(offset).execute()
  return rows.map((r) => r.id)
}

/** How many properties are in view. @example await countInView(db, { bbox: null, statuses: null, uses: null }) // 38 */
export async function countInView(db: Db, q: MapWhere): Promise<number> {
  const row = await db
    .selectFrom('property')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => inView(eb, q))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Heat and electricity of the latest year per m², as decimal text; null when unknown. */
function kwhPerM2(area: number, heat: number | string | null, electricity: number | string | null): string | null {
  if (area <= 0 || (heat === null && electricity === null)) return null
  return new Money(Number(heat ?? 0) + Number(electricity ?? 0)).div(area).toString()
}

/** The properties with these ids, with sale and latest consumption, in list order. @example await mapPropertiesByIds(db, [3, 7]) */
export async function mapPropertiesByIds(db: Db, ids: readonly number[]): Promise<MapProperty[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('property')
    .leftJoin('sale', 'sale.propertyId', 'property.id')
    // The latest metered year, for colouring by kWh per m².
    .leftJoin('propertyConsumption as c', (join) =>
      join.onRef('c.propertyId', '=', 'property.id').on((eb) =>
        eb(
          'c.year',
          '=',
          eb
            .selectFrom('propertyConsumption as latest')
            .select((e) => e.fn.max('latest.year').as('year'))
            .whereRef('latest.propertyId', '=', 'property.id'),
        ),
      ),
    )
    .select([
      'property.id',
      'property.name',
      'property.address',
      'property.town',
      'property.ownership',
      'property.use',
      'property.status',
      'property.latitude',
      'property.longitude',
      'sale.id as saleId',
      'sale.status as saleStatus',
      'property.energyLabel',
      'property.grossAreaM2',
      'c.year as consumptionYear',
      'c.heatKwh',
      'c.electricityKwh',
    ])
    .where('property.id', 'in', [...ids])
    .orderBy('property.sortKey')
    .orderBy('property.id')
    .execute()
  return rows.map(({ grossAreaM2, heatKwh, electricityKwh, consumptionYear, ...p }) => ({
    ...(p as Omit<MapProperty, 'kwhPerM2' | 'consumptionYear'>),
    consumptionYear: consumptionYear === null ? null : Number(consumptionYear),
    kwhPerM2: kwhPerM2(Number(grossAreaM2), heatKwh, electricityKwh),
  }))
}

/** Placed properties per status and per use, for the filter boxes (one pass over the table). @example (await placedCounts(db)).byStatus.in_use // 30 */
export async function placedCounts(db: Db): Promise<{ byStatus: Record<string, number>; byUse: Record<string, number> }> {
  const rows = await db
    .selectFrom('property')
    .select((eb) => ['property.status', 'property.use', eb.fn.countAll<number>().as('n')])
    .where((eb) => inView(eb, { bbox: null, statuses: null, uses: null }))
    .groupBy(['property.status', 'property.use'])
    .execute()
  const byStatus: Record<string, number> = {}
  const byUse: Record<string, number> = {}
  for (const r of rows) {
    byStatus[r.status] = (byStatus[r.status] ?? 0) + Number(r.n)
    byUse[r.use] = (byUse[r.use] ?? 0) + Number(r.n)
  }
  return { byStatus, byUse }
}

/**
 * The box around every property's coordinates, or null when none has any. Four single min/max
 * queries, each read from the end of its index (a combined one would scan the table); min and max
 * skip missing values, so a property with only one coordinate can widen the box a little.
 * @example await placedExtent(db) // { west: 9.4, south: 55.7, … }
 */
export async function placedExtent(db: Db): Promise<BBox | null> {
  const one = async (fn: 'min' | 'max', column: 'latitude' | 'longitude') => {
    const row = await db
      .selectFrom('property')
      .select((eb) => eb.fn[fn]<number | null>(`property.${column}`).as('v'))
      .executeTakeFirstOrThrow()
    return row.v === null ? null : Number(row.v)
  }
  const [west, south, east, north] = await Promise.all([
    one('min', 'longitude'),
    one('min', 'latitude'),
    one('max', 'longitude'),
    one('max', 'latitude'),
  ])
  if (west === null || south === null || east === null || north === null) return null
  return { west, south, east, north }
}

/** How many properties have no coordinates (the map says so). @example await countUnplacedProperties(db) // 0 */
export async function countUnplacedProperties(db: Db): Promise<number> {
  const row = await db
    .selectFrom('property')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.or([eb('latitude', 'is', null), eb('longitude', 'is', null)]))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
