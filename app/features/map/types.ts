/** What the map draws, shared by its loader and its components. */
import type { EnergyLabel, Ownership, PropertyStatus, PropertyUse, SaleStatus } from '#db/schema'

/** A property with coordinates, with its sale if any. */
export interface MapProperty {
  id: number
  name: string
  address: string
  town: string
  ownership: Ownership
  use: PropertyUse
  status: PropertyStatus
  latitude: number
  longitude: number
  saleId: number | null
  saleStatus: SaleStatus | null
  energyLabel: EnergyLabel | null
  /** The latest metered year, and its heat and electricity per m² as decimal text; null when not metered. */
  consumptionYear: number | null
  kwhPerM2: string | null
}

/** What the markers are coloured by. */
export type ColourBy = 'status' | 'energyLabel' | 'kwh'

export interface MapData {
  properties: MapProperty[]
  unplaced: number
  /** XYZ tile URL template, or null to draw the offline background. */
  tiles: { url: string; attribution: string } | null
}
