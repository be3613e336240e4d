import { describe, expect, it } from 'vitest'
import { computeSavings, lineItemsFor, type Measure } from '~/core/savings'
import { assumptions, kr, lease, property, scenario, yearStrings } from './fixtures'

const horizon = assumptions({ firstYear: 2024, lastYear: 2026 })

describe('sale', () => {
  const owned = property({
    id: 1,
    name: 'Skolen',
    annualOperatingCostOre: kr(120_000),
    annualMaintenanceOre: kr(60_000),
    maintenanceBacklogOre: kr(2_000_000),
  })
  const letting = lease({ id: 9, propertyId: 1, direction: 'landlord', annualRentOre: kr(24_000), name: 'Foreningen' })
  const sale: Measure = {
    kind: 'sale',
    id: 's',
    status: 'decided',
    propertyId: 1,
    takeoverDate: '2024-07-01',
    priceOre: kr(5_300_000),
    saleCostsOre: kr(100_000),
  }
  const run = (countAvoidedMaintenance: boolean) =>
    computeSavings(
      scenario({
        properties: [owned],
        leases: [letting],
        measures: [sale],
        assumptions: { ...horizon, countAvoidedMaintenance },
      }),
    )

  it('saves operating cost from the takeover date and loses the landlord rent', () => {
    const y2024 = yearStrings(run(false), 2024)
    expect(y2024.savedOperating).toBe('60000')
    expect(y2024.lostRentalIncome).toBe('12000')
    expect(y2024.savedMaintenance).toBe('0')
    expect(y2024.netOperatingSaving).toBe('48000')
    expect(yearStrings(run(false), 2025).netOperatingSaving).toBe('96000')
  })

  it('saves maintenance only when avoided maintenance is counted', () => {
    const result = run(true)
    expect(yearStrings(result, 2024).savedMaintenance).toBe('30000')
    expect(yearStrings(result, 2025).netOperatingSaving).toBe('156000')
    expect(result.fullYear.savedMaintenance.toString()).toBe('60000')
    expect(run(false).fullYear.savedMaintenance.toString()).toBe('0')
  })

  it('books price less sale costs as capital income in the takeover year, outside the operating saving', () => {
    const result = run(false)
    expect(yearStrings(result, 2024).capitalIncome).toBe('5200000')
    expect(yearStrings(result, 2025).capitalIncome).toBe('0')
    expect(yearStrings(result, 2024).avoidedBacklog).toBe('2000000')
    expect(yearStrings(result, 2024).netOperatingSaving).toBe('48000')
    expect(result.fullYearEffect.toString()).toBe('96000')
    expect(result.totals.capitalIncome.toString()).toBe('5200000')
  })

  it('cannot sell a leased property', () => {
    const result = computeSavings(
      scenario({
        properties: [property({ id: 1, ownership: 'leased', annualOperatingCostOre: kr(120_000) })],
        measures: [sale],
        assumptions: horizon,
      }),
    )
    expect(result.totals.savedOperating.toString()).toBe('0')
    expect(result.conflicts).toMatchObject([{ kind: 'invalid_measure', measureId: 's', propertyId: 1 }])
  })
})

describe('closure', () => {
  it('saves the stated share of the operating cost from its date', () => {
    const result = computeSavings(
      scenario({
        properties: [property({ id: 1, annualOperatingCostOre: kr(120_000) })],
        measures: [{ kind: 'closure', id: 'c', status: 'decided', propertyId: 1, date: '2024-10-01', operatingCostShare: 0.4 }],
        assumptions: horizon,
      }),
    )
    expect(result.years.map((y) => y.savedOperating.toString())).toEqual(['12000', '48000', '48000'])
    expect(result.fullYearEffect.toString()).toBe('48000')
  })

  it('and a later sale saves the rest, never more than 100 %', () => {
    const result = computeSavings(
      scenario({
        properties: [property({ id: 1, annualOperatingCostOre: kr(120_000) })],
        measures: [
          { kind: 'closure', id: 'c', status: 'decided', propertyId: 1, date: '2024-01-01', operatingCostShare: 0.4 },
          {
            kind: 'sale',
            id: 's',
            status: 'decided',
            propertyId: 1,
            takeoverDate: '2025-01-01',
            priceOre: 0,
            saleCostsOre: 0,
          },
        ],
        assumptions: horizon,
      }),
    )
    expect(result.years.map((y) => y.savedOperating.toString())).toEqual(['48000', '120000', '120000'])
    const items = lineItemsFor(result, { year: 2025, category: 'savedOperating' })
    expect(items.map((i) => [i.measureId, i.amount.toString()])).toEqual([
      ['c', '48000'],
      ['s', '72000'],
    ])
    expect(items[1]?.explanation).toContain('heraf 60\u00a0%, da resten allerede spares af et tidligere tiltag')
  })

  it('flags a share outside 0..1 and uses it clamped', () => {
    const result = computeSavings(
      scenario({
        properties: [property({ id: 1, annualOperatingCostOre: kr(120_000) })],
        measures: [{ kind: 'closure', id: 'c', status: 'decided', propertyId: 1, date: '2024-01-01', operatingCostShare: 1.5 }],
        assumptions: horizon,
      }),
    )
    expect(yearStrings(result, 2024).savedOperating).toBe('120000')
    expect(result.conflicts[0]?.kind).toBe('invalid_measure')
  })
})
