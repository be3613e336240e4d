import { describe, expect, it } from 'vitest'
import { accrueMonth, accrueYear, computeSavings, lineItemsFor } from '~/core/savings'
import { assumptions, kr, lease, property, scenario } from './fixtures'

/** docs/calculation.md, the worked examples, exactly. */
describe('worked examples (docs/calculation.md)', () => {
  it('1: 600.000 + 60.000 kr., notice 15.06.2023 with 6 months: ends 31.12.2023, saves 660.000 from 2024', () => {
    const result = computeSavings(
      scenario({
        properties: [property({ id: 1, ownership: 'leased' })],
        leases: [lease({ id: 1, propertyId: 1, annualRentOre: kr(600_000), annualServiceOre: kr(60_000), noticeMonths: 6 })],
        measures: [{ kind: 'lease_termination', id: 'ex1', status: 'decided', leaseId: 1, noticeDate: '2023-06-15' }],
        assumptions: assumptions({ firstYear: 2023, lastYear: 2027 }),
      }),
    )
    expect(result.measures[0]?.leaseEndDate).toBe('2023-12-31')
    expect(result.measures[0]?.effectiveFrom).toBe('2024-01-01')
    expect(result.years.map((y) => y.savedRentAndService.toString())).toEqual(['0', '660000', '660000', '660000', '660000'])
    expect(result.years.map((y) => y.netOperatingSaving.toString())).toEqual(['0', '660000', '660000', '660000', '660000'])
    expect(result.fullYearEffect.toString()).toBe('660000')
  })

  it('2: 480.000 kr., notice 10.02.2024 with 3 months: ends 31.05.2024, 2024 saves 7/12 = 280.000', () => {
    const input = (noticeDate: string) =>
      scenario({
        properties: [property({ id: 1, ownership: 'leased' })],
        leases: [lease({ id: 1, propertyId: 1, annualRentOre: kr(480_000), noticeMonths: 3 })],
        measures: [{ kind: 'lease_termination', id: 'ex2', status: 'decided', leaseId: 1, noticeDate }],
        assumptions: assumptions({ firstYear: 2024, lastYear: 2025 }),
      })
    const result = computeSavings(input('2024-02-10'))
    expect(result.measures[0]?.leaseEndDate).toBe('2024-05-31')
    expect(result.years[0]?.savedRentAndService.toString()).toBe('280000')
    expect(result.years[1]?.savedRentAndService.toString()).toBe('480000')
    expect(result.fullYearEffect.toString()).toBe('480000')

    const earlier = computeSavings(input('2024-02-01'))
    expect(earlier.measures[0]?.leaseEndDate).toBe('2024-04-30')
    expect(earlier.years[0]?.savedRentAndService.toString()).toBe('320000')
  })

  it('3: sale with takeover 16.03.2024, operating 372.000 kr.: March 16.000, Apr–Dec 279.000, 2024 295.000', () => {
    expect(accrueMonth(kr(372_000), '2024-03-16', 2024, 3).toString()).toBe('16000')
    let aprilToDecember = accrueMonth(kr(372_000), '2024-03-16', 2024, 4)
    for (let month = 5; month <= 12; month++) {
      aprilToDecember = aprilToDecember.plus(accrueMonth(kr(372_000), '2024-03-16', 2024, month))
    }
    expect(aprilToDecember.toString()).toBe('279000')
    expect(accrueYear(kr(372_000), '2024-03-16', 2024).toString()).toBe('295000')

    const result = computeSavings(
      scenario({
        properties: [property({ id: 7, name: 'Løsningvej 30', annualOperatingCostOre: kr(372_000) })],
        measures: [
          {
            kind: 'sale',
            id: 'ex3',
            status: 'realised',
            propertyId: 7,
            takeoverDate: '2024-03-16',
            priceOre: 0,
            saleCostsOre: 0,
          },
        ],
        assumptions: assumptions({ firstYear: 2024, lastYear: 2025 }),
      }),
    )
    expect(result.years[0]?.savedOperating.toString()).toBe('295000')
    expect(result.years[1]?.savedOperating.toString()).toBe('372000')
    const [item] = lineItemsFor(result, { year: 2024, category: 'savedOperating' })
    expect(item?.amount.toString()).toBe('295000')
    expect(item?.periodFrom).toBe('2024-03-16')
    expect(item?.periodTo).toBe('2024-12-31')
    expect(item?.explanation).toBe(
      'Driftsudgift 372.000,00\u00a0kr. om året for Løsningvej 30. ' +
        'mar. 2024: 16/31 × 31.000,00\u00a0kr. = 16.000,00\u00a0kr.; apr.–dec. 2024: 9 × 31.000,00\u00a0kr. = 279.000,00\u00a0kr.',
    )
  })
})
