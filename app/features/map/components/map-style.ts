/** Colours of the map's markers by property status, shared by the markers and the legend. */
import type { PropertyStatus } from '#db/schema'

export const STATUS_COLORS: Record<PropertyStatus, string> = {
  in_use: '#1565c0',
  designated: '#f9a825',
  on_offer: '#ef6c00',
  sold: '#2e7d32',
  vacating: '#8e24aa',
  vacant: '#78909c',
}

/** Legend order: the sale path first, then the rest. */
export const STATUS_ORDER: PropertyStatus[] = ['in_use', 'designated', 'on_offer', 'sold', 'vacating', 'vacant']

/** What the legend says about each colour (leased premises being vacated get their own words). */
export const STATUS_LEGEND: Record<PropertyStatus, string> = {
  in_use: 'I brug',
  designated: 'Udpeget til salg',
  on_offer: 'Udbudt',
  sold: 'Solgt',
  vacating: 'Lejede lokaler, fraflyttes',
  vacant: 'Tom',
}
