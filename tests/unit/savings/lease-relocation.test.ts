import { describe, expect, it } from 'vitest'
import { computeSavings, lineItemsFor, type Measure } from '~/core/savings'
import { assumptions, kr, lease, property, scenario, unit, yearStrings } from './fixtures'

const horizon = assumptions({ firstYear: 2024, lastYear: 2026 })

describe('lease termination', () => {
  const leased = property({ id: 1, ownership: 'leased', annualOperatingCostOre: kr(36_000) })
  const terminate = (leaseId: number, noticeDate = '2023-09-15', id = 't'): Measure => ({
    kind: 'lease_termination',
    id,
    status: 'decided',
    leaseId,
    noticeDate,
  })

  it('saves rent and service, plus operating cost when the municipality pays it', () => {
    const tenant = lease({
      id: 1,
      propertyId: 1,
      annualRentOre: kr(120_000),
      annualServiceOre: kr(12_000),
      noticeMonths: 3,
      operatingCostPaidByMunicipality: true,
    })
    const result = computeSavings(scenario({ properties: [leased], leases: [tenant], measures: [terminate(1)], assumptions: horizon }))
    // notice 15.09.2023 + 3 months = 15.12.2023 → ends 31.12.2023
    expect(yearStrings(result, 2024)).toMatchObject({
      savedRentAndService: '132000',
      savedOperating: '36000',
      netOperatingSaving: '168000',
    })
  })

  it('saves no operating cost when the landlord pays it', () => {
    const tenant = lease({ id: 1, propertyId: 1, annualRentOre: kr(120_000), noticeMonths: 3 })
    const result = computeSavings(scenario({ properties: [leased], leases: [tenant], measures: [terminate(1)], assumptions: horizon }))
    expect(yearStrings(result, 2024)).toMatchObject({ savedRentAndService: '120000', savedOperating: '0' })
  })

  it('loses the income when a landlord lease is terminated', () => {
    const letting = lease({ id: 2, propertyId: 1, direction: 'landlord', annualRentOre: kr(24_000), noticeMonths: 3 })
    const result = computeSavings(scenario({ properties: [leased], leases: [letting], measures: [terminate(2)], assumptions: horizon }))
    expect(yearStrings(result, 2024)).toMatchObject({ lostRentalIncome: '24000', netOperatingSaving: '-24000' })
  })

  it('uses an agreed end date and respects the non-terminable date', () => {
    const tenant = lease({
      id: 1,
      propertyId: 1,
      annualRentOre: kr(120_000),
      noticeMonths: 3,
      nonTerminableUntil: '2024-06-30',
    })
    const computed = computeSavings(scenario({ properties: [leased], leases: [tenant], measures: [terminate(1)], assumptions: horizon }))
    expect(computed.measures[0]?.leaseEndDate).toBe('2024-06-30')
    expect(yearStrings(computed, 2024).savedRentAndService).toBe('60000')

    const agreed: Measure = { ...terminate(1), endDateOverride: '2024-02-29' } as Measure
    const result = computeSavings(scenario({ properties: [leased], leases: [tenant], measures: [agreed], assumptions: horizon }))
    expect(result.measures[0]?.leaseEndDate).toBe('2024-02-29')
    expect(yearStrings(result, 2024).savedRentAndService).toBe('100000')
  })

  it('counts a lease terminated twice once, from the earlier end', () => {
    const tenant = lease({ id: 1, propertyId: 1, annualRentOre: kr(120_000), noticeMonths: 3 })
    const result = computeSavings(
      scenario({
        properties: [leased],
        leases: [tenant],
        measures: [terminate(1, '2024-03-20', 'late'), terminate(1, '2023-09-15', 'early')],
        assumptions: horizon,
      }),
    )
    expect(yearStrings(result, 2024).savedRentAndService).toBe('120000')
    expect(result.fullYearEffect.toString()).toBe('120000')
  })

  it('indexes rents from the year after the first year', () => {
    const tenant = lease({ id: 1, propertyId: 1, annualRentOre: kr(100_000), noticeMonths: 3 })
    const result = computeSavings(
      scenario({
        properties: [leased],
        leases: [tenant],
        measures: [terminate(1)],
        assumptions: { ...horizon, rentIndexationPct: 2.5 },
      }),
    )
    expect(result.years.map((y) => y.savedRentAndService.toString())).toEqual(['100000', '102500', '105062.5'])
    expect(result.indexFactors).toEqual({ 2024: '1', 2025: '1.025', 2026: '1.050625' })
    expect(result.fullYearEffect.toString()).toBe('100000')
    expect(lineItemsFor(result, { year: 2026 })[0]?.explanation).toContain('indeks 1,050625')
  })

  it('flags a measure with a malformed date or an impossible notice period instead of failing', () => {
    const tenant = lease({ id: 1, propertyId: 1, annualRentOre: kr(120_000), noticeMonths: -1 })
    const result = computeSavings(
      scenario({
        properties: [leased],
        leases: [tenant],
        measures: [terminate(1), { kind: 'closure', id: 'c', status: 'decided', propertyId: 1, date: '2024-02-30', operatingCostShare: 1 }],
        assumptions: horizon,
      }),
    )
    expect(result.conflicts.map((c) => [c.kind, c.measureId, c.message])).toEqual([
      ['invalid_measure', 't', 'Opsigelsen har en ugyldig dato eller et ugyldigt varsel og er ikke regnet med.'],
      ['invalid_measure', 'c', 'Tiltaget har en ugyldig dato og er ikke regnet med.'],
    ])
    expect(result.totals.netOperatingSaving.toString()).toBe('0')
  })

  it('flags a termination of an unknown lease', () => {
    const result = computeSavings(scenario({ properties: [leased], measures: [terminate(99)], assumptions: horizon }))
    expect(result.conflicts).toMatchObject([{ kind: 'invalid_measure', measureId: 't' }])
    expect(result.measures[0]?.effectiveFrom).toBeNull()
  })
})

describe('relocation', () => {
  const props = [property({ id: 1, name: 'Vestergade' }), property({ id: 2, name: 'Rådhuset' })]
  const relocation = (overrides: Partial<Extract<Measure, { kind: 'relocation' }>> = {}): Measure => ({
    kind: 'relocation',
    id: 'r',
    status: 'decided',
    unitId: 1,
    fromPropertyId: 1,
    toPropertyId: 2,
    date: '2024-08-01',
    headcount: 12.5,
    refurbishmentOre: kr(250_000),
    addedAnnualOperatingOre: kr(24_000),
    ...overrides,
  })
  const run = (measure: Measure) =>
    computeSavings(
      scenario({
        properties: props,
        units: [unit({ id: 1, propertyId: 1, headcount: 12.5 })],
        measures: [measure],
        assumptions: horizon,
      }),
    )

  it('costs moving per person and refurbishment once, and adds operating cost from its date', () => {
    const result = run(relocation())
    expect(yearStrings(result, 2024)).toMatchObject({
      movingCost: '62500',
      refurbishment: '250000',
      addedOperating: '10000',
      netOperatingSaving: '-10000',
    })
    expect(yearStrings(result, 2025)).toMatchObject({ movingCost: '0', addedOperating: '24000' })
    expect(result.fullYear.addedOperating.toString()).toBe('24000')
    expect(lineItemsFor(result, { category: 'movingCost' })[0]?.explanation).toBe('12,5 årsværk × 5.000,00\u00a0kr. (01.08.2024)')
  })

  it('uses a stated moving cost instead of the rate', () => {
    const result = run(relocation({ movingCostOverrideOre: kr(40_000) }))
    expect(yearStrings(result, 2024).movingCost).toBe('40000')
  })
})

describe('status filter and target', () => {
  const props = [1, 2, 3].map((id) => property({ id, annualOperatingCostOre: kr(1_200_000) }))
  const measures: Measure[] = [
    { kind: 'closure', id: 'realised', status: 'realised', propertyId: 1, date: '2024-01-01', operatingCostShare: 1 },
    { kind: 'closure', id: 'decided', status: 'decided', propertyId: 2, date: '2025-01-01', operatingCostShare: 1 },
    { kind: 'closure', id: 'proposal', status: 'proposal', propertyId: 3, date: '2026-01-01', operatingCostShare: 1 },
  ]
  const run = (statusFilter: 'realised' | 'decided' | 'all') =>
    computeSavings(
      scenario({
        properties: props,
        measures,
        statusFilter,
        assumptions: { ...horizon, targetAnnualOre: kr(2_400_000) },
      }),
    )

  it('keeps realised; decided and realised; or everything', () => {
    expect(run('realised').fullYearEffect.toString()).toBe('1200000')
    expect(run('decided').fullYearEffect.toString()).toBe('2400000')
    expect(run('all').fullYearEffect.toString()).toBe('3600000')
    expect(run('decided').measures.map((m) => m.measureId)).toEqual(['realised', 'decided'])
  })

  it('reports the gap to the target and the first year reaching it', () => {
    const realised = run('realised')
    expect(realised.gapToTarget.toString()).toBe('1200000')
    expect(realised.gapToTargetRaw.toString()).toBe('1200000')
    expect(realised.firstYearTargetReached).toBeNull()

    const all = run('all')
    expect(all.gapToTarget.toString()).toBe('0')
    expect(all.gapToTargetRaw.toString()).toBe('-1200000')
    expect(all.firstYearTargetReached).toBe(2025)
    expect(all.target.toString()).toBe('2400000')
  })
})
