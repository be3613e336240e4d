/** MWh and m³ typed the Danish way, kept exact as kWh and litres; refused, never rounded, past three decimals. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { optionalThousandths, parseThousandths, thousandthsText } from '~/core/energy'
import { consumptionSchema } from '~/features/properties/schemas'

describe('parseThousandths', () => {
  it.each([
    ['123,5', 123_500],
    ['0', 0],
    ['1.234,567', 1_234_567],
    ['12,345', 12_345],
    ['  45,25 ', 45_250],
    ['310', 310_000],
  ])('reads %s as %i thousandths', (text, value) => {
    expect(parseThousandths(text, 'Varme', 'kWh')).toEqual({ ok: true, value })
  })

  it('refuses a fourth decimal with a Danish message instead of rounding', () => {
    expect(parseThousandths('12,3456', 'Varme', 'kWh')).toEqual({ ok: false, message: 'Varme kan højst have tre decimaler (hele kWh)' })
  })

  it.each([
    ['-1', 'El kan ikke være negativ'],
    ['abc', 'El skal være et tal, fx 123,5'],
    ['1,2,3', 'El skal være et tal, fx 123,5'],
    ['99.999.999', 'El er urimeligt stor'],
  ])('refuses %s', (text, message) => {
    expect(parseThousandths(text, 'El', 'kWh')).toEqual({ ok: false, message })
  })

  it('writes back what it reads, for every value with up to three decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (value) => {
        expect(parseThousandths(thousandthsText(value), 'Varme', 'kWh')).toEqual({ ok: true, value })
      }),
    )
  })
})

describe('thousandthsText', () => {
  it.each([
    [123_500, '123,5'],
    [1_234_567, '1.234,567'],
    [310_000, '310'],
    [0, '0'],
    [null, ''],
  ])('%s → %s', (value, text) => {
    expect(thousandthsText(value)).toBe(text)
  })
})

describe('the consumption form', () => {
  it('turns typed MWh and m³ into kWh and litres; blank is not metered', () => {
    const parsed = consumptionSchema.safeParse({ year: '2023', heatKwh: '123,5', electricityKwh: '45,25', waterLiters: undefined })
    expect(parsed.success && parsed.data).toEqual({ year: 2023, heatKwh: 123_500, electricityKwh: 45_250, waterLiters: null })
  })

  it('says in Danish what is wrong, field by field', () => {
    const parsed = consumptionSchema.safeParse({ year: '1989', heatKwh: '12,3456', electricityKwh: '-3', waterLiters: '1' })
    const messages = Object.fromEntries((parsed.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]))
    expect(messages).toEqual({
      year: 'År skal være mellem 1990 og 2100',
      heatKwh: 'Varme kan højst have tre decimaler (hele kWh)',
      electricityKwh: 'El kan ikke være negativ',
    })
  })

  it('accepts an optional quantity left out', () => {
    expect(optionalThousandths('Vand', 'liter').parse(undefined)).toBeNull()
  })
})
