/**
 * Energy in the register: the Danish labels of energy labels and heat sources, and the yearly
 * quantities users type in MWh and m³ while the database keeps whole kWh and litres (so sums stay
 * exact). Pure: used in forms, files, the server and the browser.
 */
import { z } from 'zod'
import type { EnergyLabel, HeatSource } from '#db/schema'
import { formatNumberDa, Money, parseDanishAmount } from './money'

export const energyLabelLabels: Record<EnergyLabel, string> = {
  A2020: 'A2020',
  A2015: 'A2015',
  A2010: 'A2010',
  B: 'B',
  C: 'C',
  D: 'D',
  E: 'E',
  F: 'F',
  G: 'G',
}

/** What the form and the grid show for a building without an energy label. */
export const NO_ENERGY_LABEL = 'Intet mærke'

export const heatSourceLabels: Record<HeatSource, string> = {
  district_heating: 'Fjernvarme',
  natural_gas: 'Naturgas',
  oil: 'Olie',
  electricity: 'El',
  heat_pump: 'Varmepumpe',
  biomass: 'Biomasse',
  other: 'Andet',
}

/** The years a consumption row may be for. */
export const CONSUMPTION_YEARS = { first: 1990, last: 2100 } as const

/** Quantities stored in thousandths of the unit typed: kWh of MWh, litres of m³. */
const THOUSAND = 1000
const MAX_UNITS = 10_000_000

/**
 * Why a typed MWh or m³ quantity is refused, or its value in thousandths (kWh, litres). More than
 * three decimals is refused, never rounded: the user's number is kept or rejected as typed.
 * @example parseThousandths('123,5', 'Varme', 'kWh') // { ok: true, value: 123500 }
 * @example parseThousandths('12,3456', 'Varme', 'kWh') // { ok: false, message: 'Varme kan højst have tre decimaler (hele kWh)' }
 */
export function parseThousandths(
  text: string,
  label: string,
  smallest: string,
): { ok: true; value: number } | { ok: false; message: string } {
  const value = parseDanishAmount(text)
  if (value === null) return { ok: false, message: `${label} skal være et tal, fx 123,5` }
  if (value.isNegative()) return { ok: false, message: `${label} kan ikke være negativ` }
  if (value.decimalPlaces() > 3) return { ok: false, message: `${label} kan højst have tre decimaler (hele ${smallest})` }
  if (value.gt(MAX_UNITS)) return { ok: false, message: `${label} er urimeligt stor` }
  return { ok: true, value: value.times(THOUSAND).toNumber() }
}

/**
 * An optional quantity typed in MWh or m³ (`123,5`), stored as whole kWh or litres; blank is null.
 * @example heatKwh: optionalThousandths('Varme', 'kWh') // '123,5' → 123500
 */
export function optionalThousandths(label: string, smallest: string) {
  return z
    .preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z
        .string()
        .transform((text, ctx) => {
          const parsed = parseThousandths(text, label, smallest)
          if (parsed.ok) return parsed.value
          ctx.addIssue({ code: 'custom', message: parsed.message })
          return z.NEVER
        })
        .optional(),
    )
    .transform((v) => v ?? null)
}

/**
 * Thousandths (kWh, litres) as the unit typed, Danish, without trailing zeros; '' for none.
 * @example thousandthsText(123500) // '123,5'
 * @example thousandthsText(1234567) // '1.234,567'
 */
export function thousandthsText(value: number | null | undefined): string {
  if (value === null || value === undefined) return ''
  const units = new Money(value).div(THOUSAND)
  return formatNumberDa(units, Math.min(units.decimalPlaces(), 3))
}

/**
 * The year a consumption row is for, 1990–2100 (written without a thousands point).
 * @example consumptionYear.parse('2023') // 2023
 */
export const consumptionYear = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() : v),
  z
    .string({ error: 'År skal udfyldes' })
    .min(1, 'År skal udfyldes')
    .regex(/^\d{4}$/, 'År skal være et årstal, fx 2024')
    .transform(Number)
    .refine(
      (y) => y >= CONSUMPTION_YEARS.first && y <= CONSUMPTION_YEARS.last,
      `År skal være mellem ${CONSUMPTION_YEARS.first} og ${CONSUMPTION_YEARS.last}`,
    ),
)

/**
 * An optional code of a fixed set; blank (the "none" choice) is null.
 * @example energyLabel: optionalChoice('Energimærke', codes(energyLabelLabels)) // '' → null
 */
export function optionalChoice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z
    .preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.enum(values, { error: `Vælg ${label.toLowerCase()} på listen` }).optional(),
    )
    .transform((v) => v ?? null)
}
