/**
 * The climate figures' exact quanta (docs/climate.md, "Exactness"): energy in whole 10⁻¹² kWh,
 * CO2e in whole 10⁻²¹ tonnes (10⁻¹² kWh × 1 g/MWh), so every cell is the exact sum of its items.
 */
import type Decimal from 'decimal.js'
import type { EnergyCarrier } from '#db/schema'
import { formatNumberDa, Money } from '~/core/money'
import { heatSourceLabels } from '~/core/energy'

export const UNITS_PER_KWH = 10n ** 12n

/** @example energyMwh(10n ** 15n).toString() // '1' */
export const energyMwh = (units: bigint): Decimal => new Money(`${units}e-15`)

/** @example co2eTonnes(10n ** 21n).toString() // '1' */
export const co2eTonnes = (units: bigint): Decimal => new Money(`${units}e-21`)

/** Danish names of the energy carriers (the heat sources' names), lower case for use inside sentences. */
export const CARRIER_LABELS = Object.fromEntries(
  Object.entries(heatSourceLabels).map(([carrier, label]) => [carrier, label.toLowerCase()]),
) as Record<EnergyCarrier, string>

export const CARRIERS = Object.keys(CARRIER_LABELS) as EnergyCarrier[]

/**
 * A quantity the Danish way with at most `max` decimals, 'ca. ' when it had more.
 *
 * @example quantityText(new Money('47.5806451')) // 'ca. 47,581'
 */
export function quantityText(value: Decimal, max = 3): string {
  const dp = value.decimalPlaces()
  const text = formatNumberDa(value, Math.min(dp, max))
  return dp > max ? `ca. ${text}` : text
}

/** kg per MWh from grams per MWh. @example kgText(60_000) // '60' */
export function kgText(gPerMwh: number): string {
  return quantityText(new Money(gPerMwh).div(1000))
}

/** MWh from kWh. @example mwhText(120_000) // '120' */
export function mwhText(kwh: number | bigint): string {
  return quantityText(new Money(kwh.toString()).div(1000))
}
