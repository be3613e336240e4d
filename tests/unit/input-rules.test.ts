/**
 * The rules every input passes, in forms, imports and the portfolio file: dates in 1900-2200, no
 * control characters in text, no fractions of an øre.
 */
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { amountOre, dateField, isAcceptedIsoDate, optionalAmountOre, optionalText, requiredText } from '~/core/schema-fields'
import { propertySchema } from '~/features/properties/schemas'

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value)
  return r.success ? [] : r.error.issues.map((i) => i.message)
}

describe('text fields', () => {
  it('refuse control characters: a NUL in a name once made the CSV export unreadable', () => {
    expect(messages(requiredText('Navn'), 'Rådhus\u0000')).toEqual(['Navn indeholder et usynligt kontroltegn; skriv teksten igen uden det'])
    for (const c of ['\u0001', '\u0007', '\t', '\n', '\u001b', '\u007f', '\u0085'])
      expect(messages(requiredText('Navn'), `A${c}B`)).toHaveLength(1)
    expect(messages(requiredText('Navn'), 'Æblehaven – Ølsted')).toEqual([])
  })

  it('let notes keep tabs and line breaks, but nothing else invisible', () => {
    expect(optionalText('Note').parse('linje 1\r\nlinje 2\tmed tab')).toBe('linje 1\r\nlinje 2\tmed tab')
    expect(messages(optionalText('Note'), 'x\u0000')).toEqual(['Note indeholder et usynligt kontroltegn; skriv teksten igen uden det'])
  })

  it('hold for a whole form', () => {
    const form = {
      ...{ name: 'A\u0000', address: 'Vej 1', postcode: '8722', town: 'Hedensted', ownership: 'owned', use: 'school', status: 'in_use' },
      ...{ grossAreaM2: '0', workplaces: '0', annualOperatingCostOre: '0', annualMaintenanceOre: '0', maintenanceBacklogOre: '0' },
    }
    const r = propertySchema.safeParse(form)
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.path[0])).toEqual(['name'])
  })
})

describe('amounts', () => {
  it('refuse fractions of an øre instead of rounding them away', () => {
    expect(messages(amountOre('Husleje'), '1.234,567')).toEqual(['Husleje kan højst have to decimaler (hele øre)'])
    expect(messages(optionalAmountOre('Pris'), '0,001')).toEqual(['Pris kan højst have to decimaler (hele øre)'])
    expect(amountOre('Husleje').parse('1.234,50')).toBe(123_450)
    expect(amountOre('Husleje').parse('12,500')).toBe(1250)
    expect(amountOre('Husleje').parse('1.234')).toBe(123_400)
  })
})

describe('dates', () => {
  it('take real days in 1900-2200 only, and say which rule a date breaks', () => {
    expect(messages(dateField('Startdato'), '31.12.9999')).toEqual(['Startdato skal ligge mellem 1900 og 2200'])
    expect(messages(dateField('Startdato'), '9999-12-01')).toEqual(['Startdato skal ligge mellem 1900 og 2200'])
    expect(messages(dateField('Startdato'), '31.02.2024')).toEqual(['Startdato er ikke en gyldig dato (dd.mm.åååå)'])
    expect(dateField('Startdato').parse('1.6.2024')).toBe('2024-06-01')
    expect([isAcceptedIsoDate('2200-12-31'), isAcceptedIsoDate('1900-01-01')]).toEqual([true, true])
    expect([isAcceptedIsoDate('2201-01-01'), isAcceptedIsoDate('1899-12-31'), isAcceptedIsoDate('9999-99-99')]).toEqual([
      false,
      false,
      false,
    ])
  })
})
