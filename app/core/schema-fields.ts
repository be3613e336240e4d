/**
 * Form fields as zod schemas with Danish messages. Forms post text; these turn it into the exact
 * stored representation (øre, ISO dates, integers) or a message beside the field.
 */
import { z } from 'zod'
import { DATE_YEARS, parseDanishDate } from '~/core/dates'
import { kronerToOre, parseDanishAmount, parseDanishNumber } from '~/core/money'

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

/**
 * Control characters: invisible, they break files (a NUL makes a CSV unreadable) and searches.
 * One-line texts refuse them all; longer texts keep tab and line breaks.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f]/
// eslint-disable-next-line no-control-regex
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/

/**
 * True when a text holds a control character a field refuses (tab and line breaks only where
 * `multiline`). @example hasControlCharacter('Rådhus\u0000') // true
 */
export function hasControlCharacter(text: string, multiline = false): boolean {
  return (multiline ? CONTROL_IN_TEXT : CONTROL_IN_LINE).test(text)
}

/**
 * The Danish message for a control character in a field.
 * @example controlCharacterMessage('Navn') // 'Navn indeholder et usynligt kontroltegn; …'
 */
export function controlCharacterMessage(label: string): string {
  return `${label} indeholder et usynligt kontroltegn; skriv teksten igen uden det`
}

/**
 * A required one-line text of at most `max` characters.
 * @example name: requiredText('Navn', 120)
 */
export function requiredText(label: string, max = 200) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : v),
    z
      .string({ error: `${label} skal udfyldes` })
      .min(1, `${label} skal udfyldes`)
      .max(max, `${label} må højst være ${max} tegn`)
      .refine((v) => !hasControlCharacter(v), controlCharacterMessage(label)),
  )
}

/**
 * An optional text (tab and line breaks allowed); empty becomes ''. (Conform turns an empty field into undefined first.)
 * @example note: optionalText('Note')
 */
export function optionalText(label: string, max = 2000) {
  return z
    .string()
    .max(max, `${label} må højst være ${max} tegn`)
    .refine((v) => !hasControlCharacter(v, true), controlCharacterMessage(label))
    .optional()
    .transform((v) => (v ?? '').trim())
}

function amountParser(label: string, opts: { min?: number; max?: number }) {
  const min = opts.min ?? 0
  const max = opts.max ?? 10_000_000_000
  return z.string().transform((text, ctx) => {
    const value = parseDanishAmount(text)
    if (value === null) {
      ctx.addIssue({ code: 'custom', message: `${label} skal være et beløb, fx 1.234.567,89` })
      return z.NEVER
    }
    if (value.decimalPlaces() > 2) {
      ctx.addIssue({ code: 'custom', message: `${label} kan højst have to decimaler (hele øre)` })
      return z.NEVER
    }
    if (value.lt(min)) {
      ctx.addIssue({ code: 'custom', message: min === 0 ? `${label} kan ikke være negativ` : `${label} skal mindst være ${min}` })
      return z.NEVER
    }
    if (value.gt(max)) {
      ctx.addIssue({ code: 'custom', message: `${label} er urimeligt stor` })
      return z.NEVER
    }
    return kronerToOre(value)
  })
}

/**
 * An amount in kroner typed the Danish way (`1.234.567,89`), stored as integer øre.
 * @example annualRentOre: amountOre('Årlig husleje') // '1.234,50' → 123450
 */
export function amountOre(label: string, opts: { min?: number; max?: number } = {}) {
  return z.preprocess(blankToUndefined, z.string({ error: `${label} skal udfyldes` }).pipe(amountParser(label, opts)))
}

/**
 * An optional amount; blank is null.
 * @example expectedPriceOre: optionalAmountOre('Forventet pris') // '' → null
 */
export function optionalAmountOre(label: string, opts: { min?: number; max?: number } = {}) {
  return z.preprocess(blankToUndefined, amountParser(label, opts).optional()).transform((v) => v ?? null)
}

function wholeParser(label: string, opts: { min: number; max: number }) {
  return z.string().transform((text, ctx) => {
    const value = parseDanishNumber(text)
    if (value === null || !Number.isInteger(value)) {
      ctx.addIssue({ code: 'custom', message: `${label} skal være et helt tal` })
      return z.NEVER
    }
    if (value < opts.min || value > opts.max) {
      ctx.addIssue({ code: 'custom', message: `${label} skal være mellem ${opts.min} og ${opts.max.toLocaleString('da-DK')}` })
      return z.NEVER
    }
    return value
  })
}

/**
 * A whole number within bounds, typed with or without thousands separators.
 * @example workplaces: wholeNumber('Arbejdspladser', { min: 0, max: 100_000 })
 */
export function wholeNumber(label: string, opts: { min: number; max: number }) {
  return z.preprocess(blankToUndefined, z.string({ error: `${label} skal udfyldes` }).pipe(wholeParser(label, opts)))
}

/**
 * An optional whole number; blank is null.
 * @example workplacesNeeded: optionalWholeNumber('Arbejdspladser', { min: 0, max: 100_000 })
 */
export function optionalWholeNumber(label: string, opts: { min: number; max: number }) {
  return z.preprocess(blankToUndefined, wholeParser(label, opts).optional()).transform((v) => v ?? null)
}

function decimalParser(label: string, opts: { min: number; max: number }) {
  return z.string().transform((text, ctx) => {
    const value = parseDanishNumber(text)
    if (value === null) {
      ctx.addIssue({ code: 'custom', message: `${label} skal være et tal` })
      return z.NEVER
    }
    if (value < opts.min || value > opts.max) {
      ctx.addIssue({
        code: 'custom',
        message: `${label} skal være mellem ${String(opts.min).replace('.', ',')} og ${String(opts.max).replace('.', ',')}`,
      })
      return z.NEVER
    }
    return value
  })
}

/**
 * A decimal number (e.g. FTE) within bounds, Danish or plain decimal mark.
 * @example headcount: decimalNumber('Årsværk', { min: 0, max: 100_000 })
 */
export function decimalNumber(label: string, opts: { min: number; max: number }) {
  return z.preprocess(blankToUndefined, z.string({ error: `${label} skal udfyldes` }).pipe(decimalParser(label, opts)))
}

/**
 * An optional decimal number (e.g. coordinates); blank is null.
 * @example latitude: optionalDecimalNumber('Breddegrad', { min: 54.5, max: 57.8 })
 */
export function optionalDecimalNumber(label: string, opts: { min: number; max: number }) {
  return z.preprocess(blankToUndefined, decimalParser(label, opts).optional()).transform((v) => v ?? null)
}

/** A year outside the range, read from text that is otherwise a date (`31.12.9999`, `9999-12-31`). */
function yearOutOfRange(text: string): boolean {
  const year = /^(\d{4})-\d{1,2}-\d{1,2}$|^\d{1,2}[./-]\d{1,2}[./-](\d{4})$/.exec(text.trim())
  const value = Number(year?.[1] ?? year?.[2])
  return Number.isInteger(value) && (value < DATE_YEARS.first || value > DATE_YEARS.last)
}

/**
 * Why a typed date is refused, in Danish, or null when it is a real day in 1900-2200.
 * @example dateProblem('Startdato', '31.12.9999') // 'Startdato skal ligge mellem 1900 og 2200'
 */
export function dateProblem(label: string, text: string): string | null {
  if (parseDanishDate(text) !== null) return null
  if (yearOutOfRange(text)) return `${label} ${DATE_RANGE_MESSAGE}`
  return `${label} er ikke en gyldig dato (dd.mm.åååå)`
}

/**
 * True for an ISO date `YYYY-MM-DD` of a real day in 1900-2200: the dates the app takes anywhere
 * (forms, files, the interchange file, grid filters).
 * @example isAcceptedIsoDate('9999-12-01') // false
 */
export function isAcceptedIsoDate(text: string): boolean {
  return parseDanishDate(text) === text
}

/** The Danish message for a date outside the years the app takes, after a field's name. */
export const DATE_RANGE_MESSAGE = `skal ligge mellem ${DATE_YEARS.first} og ${DATE_YEARS.last}`

function dateParser(label: string) {
  return z.string().transform((text, ctx) => {
    const iso = parseDanishDate(text.trim())
    if (iso === null) {
      ctx.addIssue({ code: 'custom', message: dateProblem(label, text)! })
      return z.NEVER
    }
    return iso
  })
}

/**
 * An optional calendar date typed as `31.05.2024` (or ISO), stored as ISO text; impossible dates are refused.
 * @example noticeDate: dateField('Opsigelsesdato') // '31.05.2024' → '2024-05-31', '' → null
 */
export function dateField(label: string) {
  return z.preprocess(blankToUndefined, dateParser(label).optional()).transform((v) => v ?? null)
}

/**
 * A required calendar date.
 * @example date: requiredDate('Flyttedato')
 */
export function requiredDate(label: string) {
  return z.preprocess(blankToUndefined, z.string({ error: `${label} skal udfyldes` }).pipe(dateParser(label)))
}

/**
 * One of a fixed set of codes, with a Danish message.
 * @example status: choice('Status', codes(leaseStatusLabels))
 */
export function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `Vælg ${label.toLowerCase()}` })
}

/** A checkbox: present means 1. */
export const flag = z.preprocess((v) => (v === 'on' || v === 'true' || v === '1' ? 1 : 0), z.union([z.literal(0), z.literal(1)]))

/** The optimistic-concurrency version the form was loaded with. */
export const versionField = z.coerce.number().int().min(1)
