/**
 * Sale forms: designate a property, record a step, register a bid, edit the valuation. One schema
 * per form serves Conform in the browser and the action. What a step needs (an offering deadline,
 * a realised price…) is checked by the sale path rules (app/core/sale-path.ts), not here, so the
 * message can name the step.
 */
import { z } from 'zod'
import { schemaOf } from '~/core/fields'
import { codes, saleStatusLabels } from '~/core/labels'
import { choice, dateField, flag, optionalAmountOre, optionalText, requiredDate, requiredText, versionField } from '~/core/schema-fields'
import { bidFields, saleFields } from './fields'

export const designateSchema = z.object({
  propertyId: z.coerce.number({ error: 'Vælg en ejendom' }).int().min(1, 'Vælg en ejendom'),
  date: requiredDate('Dato for byrådets beslutning'),
  councilReference: requiredText('Byrådets beslutning', 200),
  expectedPriceOre: optionalAmountOre('Forventet pris'),
  saleCostsOre: optionalAmountOre('Salgsomkostninger'),
  note: optionalText('Note'),
})
export type DesignateInput = z.infer<typeof designateSchema>

export const stepSchema = z.object({
  version: versionField,
  status: choice('Næste trin', codes(saleStatusLabels)),
  date: requiredDate('Dato'),
  councilReference: optionalText('Byrådets beslutning', 200),
  offeringDeadline: dateField('Budfrist'),
  priceOre: optionalAmountOre('Pris'),
  takeoverDate: dateField('Overtagelsesdag'),
  buyer: optionalText('Køber', 200),
  bidder: optionalText('Budgiver', 200),
  bidAmountOre: optionalAmountOre('Buddets beløb'),
  note: optionalText('Note'),
  acceptWarnings: flag,
})
export type StepInput = z.infer<typeof stepSchema>

export const bidSchema = schemaOf(bidFields).extend({ acceptWarnings: flag })
export type BidInput = z.infer<typeof bidSchema>

/** The valuation, sale costs and note: the sale's fields that carry a schema. */
export const saleDetailsSchema = schemaOf(saleFields).extend({ version: versionField })
export type SaleDetailsInput = z.infer<typeof saleDetailsSchema>

/** The box that confirms a date that looks wrong (a bid in the future, a step before its bids). */
export const CONFIRM_DATE_LABEL = 'Gem alligevel'
