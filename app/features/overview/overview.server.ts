/** Figures for the front page: the register at a glance. */
import type { Kysely } from 'kysely'
import type { Database } from '#db/schema'
import { addMonthsClamped, todayIso } from '~/core/dates'

export interface Overview {
  properties: number
  ownedProperties: number
  grossAreaM2: number
  workplaces: number
  annualOperatingCostOre: number
  tenantLeases: number
  annualTenantRentOre: number
  leasesEndingSoon: { id: number; counterparty: string; propertyName: string; endDate: string; annualOre: number }[]
  salesRealisedOre: number
  salesExpectedOre: number
  salesSold: number
  salesOpen: number
}

export async function getOverview(db: Kysely<Database>, today = todayIso()): Promise<Overview> {
  const props = await db
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
  const tenant = await db
    .selectFrom('lease')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>(eb('annualRentOre', '+', eb.ref('annualServiceOre'))).as('rent')])
    .where('direction', '=', 'tenant')
    .where('status', 'in', ['active', 'terminated', 'vacated'])
    .executeTakeFirstOrThrow()
  const ending = await db
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
    .where('lease.endDate', '>=', today)
    .where('lease.endDate', '<=', addMonthsClamped(today, 12))
    .orderBy('lease.endDate')
    .execute()
  const sales = await db.selectFrom('sale').selectAll().where('status', '<>', 'withdrawn').execute()
  const sold = sales.filter((s) => s.status === 'sold')
  return {
    properties: Number(props.n),
    ownedProperties: Number(props.owned ?? 0),
    grossAreaM2: Number(props.area ?? 0),
    workplaces: Number(props.workplaces ?? 0),
    annualOperatingCostOre: Number(props.operating ?? 0),
    tenantLeases: Number(tenant.n),
    annualTenantRentOre: Number(tenant.rent ?? 0),
    leasesEndingSoon: ending.map((l) => ({
      id: l.id,
      counterparty: l.counterparty,
      propertyName: l.propertyName,
      endDate: l.endDate!,
      annualOre: l.annualRentOre + l.annualServiceOre,
    })),
    salesRealisedOre: sold.reduce((sum, s) => sum + (s.realisedPriceOre ?? 0), 0),
    salesExpectedOre: sales.filter((s) => s.status !== 'sold').reduce((sum, s) => sum + (s.expectedPriceOre ?? 0), 0),
    salesSold: sold.length,
    salesOpen: sales.length - sold.length,
  }
}
