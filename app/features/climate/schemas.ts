/** The emission factor forms: carrier, year, kg CO2e per MWh (at most three decimals) and source. */
import { z } from 'zod'
import type { EnergyCarrier } from '#db/schema'
import { CARRIERS } from '~/core/savings'
import { choice, decimalNumber, optionalText, versionField, wholeNumber } from '~/core/schema-fields'

/** kg per MWh as typed, to whole grams; more than three decimals is refused, not rounded away. */
const kgPerMwh = decimalNumber('Emissionsfaktoren', { min: 0, max: 10_000 }).superRefine((kg, ctx) => {
  const grams = kg * 1000
  if (Math.abs(grams - Math.round(grams)) > 1e-6) {
    ctx.addIssue({ code: 'custom', message: 'Emissionsfaktoren må højst have tre decimaler (hele gram pr. MWh)' })
  }
})

const carrier = choice('Energiformen', CARRIERS as [EnergyCarrier, ...EnergyCarrier[]])
const year = wholeNumber('Året', { min: 1990, max: 2100 })

export const emissionFactorSchema = z.object({
  carrier,
  year,
  kgPerMwh,
  sourceNote: optionalText('Kilden', 500).transform((v) => v ?? ''),
})
export type EmissionFactorInput = z.infer<typeof emissionFactorSchema>

export const deleteFactorSchema = z.object({ factorId: z.coerce.number().int().min(1), version: versionField })

export const scenarioFactorSchema = z.object({ carrier, year, kgPerMwh })
export type ScenarioFactorInput = z.infer<typeof scenarioFactorSchema>

export const removeScenarioFactorSchema = z.object({ factorId: z.coerce.number().int().min(1) })

/** Grams per MWh from the parsed kg. @example gramsOf(60.5) // 60500 */
export const gramsOf = (kg: number) => Math.round(kg * 1000)
