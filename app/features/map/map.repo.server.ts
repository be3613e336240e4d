/** What the map draws: every property with coordinates, with its sale if any. */
import type { Db } from '~/server/db.server'
import { Money } from '~/core/money'
import type { MapProperty } from './types'

/** Heat and electricity of the latest year per m², as decimal text; null when unknown. */
function kwhPerM2(area: number, heat: number | string | null, electricity: number | string | null): string | null {
  if (area <= 0 || (heat === null && electricity === null)) return null
  return new Money(Number(heat ?? 0) + Number(electricity ?? 0)).div(area).toString()
}

/** Properties with both coordinates, by name. @example await listMapProperties(db) */
export async function listMapProperties(db: Db): Promise<MapProperty[]> {
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
    .where('property.latitude', 'is not', null)
    .where('property.longitude', 'is not', null)
    .orderBy('property.sortKey')
    .orderBy('property.id')
    .execute()
  return rows.map(({ grossAreaM2, heatKwh, electricityKwh, consumptionYear, ...p }) => ({
    ...(p as Omit<MapProperty, 'kwhPerM2' | 'consumptionYear'>),
    consumptionYear: consumptionYear === null ? null : Number(consumptionYear),
    kwhPerM2: kwhPerM2(Number(grossAreaM2), heatKwh, electricityKwh),
  }))
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
