/** What the map draws, shared by its loader, its endpoint and its components. */
import type { PageInfo } from '~/core/paging'
import type { BBox, Cluster } from './clustering'
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

/** A single property on the map, as the endpoint sends it. */
export type MapPoint = MapProperty & { kind: 'point' }

/** GET /api/v1/map: what to draw in the visible box. */
export interface MapView {
  features: (Cluster | MapPoint)[]
  /** Properties in the box under the filters. */
  total: number
  /** True when the box held more points than one answer may carry (only at the closest zooms). */
  truncated: boolean
  /** Properties in the box per colour key of the chosen colouring, for the legend. */
  legend: Record<string, number>
}

/** The page's data: the filters' counts, the list's page and where the properties are. */
export interface MapData {
  /** Properties with coordinates per status and per use (all of them, for the filter boxes). */
  statusCounts: Partial<Record<PropertyStatus, number>>
  useCounts: Partial<Record<PropertyUse, number>>
  placed: number
  unplaced: number
  /** The box around every placed property, for the first view; null when none is placed. */
  extent: BBox | null
  /** The list under the map: one page of the properties in the box under the filters. */
  list: { rows: MapProperty[]; info: PageInfo }
  /** XYZ tile URL template, or null to draw the offline background. */
  tiles: { url: string; attribution: string } | null
}
