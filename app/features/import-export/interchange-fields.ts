/**
 * The field types of the portfolio file (interchange-schema.ts), with Danish messages: keys and
 * references, text without control characters, integer øre, dates in 1900-2200, codes.
 */
import { z } from 'zod'
import { isIsoDate } from '~/core/dates'
import { codes } from '~/core/labels'
import { DATE_RANGE_MESSAGE, hasControlCharacter, isAcceptedIsoDate } from '~/core/schema-fields'

/** The forms' ceiling for an amount (10 mia. kr.), in øre. */
const MAX_ORE = 1_000_000_000_000

const keyText = () => z.string({ error: 'skal være en nøgle (tekst)' }).min(1, 'skal udfyldes').max(100, 'må højst være 100 tegn')
/** The record's own key, unique within its list. @example key('property') */
export const key = (prefix: string) => keyText().describe(`Postens nøgle, entydig i listen (fx '${prefix}-12'); ikke et database-id`)
/** A reference to another record's key. @example propertyKey: ref('properties') */
export const ref = (list: string) => keyText().describe(`Henviser til en nøgle i ${list}`)
const CONTROL_MESSAGE = 'indeholder et usynligt kontroltegn'
const anyText = (max: number) => z.string({ error: 'skal være tekst' }).max(max, `må højst være ${max} tegn`)
/** Text; tab and line breaks allowed, other control characters refused (they break CSV exports). @example note: text(2000) */
export const text = (max: number) => anyText(max).refine((v) => !hasControlCharacter(v, true), CONTROL_MESSAGE)
/** One line of text that must be filled in (names, addresses). @example name: requiredText(120) */
export const requiredText = (max: number) =>
  anyText(max)
    .regex(/\S/, 'skal udfyldes')
    .refine((v) => !hasControlCharacter(v), CONTROL_MESSAGE)
/** Money as a whole number of øre, 0 (or `min`) up to 10 mia. kr. @example annualRentOre: ore('Årlig husleje') */
export const ore = (description: string, min = 0) =>
  z
    .int({ error: 'skal være et helt antal øre' })
    .min(min, min === 0 ? 'kan ikke være negativ' : `skal mindst være ${min} øre`)
    .max(MAX_ORE, 'er urimeligt stor')
    .describe(`${description}, i øre (heltal; 100 øre = 1 kr.)`)
/** A whole number within bounds. @example workplaces: whole(0, 100_000) */
export const whole = (min: number, max: number) =>
  z.int({ error: 'skal være et helt tal' }).min(min, `skal mindst være ${min}`).max(max, `må højst være ${max}`)
/** A number within bounds. @example latitude: decimal(54.5, 57.8).nullable() */
export const decimal = (min: number, max: number) =>
  z.number({ error: 'skal være et tal' }).min(min, `skal mindst være ${min}`).max(max, `må højst være ${max}`)
/** A calendar day in 1900-2200, the forms' range (year 9999 once stored end date 0999-11-29). @example date: isoDate('Flyttedato') */
export const isoDate = (description: string) =>
  z.iso
    .date({ error: 'skal være en gyldig dato skrevet ÅÅÅÅ-MM-DD' })
    // Impossible days are the format check's to report; real days outside the range get this.
    .refine((v) => !isIsoDate(v) || isAcceptedIsoDate(v), DATE_RANGE_MESSAGE)
    .describe(description)
/** A yes/no as JSON true or false. @example external: flag('Ekstern bruger') */
export const flag = (description: string) => z.boolean({ error: 'skal være true eller false' }).describe(description)
/** One of the codes of a label table. @example status: oneOf(leaseStatusLabels) */
export const oneOf = <T extends string>(labels: Record<T, string>) => {
  const values = codes(labels)
  return z.enum(values, { error: `skal være en af: ${values.join(', ')}` })
}
