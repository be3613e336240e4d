/** Reading the scenario figures: round chart steps, Danish plurals, one sign for costs, measure names and the price basis. */
import { describe, expect, it } from 'vitest'
import { conflictCount, niceTicks, priceBasis } from '~/features/scenarios/chart-scale'
import { diffMeasures, measureTitle } from '~/features/scenarios/measure-diff'
import { scenarioTitle } from '~/features/scenarios/naming'
import { signOf } from '~/features/scenarios/scenario-view'

describe('scenario figures', () => {
  it('puts chart gridlines on round million steps', () => {
    expect(niceTicks(0, 5_500_000)).toEqual([0, 1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000, 6_000_000])
    expect(niceTicks(0, 4_100_000)).toEqual([0, 1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000])
    expect(niceTicks(-1_200_000, 5_000_000)).toEqual([-2_000_000, -1_000_000, 0, 1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000])
    expect(niceTicks(0, 0)).toEqual([0, 1])
  })

  it('counts conflicts in Danish', () => {
    expect([0, 1, 2].map(conflictCount)).toEqual(['Ingen konflikter', '1 konflikt', '2 konflikter'])
  })

  it('shows lost rent and added operating cost as costs', () => {
    expect(signOf('lostRentalIncome')).toBe(-1)
    expect(signOf('addedOperating')).toBe(-1)
    expect(signOf('savedRentAndService')).toBe(1)
    expect(signOf('movingCost')).toBe(1)
  })

  it('names a measure once, never "Salg: Salg: …"', () => {
    expect(measureTitle({ kind: 'sale', label: 'Salg: Stouby Skole' })).toBe('Salg: Stouby Skole')
    expect(measureTitle({ kind: 'lease_termination', label: 'Opsigelse: DLH-bygningen' })).toBe('Opsigelse: DLH-bygningen')
    expect(measureTitle({ kind: 'sale', label: 'Sælg Stouby Skole' })).toBe('Salg: Sælg Stouby Skole')
    expect(measureTitle({ kind: 'closure', label: '' })).toBe('Lukning')
  })

  it('names an archived plan by its period', () => {
    const old = {
      name: 'Vedtaget plan',
      isBaseline: 0,
      archivedAt: '2025-09-04T10:00:00.000Z',
      decisionDate: '2025-03-12',
      createdAt: '2024-01-02T08:00:00.000Z',
    }
    expect(scenarioTitle(old)).toBe('Vedtaget plan, 12.03.2025-04.09.2025')
    expect(scenarioTitle({ ...old, decisionDate: null })).toBe('Vedtaget plan, 02.01.2024-04.09.2025')
    expect(scenarioTitle({ ...old, archivedAt: null, name: 'Udvalgets forslag' })).toBe('Udvalgets forslag')
    // Stored in UTC, shown as the day in Denmark: late on New Year's Eve in UTC is already the new year there.
    const atMidnight = { ...old, decisionDate: null, createdAt: '2023-12-31T23:15:00.000Z', archivedAt: '2025-12-31T23:30:00.000Z' }
    expect(scenarioTitle(atMidnight)).toBe('Vedtaget plan, 01.01.2024-01.01.2026')
  })

  it('pairs measures by what they concern and says what changed', () => {
    const sale = {
      kind: 'sale' as const,
      label: 'Salg: A',
      status: 'decided' as const,
      propertyId: 1,
      effectDate: '2025-04-01',
      priceOre: 100,
    }
    const lease = {
      kind: 'lease_termination' as const,
      label: 'Opsigelse: B',
      status: 'decided' as const,
      leaseId: 7,
      effectDate: '2024-01-20',
    }
    const diff = diffMeasures(
      [sale, lease],
      [
        { ...sale, effectDate: '2025-06-01' },
        { ...sale, propertyId: 2, label: 'Salg: C' },
      ],
    )
    expect(diff.added.map(measureTitle)).toEqual(['Salg: C'])
    expect(diff.removed.map(measureTitle)).toEqual(['Opsigelse: B'])
    expect(diff.changed.map((c) => c.changes)).toEqual([
      [{ field: 'effectDate', label: 'Dato', before: '01.04.2025', after: '01.06.2025' }],
    ])
  })

  it('says the price basis when rents are indexed', () => {
    expect(priceBasis(null, 2023)).toBeNull()
    expect(priceBasis(2.5, 2023)).toBe(
      'Husleje indekseres 2,5 % om året: budgetårene er i hvert års priser, helårseffekten og målet i 2023-priser.',
    )
  })
})
