/** Scenario forms: assumptions, a new scenario, a measure, and the scenario page's small measure forms. */
import { z } from 'zod'
import type { NewScenarioMeasure } from '#db/schema'
import { schemaOf } from '~/core/fields'
import { optionalThousandths } from '~/core/energy'
import { codes } from '~/core/labels'
import {
  amountOre,
  choice,
  dateField,
  decimalNumber,
  optionalAmountOre,
  optionalText,
  requiredDate,
  requiredText,
  versionField,
} from '~/core/schema-fields'
import { scenarioFields } from './fields'
import { measureStatusLabels } from './labels'

export { measureKindLabels, measureStatusLabels, statusFilterLabels } from './labels'

export const assumptionsSchema = schemaOf(scenarioFields)
  .extend({ version: versionField })
  .superRefine((v, ctx) => {
    if (v.lastYear < v.firstYear)
      ctx.addIssue({ code: 'custom', path: ['lastYear'], message: 'Sidste budgetår ligger før første budgetår' })
    if (v.lastYear - v.firstYear > 40) ctx.addIssue({ code: 'custom', path: ['lastYear'], message: 'Horisonten må højst være 40 år' })
  })
export type AssumptionsInput = z.infer<typeof assumptionsSchema>

const id = (message: string) => z.coerce.number({ error: message }).int(message).min(1, message)

export const newScenarioSchema = schemaOf(scenarioFields)
  .pick({ name: true, description: true })
  .extend({ basedOnId: id('Vælg et scenarie at tage udgangspunkt i') })
export type NewScenarioInput = z.infer<typeof newScenarioSchema>

const measureStatus = choice('Status', codes(measureStatusLabels))

/**
 * A yearly energy amount stated on a measure, replacing the derived one (docs/climate.md): typed
 * in MWh with at most three decimals, stored as whole kWh, blank for derived.
 */
const statedFields = {
  statedHeatKwh: optionalThousandths('Angivet varme', 'kWh'),
  statedElectricityKwh: optionalThousandths('Angivet el', 'kWh'),
}
const stated = {
  statedHeatKwh: statedFields.statedHeatKwh.optional(),
  statedElectricityKwh: statedFields.statedElectricityKwh.optional(),
}

/** Change the stated amounts of a measure already in the scenario; blank makes it derived again. */
export const statedEnergySchema = z.object({ measureId: id('Tiltaget findes ikke.'), ...statedFields })
export type StatedEnergyInput = z.infer<typeof statedEnergySchema>

export const measureSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('lease_termination'),
    status: measureStatus,
    label: optionalText('Betegnelse', 200),
    leaseId: id('Vælg et lejemål'),
    effectDate: requiredDate('Opsigelsesdato'),
    endDateOverride: dateField('Aftalt ophørsdato'),
    ...stated,
  }),
  z.object({
    kind: z.literal('sale'),
    status: measureStatus,
    label: optionalText('Betegnelse', 200),
    propertyId: id('Vælg en ejendom'),
    effectDate: requiredDate('Overtagelsesdag'),
    priceOre: amountOre('Pris'),
    saleCostsOre: optionalAmountOre('Salgsomkostninger'),
    ...stated,
  }),
  z.object({
    kind: z.literal('closure'),
    status: measureStatus,
    label: optionalText('Betegnelse', 200),
    propertyId: id('Vælg en ejendom'),
    effectDate: requiredDate('Lukkedato'),
    operatingCostShare: decimalNumber('Andel af driften der spares (%)', { min: 0, max: 100 }),
    ...stated,
  }),
  z.object({
    kind: z.literal('relocation'),
    status: measureStatus,
    label: optionalText('Betegnelse', 200),
    unitId: id('Vælg en enhed'),
    propertyId: id('Vælg hvorfra'),
    toPropertyId: id('Vælg hvortil'),
    effectDate: requiredDate('Flyttedato'),
    headcount: decimalNumber('Antal årsværk', { min: 0.001, max: 100_000 }),
    refurbishmentOre: optionalAmountOre('Istandsættelse'),
    addedAnnualOperatingOre: optionalAmountOre('Merudgift til drift pr. år'),
    movingCostOverrideOre: optionalAmountOre('Flytteudgift (i stedet for sats)'),
    ...stated,
  }),
])
export type MeasureInput = z.infer<typeof measureSchema>

/** Switch a measure on ('1') or off ('0'). */
export const toggleMeasureSchema = z.object({ measureId: id('Tiltaget findes ikke.'), enabled: z.enum(['0', '1']) })

/** Set a measure's status. */
export const measureStatusSchema = z.object({ measureId: id('Tiltaget findes ikke.'), status: measureStatus })

/** Remove a measure from the scenario. */
export const removeMeasureSchema = z.object({ measureId: id('Tiltaget findes ikke.') })

/** The council's decision that makes a reviewed scenario the decided plan. */
export const promotionSchema = z.object({
  caseReference: requiredText('Sagsnummer', 60),
  decisionDate: requiredDate('Beslutningsdato'),
})
export type PromotionInput = z.infer<typeof promotionSchema>

/** A scenario measure as the register sync writes it, before it belongs to a scenario. */
export type MeasureRow = Omit<NewScenarioMeasure, 'scenarioId'>

/** A measure row's references and amounts, all unset: each kind of measure fills in its own. */
export const EMPTY_MEASURE_FIELDS = {
  leaseId: null,
  propertyId: null,
  unitId: null,
  toPropertyId: null,
  endDateOverride: null,
  priceOre: null,
  saleCostsOre: null,
  operatingCostShare: null,
  headcount: null,
  refurbishmentOre: null,
  addedAnnualOperatingOre: null,
  movingCostOverrideOre: null,
} as const satisfies Partial<MeasureRow>
