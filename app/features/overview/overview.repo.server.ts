/** The front page's figures over the register: sums and counts read in one query each. */
import type { ExpressionBuilder } from 'kysely'
import type { Database } from '#db/schema'
import { sortKey } from '#db/text'
import type { Db } from '~/server/db.server'

/**
 * Properties not sold: how many, how many owned, their area, workplaces and operating costs.
 * @example (await summariseProperties(db)).n
 */
export function summariseProperties(db: Db) {
  return db
    .selectFrom('property')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>(eb.case().when('ownership', '=', 'owned').then(1).else(0).end()).as('owned'),
      eb.fn.sum<number>('grossAreaM2').as('area'),
      eb.fn.sum<number>('workplaces').as('workplaces'),
      eb.fn.sum<number>('annualOperatingCostOre').as('operating'),
    ])
    .where('status', '<>', 'sold')
    .executeTakeFirstOrThrow()
}

/** Running leases the municipality rents: how many and their yearly rent and service. @example (await summariseTenantLeases(db)).rent */
export function summariseTenantLeases(db: Db) {
  return db
    .selectFrom('lease')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>(eb('annualRentOre', '+', eb.ref('annualServiceOre'))).as('rent')])
    .where('direction', '=', 'tenant')
    .where('status', 'in', ['active', 'terminated', 'vacated'])
    .executeTakeFirstOrThrow()
}

/**
 * The first `limit` leases ending from `from` to `to` (ISO), by end date.
 * @example await listLeasesEnding(db, '2024-01-01', '2024-12-31', 10)
 */
export function listLeasesEnding(db: Db, from: string, to: string, limit: number) {
  return db
    .selectFrom('lease')
    .innerJoin('property', 'property.id', 'lease.propertyId')
    .select([
      'lease.id',
      'lease.counterparty',
      'property.name as propertyName',
      'lease.endDate',
      'lease.annualRentOre',
      'lease.annualServiceOre',
    ])
    .where('lease.endDate', '>=', from)
    .where('lease.endDate', '<=', to)
    .orderBy('lease.endDate')
    .orderBy('lease.id')
    .limit(limit)
    .execute()
}

/** How many leases end from `from` to `to` (ISO). @example await countLeasesEnding(db, '2024-01-01', '2024-12-31') */
export async function countLeasesEnding(db: Db, from: string, to: string): Promise<number> {
  const row = await db
    .selectFrom('lease')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('endDate', '>=', from)
    .where('endDate', '<=', to)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * Sales not withdrawn: how many are sold and their realised prices, how many are open and their
 * expected prices. @example (await summariseSales(db)).sold
 */
export function summariseSales(db: Db) {
  const isSold = (eb: ExpressionBuilder<Database, 'sale'>) => eb('status', '=', 'sold')
  return db
    .selectFrom('sale')
    .select((eb) => [
      eb.fn.sum<number>(eb.case().when(isSold(eb)).then(1).else(0).end()).as('sold'),
      eb.fn.sum<number>(eb.case().when(isSold(eb)).then(0).else(1).end()).as('open'),
      eb.fn.sum<number>(eb.case().when(isSold(eb)).then(eb.ref('realisedPriceOre')).else(0).end()).as('realised'),
      eb.fn.sum<number>(eb.case().when(isSold(eb)).then(0).else(eb.ref('expectedPriceOre')).end()).as('expected'),
    ])
    .where('status', '<>', 'withdrawn')
    .executeTakeFirstOrThrow()
}

/**
 * How many of these property names the register holds (the demo portfolio's names).
 * @example await countPropertiesNamed(db, ['Hedensted Rådhus']) // 1 with the demo data
 */
export async function countPropertiesNamed(db: Db, names: readonly string[]): Promise<number> {
  if (names.length === 0) return 0
  // Found through the sort-key index (a name's key is its folded self): a few rows read, not every
  // property's name (28-39 ms of the request thread at national scale). The exact names are compared here.
  const rows = await db
    .selectFrom('property')
    .select('name')
    .where('sortKey', 'in', [...new Set(names.map(sortKey))])
    .execute()
  const wanted = new Set(names)
  return new Set(rows.map((r) => r.name).filter((name) => wanted.has(name))).size
}
