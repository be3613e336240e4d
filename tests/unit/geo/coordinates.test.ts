/** ETRS89 / UTM 32N ↔ WGS84 with proj4, checked against an independent computation. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isDanishUtm32, isInDenmark, utm32ToWgs84, wgs84ToUtm32 } from '~/core/coordinates'

// Hedensted Rådhus (approx. 55.771 N, 9.699 E). Reference easting/northing computed independently with
// the Krüger series for the GRS80 ellipsoid (k0 0.9996, central meridian 9° E, false easting 500 km).
const RAADHUS = { latitude: 55.771, longitude: 9.699 }
const RAADHUS_UTM = { easting: 543_852.13, northing: 6_180_814.15 }

describe('UTM zone 32N (EPSG:25832)', () => {
  it('converts Hedensted Rådhus to UTM32 within 1 m of the reference', () => {
    const utm = wgs84ToUtm32(RAADHUS)
    expect(Math.abs(utm.easting - RAADHUS_UTM.easting)).toBeLessThan(1)
    expect(Math.abs(utm.northing - RAADHUS_UTM.northing)).toBeLessThan(1)
    // The brief's rough figures (E ≈ 543,700, N ≈ 6,180,900) are within a few hundred metres.
    expect(Math.abs(utm.easting - 543_700)).toBeLessThan(250)
    expect(Math.abs(utm.northing - 6_180_900)).toBeLessThan(250)
  })

  it('converts the reference UTM32 point back to the Rådhus within about 1 m', () => {
    const wgs = utm32ToWgs84(RAADHUS_UTM)
    // 1e-5 degree is about 1.1 m north-south and 0.6 m east-west here.
    expect(Math.abs(wgs.latitude - RAADHUS.latitude)).toBeLessThan(1e-5)
    expect(Math.abs(wgs.longitude - RAADHUS.longitude)).toBeLessThan(1e-5)
  })

  it('round-trips any Danish point to within a centimetre', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 54.6, max: 57.7, noNaN: true }),
        fc.double({ min: 8.1, max: 12.6, noNaN: true }),
        (latitude, longitude) => {
          const back = utm32ToWgs84(wgs84ToUtm32({ latitude, longitude }))
          expect(Math.abs(back.latitude - latitude)).toBeLessThan(2e-7)
          expect(Math.abs(back.longitude - longitude)).toBeLessThan(2e-7)
        },
      ),
    )
  })

  it('knows what lies in Denmark', () => {
    expect(isInDenmark(RAADHUS)).toBe(true)
    expect(isInDenmark({ latitude: 52.5, longitude: 13.4 })).toBe(false)
    expect(isDanishUtm32(RAADHUS_UTM)).toBe(true)
    expect(isDanishUtm32({ easting: 55.77, northing: 9.69 })).toBe(false)
  })
})
