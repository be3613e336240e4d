import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatKroner,
  formatMillions,
  formatNumberDa,
  formatOre,
  kronerToOre,
  Money,
  NBSP,
  oreToKroner,
  parseDanishAmount,
  parseDanishNumber,
  sum,
} from '~/core/money'

describe('Money configuration', () => {
  it('is exact where binary floating point is not', () => {
    expect(new Money('0.1').plus('0.2').toString()).toBe('0.3')
  })

  it('rounds half away from zero', () => {
    expect(new Money('2.5').toDecimalPlaces(0).toString()).toBe('3')
    expect(new Money('-2.5').toDecimalPlaces(0).toString()).toBe('-3')
  })

  it('never switches to exponent notation for amounts', () => {
    expect(new Money('1e-24').toString()).toBe('0.000000000000000000000001')
    expect(new Money('1e20').toString()).toBe('100000000000000000000')
  })
})

describe('øre and kroner', () => {
  it('converts stored øre to exact kroner', () => {
    expect(oreToKroner(123456).toString()).toBe('1234.56')
    expect(oreToKroner(-5).toString()).toBe('-0.05')
  })

  it('rounds kroner to whole øre, half away from zero', () => {
    expect(kronerToOre('12.345')).toBe(1235)
    expect(kronerToOre('-12.345')).toBe(-1235)
    expect(kronerToOre(new Money('0.004'))).toBe(0)
    expect(kronerToOre(1234.56)).toBe(123456)
  })

  it('refuses øre that are not whole', () => {
    expect(() => oreToKroner(1.5)).toThrow(RangeError)
  })

  it('sums exactly', () => {
    expect(sum([new Money('0.1'), new Money('0.2'), new Money('-0.3')]).toString()).toBe('0')
    expect(sum([]).toString()).toBe('0')
  })
})

describe('formatting', () => {
  it('formats kroner the Danish way with a no-break space before kr.', () => {
    expect(formatKroner(new Money('1234567.89'))).toBe(`1.234.567,89${NBSP}kr.`)
    expect(formatKroner(new Money('-1234'))).toBe(`-1.234,00${NBSP}kr.`)
    expect(formatKroner(0)).toBe(`0,00${NBSP}kr.`)
    expect(formatKroner(999.995)).toBe(`1.000,00${NBSP}kr.`)
  })

  it('rounds half away from zero on output only', () => {
    expect(formatKroner(new Money('0.005'))).toBe(`0,01${NBSP}kr.`)
    expect(formatKroner(new Money('-0.005'))).toBe(`-0,01${NBSP}kr.`)
    expect(formatKroner(new Money('-0.004'))).toBe(`0,00${NBSP}kr.`)
    expect(formatKroner(1234.5, { decimals: 0 })).toBe(`1.235${NBSP}kr.`)
  })

  it('formats huge amounts exactly (no float detour)', () => {
    expect(formatKroner(new Money('100000000000.05'))).toBe(`100.000.000.000,05${NBSP}kr.`)
    expect(formatKroner(new Money('12345678901234567890.125'))).toBe(`12.345.678.901.234.567.890,13${NBSP}kr.`)
  })

  it('formats øre without decimal arithmetic', () => {
    expect(formatOre(123456789)).toBe(`1.234.567,89${NBSP}kr.`)
    expect(formatOre(-5)).toBe(`-0,05${NBSP}kr.`)
    expect(formatOre(150, { decimals: 0 })).toBe(`2${NBSP}kr.`)
    expect(formatOre(-150, { decimals: 0 })).toBe(`-2${NBSP}kr.`)
    expect(formatOre(123456789012345678901234n)).toBe(`1.234.567.890.123.456.789.012,34${NBSP}kr.`)
  })

  it('formats millions with one decimal', () => {
    expect(formatMillions(new Money(5_300_000))).toBe(`5,3${NBSP}mio.${NBSP}kr.`)
    expect(formatMillions(11_049_999)).toBe(`11,0${NBSP}mio.${NBSP}kr.`)
    expect(formatMillions(new Money('-2050000'))).toBe(`-2,1${NBSP}mio.${NBSP}kr.`)
    expect(formatMillions(new Money('1234500000'))).toBe(`1.234,5${NBSP}mio.${NBSP}kr.`)
  })

  it('formats plain numbers', () => {
    expect(formatNumberDa(12345)).toBe('12.345')
    expect(formatNumberDa(0.75, 2)).toBe('0,75')
    expect(formatNumberDa(-1234567)).toBe('-1.234.567')
    expect(formatNumberDa(new Money('2.5'))).toBe('3')
    expect(formatNumberDa(9.96, 1)).toBe('10,0')
    expect(formatNumberDa(0.05, 1)).toBe('0,1')
    expect(formatNumberDa(-0.04, 1)).toBe('0,0')
    expect(formatNumberDa(-2.5)).toBe('-3')
    expect(formatNumberDa(999999.95, 1)).toBe('1.000.000,0')
    expect(formatNumberDa(1e-7, 2)).toBe('0,00')
    expect(formatNumberDa(12.5, 3)).toBe('12,500')
  })

  it('formats a plain number exactly as from its Decimal (the fast path for numbers)', () => {
    const viaDecimal = (v: number, d: number) => formatNumberDa(new Money(v), d)
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 4 }), (v, d) => {
        expect(formatNumberDa(v, d)).toBe(viaDecimal(v, d))
      }),
      { numRuns: 5000 },
    )
    // Numbers as the pages have them: a tenth or hundredth off a binary fraction, halves.
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 3 }),
        (n, k, d) => {
          expect(formatNumberDa(n / k, d)).toBe(viaDecimal(n / k, d))
          expect(formatNumberDa(n + 0.5, d)).toBe(viaDecimal(n + 0.5, d))
        },
      ),
      { numRuns: 5000 },
    )
  })
})

describe('parseDanishAmount', () => {
  it.each([
    ['1.234.567,89', '1234567.89'],
    ['1234567,89', '1234567.89'],
    ['1234567', '1234567'],
    ['1 234 567,89', '1234567.89'],
    ['1.234.567,89 kr.', '1234567.89'],
    [`1.234.567,89${NBSP}kr.`, '1234567.89'],
    ['1234 kr', '1234'],
    ['-1.234,00', '-1234'],
    ['  42  ', '42'],
    ['1234567.89', '1234567.89'],
    ['12.5', '12.5'],
    ['1.234', '1234'],
    ['0,5', '0.5'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseDanishAmount(text)?.toString()).toBe(expected)
  })

  it.each(['', 'abc', '12a', '1,2,3', '1.23,4', '1.2345', '1.234.56', '1.234.5678,00', '12.345.6', ',5', '1 23,4', '--1', 'kr.'])(
    'rejects %j',
    (text) => {
      expect(parseDanishAmount(text)).toBeNull()
    },
  )

  it('round-trips every øre amount through formatKroner', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (ore) => {
        const parsed = parseDanishAmount(formatKroner(oreToKroner(ore)))
        expect(parsed).not.toBeNull()
        expect(kronerToOre(parsed!)).toBe(ore)
        expect(formatOre(ore)).toBe(formatKroner(oreToKroner(ore)))
      }),
    )
  })
})

describe('parseDanishNumber', () => {
  it('reads areas and factors', () => {
    expect(parseDanishNumber('0,8')).toBe(0.8)
    expect(parseDanishNumber('0.8')).toBe(0.8)
    expect(parseDanishNumber('12.345')).toBe(12345)
    expect(parseDanishNumber('1 250,5')).toBe(1250.5)
    expect(parseDanishNumber('-3')).toBe(-3)
  })

  it('rejects malformed numbers', () => {
    expect(parseDanishNumber('0,8 m²')).toBeNull()
    expect(parseDanishNumber('1.23,4')).toBeNull()
    expect(parseDanishNumber('')).toBeNull()
  })
})
