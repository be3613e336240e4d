/** Key figures per building against the portfolio median and the norms, with exact decimals. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { co2eGramsOf, DEFAULT_NORMS, deviation, flagsOf, keyFiguresOf, median, medians, type KeyFigureInput } from '~/core/key-figures'
import { Money } from '~/core/money'

const building = (over: Partial<KeyFigureInput> = {}): KeyFigureInput => ({
  grossAreaM2: 1000,
  workplaces: 30,
  annualOperatingCostOre: 37_200_000,
  heatKwh: 100_000,
  electricityKwh: 20_500,
  co2eGrams: 5_350_000,
  employees: 40,
  ...over,
})

const text = (f: ReturnType<typeof keyFiguresOf>) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v?.toString() ?? null]))

describe('keyFiguresOf', () => {
  it('divides exactly: kWh, kg CO2e and kroner per m², m² and workplaces per employee', () => {
    expect(text(keyFiguresOf(building()))).toEqual({
      kwhPerM2: '120.5',
      co2eKgPerM2: '5.35',
      m2PerEmployee: '25',
      workplacesPerEmployee: '0.75',
      operatingCostPerM2: '372',
    })
  })

  it('leaves a figure unknown, never zero, when its inputs are missing', () => {
    const f = keyFiguresOf(building({ heatKwh: null, electricityKwh: null, co2eGrams: null, employees: 0 }))
    expect(text(f)).toMatchObject({ kwhPerM2: null, co2eKgPerM2: null, m2PerEmployee: null, workplacesPerEmployee: null })
    expect(text(keyFiguresOf(building({ grossAreaM2: 0 })))).toMatchObject({
      kwhPerM2: null,
      operatingCostPerM2: null,
      m2PerEmployee: null,
    })
  })

  it('counts a metered year with only electricity', () => {
    expect(keyFiguresOf(building({ heatKwh: null, electricityKwh: 12_345 })).kwhPerM2?.toString()).toBe('12.345')
  })

  it('keeps fractional headcount exact', () => {
    expect(keyFiguresOf(building({ grossAreaM2: 100, employees: 3 })).m2PerEmployee?.toFixed(10)).toBe('33.3333333333')
  })
})

describe('co2eGramsOf', () => {
  it('multiplies kWh by grams per MWh and divides by 1.000', () => {
    // 120 MWh district heating at 50 kg/MWh = 6.000 kg; 80 MWh electricity at 100 kg/MWh = 8.000 kg.
    expect(co2eGramsOf(120_000, 50_000, 80_000, 100_000)).toBe(14_000_000)
    expect(co2eGramsOf(1, 1, 0, null)).toBe(0.001)
  })

  it('gives the worked example of docs/key-figures.md: 7,05 kg CO2e per m²', () => {
    const grams = co2eGramsOf(100_000, 50_000, 20_500, 100_000)
    expect(grams).toBe(7_050_000)
    expect(keyFiguresOf(building({ co2eGrams: grams })).co2eKgPerM2?.toString()).toBe('7.05')
  })

  it('is unknown when a factor for a metered carrier is missing, or nothing is metered', () => {
    expect(co2eGramsOf(120_000, null, 0, 100_000)).toBeNull()
    expect(co2eGramsOf(null, 50_000, null, 100_000)).toBeNull()
    expect(co2eGramsOf(0, null, 80_000, 100_000)).toBe(8_000_000)
  })
})

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values, ignoring unknowns', () => {
    expect(median([new Money(10), null, new Money(1), new Money(3)])?.toString()).toBe('3')
    expect(median([new Money(1), new Money(3), new Money(10), new Money(4)])?.toString()).toBe('3.5')
    expect(median([new Money('0.1'), new Money('0.2')])?.toString()).toBe('0.15')
    expect(median([null])).toBeNull()
  })

  it('has as many known values at or below it as at or above it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 40 }), (values) => {
        const m = median(values.map((v) => new Money(v)))!
        const below = values.filter((v) => m.gte(v)).length
        const above = values.filter((v) => m.lte(v)).length
        expect(below * 2).toBeGreaterThanOrEqual(values.length)
        expect(above * 2).toBeGreaterThanOrEqual(values.length)
      }),
    )
  })

  it('gives the median of each figure across the portfolio', () => {
    const all = [building(), building({ heatKwh: 200_000, grossAreaM2: 2000 }), building({ heatKwh: 50_000, electricityKwh: 0 })]
    expect(medians(all.map(keyFiguresOf)).kwhPerM2?.toString()).toBe('110.25')
  })
})

describe('flagsOf', () => {
  const medianFigures = keyFiguresOf(building())

  it('flags space and desk sharing more than 25 % over the norm, in words', () => {
    // 1.000 m² for 25 employees is 40 m² each: 33 % over the norm of 30; 30 workplaces is 1,2 each.
    const f = keyFiguresOf(building({ employees: 25 }))
    expect(flagsOf(f, medianFigures, DEFAULT_NORMS)).toEqual([
      'm² pr. medarbejder over normen (30)',
      'arbejdspladser pr. medarbejder over normen (0,75)',
    ])
  })

  it('flags energy, CO2e and operating cost more than 25 % over the median; exactly 25 % is not flagged', () => {
    const f = keyFiguresOf(building({ heatKwh: 200_000, co2eGrams: 6_687_500, annualOperatingCostOre: 46_500_000 }))
    expect(flagsOf(f, medianFigures, DEFAULT_NORMS)).toEqual(['energiforbrug pr. m² over medianen'])
    expect(deviation(f.co2eKgPerM2, medianFigures.co2eKgPerM2)?.toString()).toBe('0.25')
  })

  it('flags nothing for the median building', () => {
    expect(flagsOf(medianFigures, medianFigures, DEFAULT_NORMS)).toEqual([])
  })
})
