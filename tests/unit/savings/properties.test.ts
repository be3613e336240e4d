import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '~/core/dates'
import { Money, oreToKroner, sum } from '~/core/money'
import {
  accrueMonth,
  accrueYear,
  computeSavings,
  fullYearLineItems,
  lineItemsFor,
  monthFraction,
  RECURRING_CATEGORIES,
  yearFraction,
  type EngineInput,
  type Measure,
} from '~/core/savings'
import { planningDateArb } from '../arbitraries'
import { assumptions, property, unit } from './fixtures'
import { ALL, expectSameTotals, inputArb, ore, shareMicro, shiftLater } from './generators'

describe('accrual invariants', () => {
  it('a full year accrues exactly the annual amount, and its twelve months add up to it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1950, max: 2150 }),
        fc.integer({ min: 0, max: 4000 }),
        (annual, year, daysBefore) => {
          const from = addDays(`${year}-01-01`, -daysBefore)
          expect(accrueYear(annual, from, year).equals(oreToKroner(annual))).toBe(true)
          expect(yearFraction(from, year)).toMatchObject({ num: 12, den: 12 })
          const months = Array.from({ length: 12 }, (_, i) => monthFraction(from, year, i + 1))
          expect(months.every((m) => m.num === 1 && m.den === 12)).toBe(true)
          const monthly = sum(months.map((_, i) => accrueMonth(annual, from, year, i + 1)))
          // months are display values of 1/12 each; the year is computed as one fraction
          expect(monthly.minus(oreToKroner(annual)).abs().lessThanOrEqualTo('6e-24')).toBe(true)
        },
      ),
    )
  })

  it('the month fractions of any start date add up to the year fraction exactly', () => {
    fc.assert(
      fc.property(planningDateArb, fc.integer({ min: 2020, max: 2031 }), (from, year) => {
        const y = yearFraction(from, year)
        let num = 0n
        const den = BigInt(y.den) * 12n * 31n * 30n * 29n * 28n
        for (let month = 1; month <= 12; month++) {
          const m = monthFraction(from, year, month)
          num += (BigInt(m.num) * den) / BigInt(m.den)
        }
        expect(num * BigInt(y.den)).toBe(BigInt(y.num) * den)
      }),
    )
  })
})

describe('engine invariants', () => {
  it('every cell equals the sum of its line items, and the full-year effect its items', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = computeSavings(input)
        for (const year of result.years) {
          for (const category of ALL) {
            const items = lineItemsFor(result, { year: year.year, category })
            expect(sum(items.map((i) => i.amount)).equals(year[category]), `${year.year} ${category}`).toBe(true)
          }
        }
        for (const category of RECURRING_CATEGORIES) {
          const items = fullYearLineItems(result, { category })
          expect(sum(items.map((i) => i.amount)).equals(result.fullYear[category])).toBe(true)
        }
        const net = result.years.map((y) =>
          y.savedRentAndService.plus(y.savedOperating).plus(y.savedMaintenance).minus(y.lostRentalIncome).minus(y.addedOperating),
        )
        expect(net.map(String)).toEqual(result.years.map((y) => y.netOperatingSaving.toString()))
      }),
      { numRuns: 60 },
    )
  })

  it('moving an effect date later never raises any year’s saving (or cost)', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), fc.integer({ min: 1, max: 800 }), (input, pick, days) => {
        if (input.measures.length === 0) return
        const index = pick % input.measures.length
        const later = { ...input, measures: input.measures.map((m, i) => (i === index ? shiftLater(m, days) : m)) }
        const before = computeSavings(input)
        const after = computeSavings(later)
        for (const [i, year] of before.years.entries()) {
          for (const category of RECURRING_CATEGORIES) {
            const grew = after.years[i]![category].minus(year[category])
            expect(grew.lessThanOrEqualTo('1e-22'), `${year.year} ${category} grew by ${grew.toString()}`).toBe(true)
          }
        }
      }),
      { numRuns: 60 },
    )
  })

  it('splitting a closure’s share or a relocation’s amounts over two measures changes no total', () => {
    const base = assumptions({ firstYear: 2022, lastYear: 2030, rentIndexationPct: null })
    fc.assert(
      fc.property(ore, shareMicro, shareMicro, planningDateArb, ore, ore, ore, ore, (op, s1, s2, date, a1, a2, r1, r2) => {
        fc.pre(s1 + s2 <= 1_000_000)
        const props = [property({ id: 1, annualOperatingCostOre: op }), property({ id: 2 })]
        const closure = (id: string, micro: number): Measure => ({
          kind: 'closure',
          id,
          status: 'decided',
          propertyId: 1,
          date,
          operatingCostShare: micro / 1_000_000,
        })
        const relocation = (id: string, added: number, refurbishment: number, moving: number): Measure => ({
          kind: 'relocation',
          id,
          status: 'decided',
          unitId: 1,
          fromPropertyId: 1,
          toPropertyId: 2,
          date,
          headcount: 0,
          refurbishmentOre: refurbishment,
          addedAnnualOperatingOre: added,
          movingCostOverrideOre: moving,
        })
        const make = (measures: Measure[]): EngineInput => ({
          properties: props,
          leases: [],
          units: [unit({ id: 1, propertyId: 1, headcount: 0 })],
          measures,
          assumptions: base,
          statusFilter: 'all',
        })
        const whole = computeSavings(make([closure('c', s1 + s2), relocation('r', a1 + a2, r1 + r2, a1 + r2)]))
        const split = computeSavings(
          make([closure('c1', s1), closure('c2', s2), relocation('r1', a1, r1, a1), relocation('r2', a2, r2, r2)]),
        )
        expectSameTotals(whole, split)
        expect(whole.fullYearEffect.equals(split.fullYearEffect)).toBe(true)
        for (const [i, year] of whole.years.entries()) {
          // one-off amounts are whole øre: exactly equal
          expect(year.refurbishment.equals(split.years[i]!.refurbishment)).toBe(true)
          expect(year.movingCost.equals(split.years[i]!.movingCost)).toBe(true)
        }
      }),
      { numRuns: 80 },
    )
  })

  it('capital income never enters the operating saving', () => {
    fc.assert(
      fc.property(inputArb, ore, (input, extra) => {
        const richer = {
          ...input,
          measures: input.measures.map((m) => (m.kind === 'sale' ? { ...m, priceOre: m.priceOre + extra } : m)),
        }
        const a = computeSavings(input)
        const b = computeSavings(richer)
        expect(b.years.map((y) => y.netOperatingSaving.toString())).toEqual(a.years.map((y) => y.netOperatingSaving.toString()))
        expect(b.fullYearEffect.equals(a.fullYearEffect)).toBe(true)
      }),
      { numRuns: 30 },
    )
  })

  it('a recurring effect in place all year saves exactly its annual amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 1_000_000 }), (op, micro) => {
        const result = computeSavings({
          properties: [property({ id: 1, annualOperatingCostOre: op })],
          leases: [],
          units: [],
          measures: [
            {
              kind: 'closure',
              id: 'c',
              status: 'realised',
              propertyId: 1,
              date: '2021-07-15',
              operatingCostShare: micro / 1_000_000,
            },
          ],
          assumptions: assumptions({ firstYear: 2022, lastYear: 2024 }),
          statusFilter: 'all',
        })
        const annual = oreToKroner(op).times(micro).div(1_000_000)
        for (const year of result.years) expect(year.savedOperating.equals(annual)).toBe(true)
        expect(result.fullYearEffect.equals(annual)).toBe(true)
        expect(new Money(0).lessThanOrEqualTo(result.gapToTarget)).toBe(true)
      }),
    )
  })
})
