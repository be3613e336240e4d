/** What the map draws: every property with coordinates, with its sale if any. */
import type { Db } from '~/server/db.server'
import type { MapProperty } from './types'

/** Properties with both coordinates, by name. @example await listMapProperties(db) */
export async function listMapProperties(db: Db): Promise<MapProperty[]> {
  const rows = await db
    .selectFrom('property')
    .leftJoin('sale', 'sale.propertyId', 'property.id')
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
    ])
    .where('property.latitude', 'is not', null)
    .where('property.longitude', 'is not', null)
    .orderBy('property.sortKey')
    .orderBy('property.id')
    .execute()
  return rows as MapProperty[]
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
