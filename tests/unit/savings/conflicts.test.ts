import { describe, expect, it } from 'vitest'
import { computeSavings, monthlyOccupancy, type Measure, type UnitInput } from '~/core/savings'
import { assumptions, kr, lease, property, scenario, unit } from './fixtures'

const horizon = assumptions({ firstYear: 2024, lastYear: 2025 })
const vestergade = property({ id: 1, name: 'Vestergade', ownership: 'leased', workplaces: 200 })
const raadhus = property({ id: 2, name: 'Rådhuset', workplaces: 100, grossAreaM2: 2600 })

function move(id: string, unitId: number, date: string, headcount: number, from = 1, to = 2): Measure {
  return {
    kind: 'relocation',
    id,
    status: 'decided',
    unitId,
    fromPropertyId: from,
    toPropertyId: to,
    date,
    headcount,
    refurbishmentOre: 0,
    addedAnnualOperatingOre: 0,
  }
}

const run = (units: UnitInput[], measures: Measure[], extra: Partial<Parameters<typeof scenario>[0]> = {}) =>
  computeSavings(scenario({ properties: [vestergade, raadhus], units, measures, assumptions: horizon, ...extra }))

describe('capacity', () => {
  it('flags the months where headcount × desk factor exceeds the workplaces, as one run', () => {
    const result = run(
      [unit({ id: 1, propertyId: 1, headcount: 30, name: 'Jobcenter' }), unit({ id: 2, propertyId: 2, headcount: 100 })],
      [move('r', 1, '2024-09-10', 30)],
    )
    expect(result.conflicts).toEqual([
      {
        kind: 'capacity',
        propertyId: 2,
        month: '2024-09',
        monthTo: '2025-12',
        message: 'Rådhuset mangler arbejdspladser i sep. 2024–dec. 2025: op til 130 årsværk skal bruge 104 arbejdspladser, men der er 100.',
      },
    ])
  })

  it('counts the peak within a month: arrivals before departures overlap', () => {
    const result = run(
      [unit({ id: 1, propertyId: 1, headcount: 70 }), unit({ id: 2, propertyId: 2, headcount: 60 })],
      [move('in', 1, '2024-03-10', 70), move('out', 2, '2024-03-20', 60, 2, 1)],
    )
    expect(result.conflicts).toMatchObject([{ kind: 'capacity', propertyId: 2, month: '2024-03', monthTo: '2024-03' }])
  })

  it('a swap on the same day is no overrun', () => {
    const result = run(
      [unit({ id: 1, propertyId: 1, headcount: 70 }), unit({ id: 2, propertyId: 2, headcount: 60 })],
      [move('in', 1, '2024-03-10', 70), move('out', 2, '2024-03-10', 60, 2, 1)],
    )
    expect(result.conflicts).toEqual([])
  })

  it("uses a unit's own workplace need instead of headcount × factor", () => {
    const fits = run([unit({ id: 1, propertyId: 2, headcount: 150, workplacesNeeded: 90 })], [])
    expect(fits.conflicts).toEqual([])
    const tight = run([unit({ id: 1, propertyId: 2, headcount: 50, workplacesNeeded: 101 })], [])
    expect(tight.conflicts).toMatchObject([{ kind: 'capacity', month: '2024-01', monthTo: '2025-12' }])
    // half the unit moves away: half the need goes with it
    const split = run([unit({ id: 1, propertyId: 2, headcount: 50, workplacesNeeded: 101 })], [move('r', 1, '2024-02-01', 25, 2, 1)])
    expect(split.conflicts).toMatchObject([{ kind: 'capacity', month: '2024-01', monthTo: '2024-01' }])
  })

  it('compares exactly: 125 × 0,8 = 100 fits 100 workplaces', () => {
    expect(run([unit({ id: 1, propertyId: 2, headcount: 125 })], []).conflicts).toEqual([])
    expect(run([unit({ id: 1, propertyId: 2, headcount: 125.001 })], []).conflicts).toHaveLength(1)
  })
})

describe('left behind', () => {
  const tenant = lease({ id: 1, propertyId: 1, annualRentOre: kr(480_000), noticeMonths: 3, name: 'Vestergade 4B' })
  const termination: Measure = {
    kind: 'lease_termination',
    id: 't',
    status: 'decided',
    leaseId: 1,
    noticeDate: '2024-02-10',
  }
  const jobcenter = unit({ id: 1, propertyId: 1, headcount: 12.5, name: 'Jobcenter' })

  it('flags a unit still in leased premises after the lease ends', () => {
    const result = run([jobcenter], [termination], { leases: [tenant] })
    expect(result.conflicts).toEqual([
      {
        kind: 'left_behind',
        propertyId: 1,
        unitId: 1,
        measureId: 't',
        month: '2024-06',
        message: 'Jobcenter (12,5 årsværk) er stadig i Vestergade efter lejemålets ophør 31.05.2024.',
      },
    ])
  })

  it('accepts moving out by the day after the end date, not later', () => {
    expect(run([jobcenter], [termination, move('r', 1, '2024-06-01', 12.5)], { leases: [tenant] }).conflicts).toEqual([])
    const late = run([jobcenter], [termination, move('r', 1, '2024-06-02', 12.5)], { leases: [tenant] })
    expect(late.conflicts).toMatchObject([{ kind: 'left_behind', unitId: 1 }])
    const partly = run([jobcenter], [termination, move('r', 1, '2024-05-01', 10)], { leases: [tenant] })
    expect(partly.conflicts[0]?.message).toContain('(2,5 årsværk)')
  })

  it('flags units at a sold property on the takeover date, and units moving in afterwards', () => {
    const sale: Measure = {
      kind: 'sale',
      id: 's',
      status: 'decided',
      propertyId: 2,
      takeoverDate: '2024-09-01',
      priceOre: 0,
      saleCostsOre: 0,
    }
    const result = run([unit({ id: 1, propertyId: 2, headcount: 5, name: 'Forening' })], [sale])
    expect(result.conflicts).toMatchObject([
      {
        kind: 'left_behind',
        propertyId: 2,
        unitId: 1,
        measureId: 's',
        message: 'Forening (5 årsværk) er stadig i Rådhuset på overtagelsesdagen 01.09.2024.',
      },
    ])
    const movesIn = run([unit({ id: 1, propertyId: 1, headcount: 5 })], [sale, move('r', 1, '2024-10-01', 5)])
    expect(movesIn.conflicts).toMatchObject([{ kind: 'left_behind', propertyId: 2, unitId: 1 }])
  })

  it('flags units at a closed property', () => {
    const closure: Measure = {
      kind: 'closure',
      id: 'c',
      status: 'decided',
      propertyId: 2,
      date: '2024-09-01',
      operatingCostShare: 1,
    }
    const result = run([unit({ id: 1, propertyId: 2, headcount: 5 })], [closure])
    expect(result.conflicts[0]?.message).toContain('ved lukningen 01.09.2024')
    const moved = run([unit({ id: 1, propertyId: 2, headcount: 5 })], [closure, move('r', 1, '2024-09-01', 5, 2, 1)])
    expect(moved.conflicts).toEqual([])
  })
})

describe('over move', () => {
  it('flags moving more people than the unit has at the origin, and moves only those', () => {
    const result = run([unit({ id: 1, propertyId: 1, headcount: 10, name: 'Team' })], [move('r', 1, '2024-03-01', 15)])
    expect(result.conflicts).toEqual([
      {
        kind: 'over_move',
        propertyId: 1,
        unitId: 1,
        measureId: 'r',
        month: '2024-03',
        message: 'Flytningen 01.03.2024 flytter 15 årsværk af Team fra Vestergade, men enheden har kun 10 årsværk der.',
      },
    ])
    const [, raadhusRow] = monthlyOccupancy(
      scenario({
        properties: [vestergade, raadhus],
        units: [unit({ id: 1, propertyId: 1, headcount: 10 })],
        measures: [move('r', 1, '2024-03-01', 15)],
        assumptions: horizon,
      }),
    )
    expect(raadhusRow?.months[2]?.headcount).toBe(10)
  })

  it('applies relocations in date order: a later move cannot use people not yet there', () => {
    const result = run(
      [unit({ id: 1, propertyId: 1, headcount: 10 })],
      [move('back', 1, '2024-02-01', 10, 2, 1), move('there', 1, '2024-03-01', 10)],
    )
    expect(result.conflicts).toMatchObject([{ kind: 'over_move', measureId: 'back', propertyId: 2 }])
  })
})

describe('double rent', () => {
  const tenant = lease({
    id: 1,
    propertyId: 1,
    annualRentOre: kr(420_000),
    annualServiceOre: kr(60_000),
    noticeMonths: 3,
    name: 'Vestergade 4B',
  })
  const termination: Measure = {
    kind: 'lease_termination',
    id: 't',
    status: 'decided',
    leaseId: 1,
    noticeDate: '2024-02-10',
  }

  it('shows the rent paid from the day the premises are empty until the lease ends', () => {
    const result = run(
      [unit({ id: 1, propertyId: 1, headcount: 10 }), unit({ id: 2, propertyId: 1, headcount: 5 })],
      [termination, move('a', 1, '2024-03-01', 10), move('b', 2, '2024-04-16', 5)],
      { leases: [tenant] },
    )
    expect(result.doubleRentPeriods).toHaveLength(1)
    const period = result.doubleRentPeriods[0]!
    expect({ ...period, amount: period.amount.toString() }).toEqual({
      measureId: 't',
      leaseId: 1,
      propertyId: 1,
      from: '2024-04-16',
      to: '2024-05-31',
      days: 46,
      amount: '60000',
      explanation: 'Vestergade 4B står tom fra 16.04.2024, men husleje og service betales til ophør 31.05.2024 (46 dage).',
    })
  })

  it('is absent when staff stay until the end (a conflict instead) or never were there', () => {
    const stays = run([unit({ id: 1, propertyId: 1, headcount: 10 })], [termination], { leases: [tenant] })
    expect(stays.doubleRentPeriods).toEqual([])
    const empty = run([], [termination], { leases: [tenant] })
    expect(empty.doubleRentPeriods).toEqual([])
  })
})

describe('monthlyOccupancy', () => {
  it('gives peak and end-of-month headcount, desk need, m² per FTE and overrun per month', () => {
    const rows = monthlyOccupancy(
      scenario({
        properties: [vestergade, raadhus],
        units: [unit({ id: 1, propertyId: 1, headcount: 30 }), unit({ id: 2, propertyId: 2, headcount: 100 })],
        measures: [move('r', 1, '2024-09-10', 30)],
        assumptions: horizon,
      }),
    )
    expect(rows.map((r) => r.propertyId)).toEqual([1, 2])
    const raadhusRow = rows[1]!
    expect(raadhusRow.months).toHaveLength(24)
    expect(raadhusRow.months[7]).toEqual({
      month: '2024-08',
      headcount: 100,
      headcountAtEnd: 100,
      workplacesNeeded: 80,
      workplaces: 100,
      m2PerFte: 26,
      over: false,
    })
    expect(raadhusRow.months[8]).toEqual({
      month: '2024-09',
      headcount: 130,
      headcountAtEnd: 130,
      workplacesNeeded: 104,
      workplaces: 100,
      m2PerFte: 20,
      over: true,
    })
    expect(rows[0]!.months[8]).toMatchObject({ headcount: 30, headcountAtEnd: 0 })
    expect(rows[0]!.months[9]).toMatchObject({ headcount: 0, m2PerFte: null })
  })

  it('can be asked for chosen properties, empty ones included', () => {
    const rows = monthlyOccupancy(scenario({ properties: [vestergade, raadhus], measures: [], assumptions: horizon }), {
      propertyIds: [2],
    })
    expect(rows).toHaveLength(1)
    expect(rows[0]!.months[0]).toMatchObject({ headcount: 0, over: false })
  })
})
