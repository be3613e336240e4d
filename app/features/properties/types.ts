/** Types of the properties feature shared by its services and components. */
import type { Insertable, Selectable } from 'kysely'
import type { PropertyConsumptionTable } from '#db/schema'

/** One year's metered consumption of a property, as stored (kWh and litres). */
export type PropertyConsumption = Selectable<PropertyConsumptionTable>

export type NewPropertyConsumption = Insertable<PropertyConsumptionTable>

/** One year's consumption as a file carries it (no ids): kWh and litres. */
export interface ConsumptionYear {
  year: number
  heatKwh: number | null
  electricityKwh: number | null
  waterLiters: number | null
}
