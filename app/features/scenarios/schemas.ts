import type { NewScenarioMeasure } from '#db/schema'
/** Scenario forms: assumptions, a new scenario, and a measure. */
import { z } from 'zod'
import {
  amountOre,
  choice,
  dateField,
  decimalNumber,
  optionalAmountOre,
  optionalDecimalNumber,
  optionalText,
  requiredDate,
  requiredText,
  versionField,
  wholeNumber,
} from '~/core/schema-fields'

export const statusFilterLabels = { realised: 'Kun gennemførte', decided: 'Besluttede og gennemførte', all: 'Alle, også forslag' } as const
export const measureStatusLabels = { proposal: 'Forslag', decided: 'Besluttet', realised: 'Gennemført' } as const
export const measureKindLabels = {
  lease_termination: 'Opsigelse af lejemål',
  sale: 'Salg',
  closure: 'Lukning',
  relocation: 'Flytning',
} as const

const yearField = (label: string) => wholeNumber(label, { min: 2000, max: 2100 })

export const assumptionsSchema = z
  .object({
    version: versionField,
    name: requiredText('Navn', 120),
    description: optionalText('Beskrivelse'),
    firstYear: yearField('Første budgetår'),
    lastYear: yearField('Sidste budgetår'),
    targetAnnualOre: amountOre('Mål for årlig driftsbesparelse', { min: 0 }),
    deskFactor: decimalNumber('Deleskrivebordsfaktor', { min: 0.1, max: 2 }),
    movingCostPerPersonOre: amountOre('Flytteudgift pr. person'),
    countAvoidedMaintenance: z.preprocess((v) => (v === 'on' || v === '1' || v === 'true' ? 1 : 0), z.union([z.literal(0), z.literal(1)])),
    rentIndexationPct: optionalDecimalNumber('Indeksering af husleje (% pr. år)', { min: -10, max: 20 }),
    statusFilter: choice('Medtag tiltag', ['realised', 'decided', 'all'] as const),
  })
  .superRefine((v, ctx) => {
    if (v.lastYear < v.firstYear)
      ctx.addIssue({ code: 'custom', path: ['lastYear'], message: 'Sidste budgetår ligger før første budgetår' })
    if (v.lastYear - v.firstYear > 40) ctx.addIssue({ code: 'custom', path: ['lastYear'], message: 'Horisonten må højst være 40 år' })
  })
export type AssumptionsInput = z.infer<typeof assumptionsSchema>

export const newScenarioSchema = z.object({
  name: requiredText('Navn', 120),
  description: optionalText('Beskrivelse'),
  basedOnId: z.coerce.number().int().min(1, 'Vælg et scenarie at tage udgangspunkt i'),
})

const measureStatus = choice('Status', ['proposal', 'decided', 'realised'] as const)
const id = (message: string) => z.coerce.number({ error: message }).int(message).min(1, message)

export const measureSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('lease_termination'),
    status: measureStatus,
    label: optionalText('Betegnelse', 200),
    leaseId: id('Vælg et lejemål'),
    effectDate: requiredDate('Opsigelsesdato'),
    endDateOverride: dateField('Aftalt ophørsdato'),
  }),
  z.object({
    kind: z.literal('sale'),
    status: measureStatus,
    label: optionalText('Betegnelse', 200),
    propertyId: id('Vælg en ejendom'),
    effectDate: requiredDate('Overtagelsesdag'),
    priceOre: amountOre('Pris'),
    saleCostsOre: optionalAmountOre('Salgsomkostninger'),
  }),
  z.object({
    kind: z.literal('closure'),
    status: measureStatus,
    label: optionalText('Betegnelse', 200),
    propertyId: id('Vælg en ejendom'),
    effectDate: requiredDate('Lukkedato'),
    operatingCostShare: decimalNumber('Andel af driften der spares (%)', { min: 0, max: 100 }),
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
  }),
])
export type MeasureInput = z.infer<typeof measureSchema>

/** A scenario measure as the register sync writes it, before it belongs to a scenario. */
export type MeasureRow = Omit<NewScenarioMeasure, 'scenarioId'>
