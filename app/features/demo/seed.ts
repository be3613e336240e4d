/**
 * Fill an empty database with the Hedensted demo data, in one transaction.
 * `npm run db:seed` and the app's first start call this.
 */
import { ok } from '~/core/result'
import { computeEndDate, derivedLeaseFields } from '~/features/leases/leases.server'
import { derivedPropertyFields } from '~/features/properties/properties.server'
import type { Db } from '~/server/db.server'
import { inTransaction } from '~/server/transaction.server'
import {
  countProperties,
  insertDemoConsumption,
  insertDemoLease,
  insertDemoProperty,
  insertDemoSale,
  insertDemoUnit,
} from './demo.repo.server'
import { demoLeases, demoSales, demoUnits, DEMO_NOTE } from './seed-data'
import { demoProperties } from './seed-properties'
import { demoConsumptionRows, energyFieldsOf } from './seed-energy'
import { insertDemoSaleHistory } from './seed-sales'

const ore = (kroner: number) => Math.round(kroner * 100)

const DESIGNATED = '2023-07-03'
const COUNCIL_REFERENCE = 'Byrådet 03.07.2023, pkt. 12'

/** The demo properties by their key in the demo data. */
class PropertyKeys {
  private readonly ids = new Map<string, { id: number; name: string }>()
  set(key: string, id: number, name: string) {
    this.ids.set(key, { id, name })
  }
  get(key: string): { id: number; name: string } {
    const found = this.ids.get(key)
    if (!found) throw new Error(`Demo data refers to unknown property ${key}`)
    return found
  }
}

async function seedProperties(trx: Db, now: string): Promise<PropertyKeys> {
  const keys = new PropertyKeys()
  for (const p of demoProperties) {
    const id = await insertDemoProperty(trx, {
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
      ...energyFieldsOf(p.key),
      note: DEMO_NOTE,
      ...derivedPropertyFields(p),
      createdAt: now,
      updatedAt: now,
    })
    keys.set(p.key, id, p.name)
  }
  return keys
}

async function seedLeases(trx: Db, keys: PropertyKeys, now: string): Promise<void> {
  for (const l of demoLeases) {
    const property = keys.get(l.property)
    await insertDemoLease(trx, {
      propertyId: property.id,
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
      endDate: computeEndDate(l),
      status: l.status,
      note: DEMO_NOTE,
      ...derivedLeaseFields({ counterparty: l.counterparty, propertyName: property.name }),
      createdAt: now,
      updatedAt: now,
    })
  }
}

async function seedSales(trx: Db, keys: PropertyKeys, now: string): Promise<void> {
  for (const s of demoSales) {
    const saleId = await insertDemoSale(trx, {
      propertyId: keys.get(s.property).id,
      status: s.status,
      designatedDate: DESIGNATED,
      councilReference: COUNCIL_REFERENCE,
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
    await insertDemoSaleHistory(trx, saleId, s, DESIGNATED, COUNCIL_REFERENCE, DEMO_NOTE, now)
  }
}

async function seedUnits(trx: Db, keys: PropertyKeys, now: string): Promise<void> {
  for (const u of demoUnits) {
    await insertDemoUnit(trx, {
      name: u.name,
      propertyId: keys.get(u.property).id,
      headcount: u.headcount,
      contactPerson: u.contact,
      external: u.external ? 1 : 0,
      locatedFrom: '2023-01-01',
      createdAt: now,
      updatedAt: now,
    })
  }
}

/**
 * Seed unless the register already holds properties. Returns whether it seeded.
 * @example if (await seedIfEmpty(db)) console.log('Demodata indlæst')
 */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  if ((await countProperties(db)) > 0) return false
  await seedDemoData(db)
  return true
}

/**
 * Insert the demo register (properties with their energy, leases, sales, units).
 * @example await seedDemoData(db)
 */
export async function seedDemoData(db: Db): Promise<void> {
  const now = new Date().toISOString()
  await inTransaction(db, async (trx) => {
    const keys = await seedProperties(trx, now)
    await insertDemoConsumption(
      trx,
      demoConsumptionRows((key) => keys.get(key).id, now),
    )
    await seedLeases(trx, keys, now)
    await seedSales(trx, keys, now)
    await seedUnits(trx, keys, now)
    return ok(null)
  })
}
