/** What the map draws, shared by its loader and its components. */
import type { Ownership, PropertyStatus, PropertyUse, SaleStatus } from '#db/schema'

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
}

export interface MapData {
  properties: MapProperty[]
  unplaced: number
  /** XYZ tile URL template, or null to draw the offline background. */
  tiles: { url: string; attribution: string } | null
}
