/** The capacity timeline: bars, lease-end markers and staff left behind. */
import { describe, expect, it } from 'vitest'
import { buildTimeline, monthTicks, monthWindow } from '~/core/timeline'
import type { PresencePeriod } from '~/core/relocation-replay'

const window = monthWindow('2024-01', 12)
const base = {
  window,
  propertyNames: new Map([
    [4, 'Vesterbrogade 4B'],
    [1, 'Hedensted Rådhus'],
  ]),
  unitNames: new Map([[9, 'Mestringsenheden']]),
  statuses: new Map([[5, 'planned' as const]]),
  ends: [{ propertyId: 4, date: '2024-09-01', kind: 'lease_end' as const, label: 'Lejemålet ophører 31.08.2024' }],
}
const period = (p: Partial<PresencePeriod>): PresencePeriod => ({
  unitId: 9,
  propertyId: 4,
  from: null,
  to: null,
  headcount: 18,
  arrivedBy: null,
  leftBy: null,
  ...p,
})

describe('timeline', () => {
  it('spans a window of months', () => {
    expect(window).toMatchObject({ start: '2024-01-01', end: '2024-12-31' })
    expect(monthTicks(window)[6]).toMatchObject({ key: '2024-07', label: 'jul. 2024' })
  })

  it('shows a unit that leaves before the lease ends as an ordinary bar, and a planned arrival hatched', () => {
    const groups = buildTimeline(
      { ...base, periods: [period({ to: '2024-08-11', leftBy: 5 }), period({ propertyId: 1, from: '2024-08-12', arrivedBy: 5 })] },
      'property',
    )
    expect(groups.map((g) => g.title)).toEqual(['Hedensted Rådhus', 'Vesterbrogade 4B'])
    const vesterbro = groups[1]!
    expect(vesterbro.leftBehind).toBe(false)
    expect(vesterbro.markers).toEqual([expect.objectContaining({ kind: 'lease_end', label: 'Lejemålet ophører 31.08.2024' })])
    expect(vesterbro.rows[0]!.bars).toEqual([expect.objectContaining({ left: 0, late: false, planned: false, label: '18' })])
    expect(groups[0]!.rows[0]!.bars[0]).toMatchObject({ planned: true, late: false })
  })

  it('turns the part after the lease end red and flags the property', () => {
    const groups = buildTimeline({ ...base, periods: [period({ to: '2024-10-14' })] }, 'property')
    expect(groups[0]!.leftBehind).toBe(true)
    const bars = groups[0]!.rows[0]!.bars
    expect(bars.map((b) => b.late)).toEqual([false, true])
    expect(bars[1]!.left).toBeCloseTo((244 / 366) * 100, 1)
  })

  it('groups per unit with the property end on the property row', () => {
    const groups = buildTimeline(
      { ...base, periods: [period({ to: '2024-08-11' }), period({ propertyId: 1, from: '2024-08-12' })] },
      'unit',
    )
    expect(groups).toHaveLength(1)
    expect(groups[0]!.rows.map((r) => [r.label, r.markers.length])).toEqual([
      ['Hedensted Rådhus', 0],
      ['Vesterbrogade 4B', 1],
    ])
  })
})
