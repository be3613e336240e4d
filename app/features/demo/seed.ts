/**
 * Fill an empty database with the Hedensted demo data, in one transaction.
 * `npm run db:seed` and the app's first start call this.
 */
import type { Kysely } from 'kysely'
import { leaseEndDate } from '~/core/lease-terms'
import type { Database } from '#db/schema'
import { demoLeases, demoProperties, demoSales, demoUnits, DEMO_NOTE } from './seed-data'
import { insertDemoSaleHistory } from './seed-sales'
import { foldText, sortKey } from '#db/text'

const ore = (kroner: number) => Math.round(kroner * 100)

/** Seed unless the register already holds properties. Returns whether it seeded. */
export async function seedIfEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('property')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  if (Number(row.n) > 0) return false
  await seedDemoData(db)
  return true
}

/** Insert the demo register (properties, leases, sales, units). */
export async function seedDemoData(db: Kysely<Database>): Promise<void> {
  const now = new Date().toISOString()
  await db.transaction().execute(async (trx) => {
    const ids = new Map<string, number>()
    const names = new Map<string, string>()
    for (const p of demoProperties) {
      const { id } = await trx
        .insertInto('property')
        .values({
          name: p.name,
          address: p.address,
          postcode: p.postcode,
          town: p.town,
          ownership: p.ownership,
          use: p.use,
          grossAreaM2: p.grossAreaM2,
          workplaces: p.workplaces,
          annualOperatingCostOre: ore(p.operating),
          annualMaintenanceOre: ore(p.maintenance),
          maintenanceBacklogOre: ore(p.backlog),
          status: p.status,
          latitude: p.lat,
          longitude: p.lon,
          note: DEMO_NOTE,
          searchText: foldText([p.name, p.address, p.postcode, p.town].join(' ')),
          sortKey: sortKey(p.name),
          createdAt: now,
          updatedAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids.set(p.key, id)
      names.set(p.key, p.name)
    }
    const idOf = (key: string) => {
      const id = ids.get(key)
      if (id === undefined) throw new Error(`Demo data refers to unknown property ${key}`)
      return id
    }
    for (const l of demoLeases) {
      const endDate = l.noticeDate
        ? leaseEndDate({ noticeDate: l.noticeDate, noticeMonths: l.noticeMonths, terms: l.terms, nonTerminableUntil: l.nonTerminableUntil })
        : null
      await trx
        .insertInto('lease')
        .values({
          propertyId: idOf(l.property),
          direction: l.direction,
          counterparty: l.counterparty,
          annualRentOre: ore(l.rent),
          annualServiceOre: ore(l.service),
          operatingCostPaidByMunicipality: l.operatingPaid ? 1 : 0,
          startDate: l.startDate,
          noticeMonths: l.noticeMonths,
          terms: l.terms,
          nonTerminableUntil: l.nonTerminableUntil,
          noticeDate: l.noticeDate,
          endDate,
          status: l.status,
          note: DEMO_NOTE,
          searchText: foldText(`${l.counterparty} ${names.get(l.property)}`),
          sortKey: sortKey(l.counterparty),
          createdAt: now,
          updatedAt: now,
        })
        .execute()
    }
    for (const s of demoSales) {
      const sale = await trx
        .insertInto('sale')
        .values({
          propertyId: idOf(s.property),
          status: s.status,
          designatedDate: '2023-07-03',
          councilReference: 'Byrådet 03.07.2023, pkt. 12',
          offeringDeadline: s.offeringDeadline,
          expectedPriceOre: ore(s.expected),
          realisedPriceOre: s.realised === null ? null : ore(s.realised),
          saleCostsOre: ore(s.costs),
          takeoverDate: s.takeoverDate,
          buyer: s.buyer,
          note: DEMO_NOTE,
          createdAt: now,
          updatedAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await insertDemoSaleHistory(trx, sale.id, s, '2023-07-03', 'Byrådet 03.07.2023, pkt. 12', DEMO_NOTE, now)
    }
    for (const u of demoUnits) {
      await trx
        .insertInto('unit')
        .values({
          name: u.name,
          propertyId: idOf(u.property),
          headcount: u.headcount,
          contactPerson: u.contact,
          external: u.external ? 1 : 0,
          locatedFrom: '2023-01-01',
          createdAt: now,
          updatedAt: now,
        })
        .execute()
    }
  })
}
