/**
 * What the property page shows, gathered through the services of the features it draws on
 * (leases, units, sales, the audit trail). Kept apart from properties.server.ts, which those
 * services may call, so no import circle forms.
 */
import type { AuditEntry, Lease, Property, Sale, Unit } from '#db/schema'
import { getBuildingKeyFigures } from '~/features/key-figures/key-figures.server'
import type { BuildingKeyFigures } from '~/features/key-figures/types'
import { listLeasesOfProperty } from '~/features/leases/leases.server'
import { listUnitsAtProperty } from '~/features/relocations/units.server'
import { getSaleOfProperty } from '~/features/sales/sales.server'
import { recordHistory } from '~/features/users-audit/audit.server'
import type { Db } from '~/server/db.server'
import { consumptionHistory, listConsumption } from './consumption.server'
import { getProperty } from './properties.server'
import type { PropertyConsumption } from './types'

export interface PropertyPage {
  property: Property
  leases: Lease[]
  units: Unit[]
  sale: Sale | undefined
  consumption: PropertyConsumption[]
  /** Its key figures against the median and norms; null when sold. */
  keyFigures: BuildingKeyFigures | null
  /** The property's own changes and its consumption's, newest first. */
  history: AuditEntry[]
}

/**
 * The property with its leases, the units housed there, its sale, its yearly consumption and its
 * history; null when it is gone.
 * @example const page = await getPropertyPage(db, 7)
 */
export async function getPropertyPage(
  db: Db,
  id: number,
  /** Where the key figures come from: in-process, or (the route) the compute worker. */
  keyFiguresOf: (id: number) => Promise<BuildingKeyFigures | null> = (id) => getBuildingKeyFigures(db, id),
): Promise<PropertyPage | null> {
  const property = await getProperty(db, id)
  if (!property) return null
  const [leases, units, sale, own, consumption, consumptionChanges, keyFigures] = await Promise.all([
    listLeasesOfProperty(db, id),
    listUnitsAtProperty(db, id),
    getSaleOfProperty(db, id),
    recordHistory(db, 'property', id),
    listConsumption(db, id),
    consumptionHistory(db, id),
    keyFiguresOf(id),
  ])
  const history = [...own, ...consumptionChanges].sort((a, b) => b.id - a.id)
  return { property, leases, units, sale, consumption, keyFigures, history }
}
