import { describe, expect, it } from 'vitest'
import {
  computeSavings,
  describeEffectiveDate,
  effectiveDate,
  filterMeasures,
  formatShare,
  fullYearLineItems,
  lineItemsFor,
  type Measure,
} from '~/core/savings'
import { assumptions, kr, lease, property, scenario, unit } from './fixtures'

const NB = '\u00a0'
const properties = [
  property({ id: 1, name: 'Vestergade', ownership: 'leased', annualOperatingCostOre: kr(36_000) }),
  property({ id: 2, name: 'Skolen', annualOperatingCostOre: kr(100) }),
  property({ id: 3, name: 'Rådhuset' }),
]
const leases = [
  lease({
    id: 1,
    propertyId: 1,
    name: 'Vestergade 4B',
    annualRentOre: kr(480_000),
    annualServiceOre: kr(24_000),
    noticeMonths: 3,
  }),
]
const measures: Measure[] = [
  { kind: 'lease_termination', id: 't', status: 'decided', leaseId: 1, noticeDate: '2024-02-10' },
  { kind: 'closure', id: 'c', status: 'decided', propertyId: 2, date: '2024-12-16', operatingCostShare: 0.25 },
  {
    kind: 'sale',
    id: 's',
    status: 'proposal',
    propertyId: 2,
    takeoverDate: '2025-01-01',
    priceOre: kr(1_000_000),
    saleCostsOre: kr(50_000),
  },
  {
    kind: 'relocation',
    id: 'r',
    status: 'decided',
    unitId: 1,
    fromPropertyId: 1,
    toPropertyId: 3,
    date: '2024-05-01',
    headcount: 10,
    refurbishmentOre: kr(80_000),
    addedAnnualOperatingOre: kr(12_000),
  },
]
const result = computeSavings(
  scenario({
    properties,
    leases,
    units: [unit({ id: 1, propertyId: 1, name: 'Jobcenter' })],
    measures,
    assumptions: assumptions({ firstYear: 2024, lastYear: 2025 }),
  }),
)

describe('lineItemsFor', () => {
  it('gives one item per measure per year per category with period and label', () => {
    const items = lineItemsFor(result, { year: 2024, category: 'savedRentAndService' })
    expect(items).toHaveLength(1)
    const [item] = items
    expect({ ...item, amount: item?.amount.toString() }).toEqual({
      measureId: 't',
      measureKind: 'lease_termination',
      label: 'Opsigelse af Vestergade 4B',
      propertyId: 1,
      leaseId: 1,
      category: 'savedRentAndService',
      year: 2024,
      periodFrom: '2024-06-01',
      periodTo: '2024-12-31',
      amount: '294000',
      explanation: `Husleje 480.000,00${NB}kr. + service 24.000,00${NB}kr. = 504.000,00${NB}kr. om året for Vestergade 4B. jun.–dec. 2024: 7 × 42.000,00${NB}kr.`,
    })
  })

  it('explains a share, a start late in December and an amount not divisible by twelve', () => {
    const [closure2024] = lineItemsFor(result, { year: 2024, measureId: 'c' })
    expect(closure2024?.amount.toString()).toBe('1.075268817204301075268817')
    expect(closure2024?.explanation).toBe(
      `25${NB}% af driftsudgiften 100,00${NB}kr. om året for Skolen. dec. 2024: 16/31 × 1/12 × 25,00${NB}kr. = ca. 1,08${NB}kr.`,
    )
    const [closure2025] = lineItemsFor(result, { year: 2025, measureId: 'c' })
    expect(closure2025?.explanation).toBe(
      `25${NB}% af driftsudgiften 100,00${NB}kr. om året for Skolen. jan.–dec. 2025: 12/12 × 25,00${NB}kr.`,
    )
  })

  it('gives the sale what the closure left, and its one-offs on the takeover day', () => {
    const sale = lineItemsFor(result, { measureId: 's' })
    expect(sale.map((i) => [i.category, i.year, i.amount.toString()])).toEqual([
      ['savedOperating', 2025, '75'],
      ['capitalIncome', 2025, '950000'],
    ])
    expect(sale[0]?.explanation).toContain(`heraf 75${NB}%, da resten allerede spares af et tidligere tiltag`)
    expect(sale[1]?.explanation).toBe(`Salgspris 1.000.000,00${NB}kr. − salgsomkostninger 50.000,00${NB}kr. (01.01.2025)`)
    expect(sale[1]).toMatchObject({ periodFrom: '2025-01-01', periodTo: '2025-01-01' })
  })

  it('explains relocation costs and added operating cost', () => {
    const relocation = lineItemsFor(result, { measureId: 'r', year: 2024 })
    expect(relocation.map((i) => [i.category, i.unitId, i.propertyId, i.amount.toString(), i.explanation])).toEqual([
      ['movingCost', 1, 3, '50000', `10 årsværk × 5.000,00${NB}kr. (01.05.2024)`],
      ['refurbishment', 1, 3, '80000', 'Istandsættelse i Rådhuset (01.05.2024)'],
      ['addedOperating', 1, 3, '8000', `Merudgift til drift 12.000,00${NB}kr. om året i Rådhuset. maj–dec. 2024: 8 × 1.000,00${NB}kr.`],
    ])
  })

  it('filters by property and returns nothing outside the horizon', () => {
    expect(lineItemsFor(result, { propertyId: 3 }).every((i) => i.propertyId === 3)).toBe(true)
    expect(lineItemsFor(result, { year: 2031 })).toEqual([])
  })
})

describe('fullYearLineItems', () => {
  it('lists each recurring amount once fully in effect', () => {
    const items = fullYearLineItems(result)
    expect(items.map((i) => [i.measureId, i.category, i.from, i.amount.toString()])).toEqual([
      ['r', 'addedOperating', '2024-05-01', '12000'],
      ['t', 'savedRentAndService', '2024-06-01', '504000'],
      ['c', 'savedOperating', '2024-12-16', '25'],
      ['s', 'savedOperating', '2025-01-01', '75'],
    ])
    expect(items[1]?.explanation).toContain('helårseffekt fra 01.06.2024')
    expect(result.fullYearEffect.toString()).toBe('492100')
  })
})

describe('measure helpers', () => {
  it('finds effective dates', () => {
    expect(effectiveDate(measures[0]!, leases)).toBe('2024-06-01')
    expect(effectiveDate(measures[0]!, new Map(leases.map((l) => [l.id, l])))).toBe('2024-06-01')
    expect(effectiveDate(measures[2]!, leases)).toBe('2025-01-01')
    expect(effectiveDate({ ...measures[0]!, leaseId: 9 } as Measure, leases)).toBeNull()
  })

  it('describes how a date was found', () => {
    expect(describeEffectiveDate(measures[0]!, leases)).toBe(
      'Opsagt 10.02.2024 med 3 måneders varsel til den 1. i en måned: 10.05.2024 → ophør 31.05.2024',
    )
    expect(describeEffectiveDate(measures[2]!, leases)).toBe('Overtagelsesdag 01.01.2025')
  })

  it('filters by status', () => {
    expect(filterMeasures(measures, 'realised')).toEqual([])
    expect(filterMeasures(measures, 'decided').map((m) => m.id)).toEqual(['t', 'c', 'r'])
    expect(filterMeasures(measures, 'all')).toHaveLength(4)
  })

  it('formats shares', () => {
    expect(formatShare(333_333)).toBe(`33,3333${NB}%`)
    expect(formatShare(1_000_000)).toBe(`100${NB}%`)
    expect(formatShare(5_000)).toBe(`0,5${NB}%`)
  })
})
