/**
 * Coordinates. The register stores WGS84 latitude/longitude (what the map draws); Danish registers
 * (BBR, DAWA, matrikel) give ETRS89 / UTM zone 32N (EPSG:25832) easting/northing in metres, which
 * the import accepts and converts here. ETRS89 and WGS84 differ by well under a metre in Denmark.
 */
import proj4 from 'proj4'

/** EPSG:25832 as proj4 defines it (towgs84 zero: ETRS89 ≈ WGS84 at map scale). */
export const UTM32_ETRS89 = '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs'
const WGS84 = 'EPSG:4326'

const toUtm = proj4(WGS84, UTM32_ETRS89)

export interface LatLon {
  latitude: number
  longitude: number
}

export interface Utm32 {
  easting: number
  northing: number
}

/** Denmark's extent, generous: the bounds the register accepts (also Bornholm and Skagen). */
export const DENMARK_BOUNDS = { minLat: 54.5, maxLat: 57.8, minLon: 8.0, maxLon: 15.2 } as const

/** Easting/northing that can be in Denmark in UTM 32N (Bornholm lies far east of zone 32 but still converts). */
export const DENMARK_UTM_BOUNDS = { minE: 400_000, maxE: 920_000, minN: 6_030_000, maxN: 6_420_000 } as const

/**
 * ETRS89 / UTM 32N to WGS84, rounded to 7 decimals (about 1 cm).
 * @example utm32ToWgs84({ easting: 543700, northing: 6180900 }) // ≈ { latitude: 55.771, longitude: 9.699 }
 */
export function utm32ToWgs84({ easting, northing }: Utm32): LatLon {
  const [lon, lat] = toUtm.inverse([easting, northing]) as [number, number]
  return { latitude: round(lat, 7), longitude: round(lon, 7) }
}

/**
 * WGS84 to ETRS89 / UTM 32N, in metres rounded to 1 cm.
 * @example wgs84ToUtm32({ latitude: 55.771, longitude: 9.699 }) // ≈ { easting: 543700, northing: 6180900 }
 */
export function wgs84ToUtm32({ latitude, longitude }: LatLon): Utm32 {
  const [easting, northing] = toUtm.forward([longitude, latitude]) as [number, number]
  return { easting: round(easting, 2), northing: round(northing, 2) }
}

/** True when a latitude/longitude lies within Denmark's bounds. */
export function isInDenmark({ latitude, longitude }: LatLon): boolean {
  const b = DENMARK_BOUNDS
  return latitude >= b.minLat && latitude <= b.maxLat && longitude >= b.minLon && longitude <= b.maxLon
}

/** True when an easting/northing pair is plausibly a Danish UTM 32N coordinate. */
export function isDanishUtm32({ easting, northing }: Utm32): boolean {
  const b = DENMARK_UTM_BOUNDS
  return easting >= b.minE && easting <= b.maxE && northing >= b.minN && northing <= b.maxN
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals
  return Math.round(value * f) / f
}
