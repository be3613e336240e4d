/** Colours of the map's markers by property status, energy label or kWh per m², shared by the markers and the legend. */
import type { EnergyLabel, PropertyStatus } from '#db/schema'
import { formatNumberDa, Money } from '~/core/money'
import type { ColourBy, MapProperty } from '~/features/map/types'
import { KWH_LIMITS } from '../clustering'

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

/** Energy label colours after the EU label scale, green (A) to red (G); grey for none. */
export const LABEL_COLORS: Record<EnergyLabel | 'none', string> = {
  A2020: '#00703c',
  A2015: '#00703c',
  A2010: '#00703c',
  B: '#4cb848',
  C: '#bfd730',
  D: '#fff200',
  E: '#fdb913',
  F: '#f37021',
  G: '#ed1c24',
  none: '#b0bec5',
}

/** kWh per m² bands of heat and electricity, low (green) to high (red), with their legend text. */
export const KWH_BANDS: { below: number; color: string; legend: string }[] = [
  { below: KWH_LIMITS[0], color: '#1a9850', legend: 'Under 75 kWh pr. m²' },
  { below: KWH_LIMITS[1], color: '#91cf60', legend: '75–125 kWh pr. m²' },
  { below: KWH_LIMITS[2], color: '#fee08b', legend: '125–175 kWh pr. m²' },
  { below: KWH_LIMITS[3], color: '#fc8d59', legend: '175–225 kWh pr. m²' },
  { below: Infinity, color: '#d73027', legend: '225 kWh pr. m² og derover' },
]
export const NO_DATA_COLOR = '#b0bec5'

/** The band of a kWh per m² value, or null when unknown. @example kwhBand('120.5')?.legend // '75–125 kWh pr. m²' */
export function kwhBand(kwhPerM2: string | null) {
  if (kwhPerM2 === null) return null
  const value = Number(kwhPerM2)
  return KWH_BANDS.find((b) => value < b.below) ?? null
}

/** A property's marker colour and the words that say the same, for the chosen colouring. */
export function markerLook(p: MapProperty, by: ColourBy): { color: string; text: string } {
  if (by === 'energyLabel')
    return { color: LABEL_COLORS[p.energyLabel ?? 'none'], text: p.energyLabel ? `Energimærke ${p.energyLabel}` : 'Intet energimærke' }
  if (by === 'kwh') {
    const band = kwhBand(p.kwhPerM2)
    return band
      ? { color: band.color, text: `${formatNumberDa(new Money(p.kwhPerM2!), 0)} kWh pr. m² (${p.consumptionYear})` }
      : { color: NO_DATA_COLOR, text: 'Intet registreret forbrug' }
  }
  return { color: STATUS_COLORS[p.status], text: STATUS_LEGEND[p.status] }
}

/** The colour keys of each colouring in legend order; a cluster's tie goes to the first. */
export const KEY_ORDER: Record<ColourBy, string[]> = {
  status: STATUS_ORDER,
  energyLabel: [...(Object.keys(LABEL_COLORS) as (EnergyLabel | 'none')[])],
  kwh: [...KWH_BANDS.map((_, i) => String(i)), 'none'],
}

/**
 * The colour and words of a colour key (what clusters are counted by).
 * @example keyLook('G', 'energyLabel') // { color: '#ed1c24', text: 'energimærke G' }
 */
export function keyLook(key: string, by: ColourBy): { color: string; text: string } {
  if (by === 'energyLabel')
    return key === 'none'
      ? { color: LABEL_COLORS.none, text: 'intet energimærke' }
      : { color: LABEL_COLORS[key as EnergyLabel], text: `energimærke ${key}` }
  if (by === 'kwh') {
    const band = KWH_BANDS[Number(key)]
    return key === 'none' || !band ? { color: NO_DATA_COLOR, text: 'intet registreret forbrug' } : { color: band.color, text: band.legend }
  }
  const status = key as PropertyStatus
  return { color: STATUS_COLORS[status], text: STATUS_LEGEND[status].toLowerCase() }
}
