import { describe, expect, it } from 'vitest'
import { buildProblem, type GoalSeekInput } from '~/core/goal-seek'
import type { LeaseInput } from '~/core/goal-seek/engine-adapter'
import { assumptions, kr, lease, property, unit, workedExample, workedOptions } from './fixtures'

function leasedOffice(overrides: Partial<LeaseInput>): GoalSeekInput {
  return {
    properties: [
      property({ id: 1, name: 'Rådhuset', workplaces: 100, keep: true }),
      property({ id: 2, name: 'Vestergade', ownership: 'leased' }),
    ],
    leases: [lease({ id: 1, propertyId: 2, annualRentOre: kr(480_000), ...overrides })],
    units: [unit({ id: 1, propertyId: 2, headcount: 10, name: 'Borgerservice' })],
    assumptions: assumptions(),
  }
}

describe('candidate measures', () => {
  it('terminates a lease at its earliest § 64 end from the earliest notice date (quarter terms)', () => {
    const { problem } = buildProblem(leasedOffice({ terms: 'quarter' }), workedOptions({ earliestNoticeDate: '2025-02-10' }))
    // 10.02.2025 + 6 months = 10.08.2025; the next quarter day is 01.10.2025, so the lease ends
    // 30.09.2025, and notice given as late as 01.04.2025 ends it then too.
    expect(problem.candidates.map((c) => [c.id, c.notice])).toEqual([
      ['termination:2@2025-10-01', { noticeDate: '2025-02-10', endDate: '2025-09-30', decideBy: '2025-04-01' }],
    ])
    expect(problem.candidates[0]?.yearSaving.map(String)).toEqual(['120000', '480000', '480000', '480000'])
    expect(problem.moves.map((m) => [m.unitId, m.toPropertyId, m.date])).toEqual([[1, 1, '2025-10-01']])
  })

  it('respects the non-terminable date, also mid-month (the engine counts the days)', () => {
    const { problem } = buildProblem(leasedOffice({ nonTerminableUntil: '2025-11-15' }), workedOptions())
    const [termination] = problem.candidates
    expect(termination?.date).toBe('2025-11-16')
    // November: 15/30 of 40.000 kr.; December: 40.000 kr.
    expect(termination?.yearSaving[0]?.toString()).toBe('60000')
    expect(problem.moves[0]?.date).toBe('2025-11-16')
  })

  it('leaves out what cannot save anything by the target year, with the reason', () => {
    const { problem, excluded } = buildProblem(leasedOffice({ nonTerminableUntil: '2027-03-31' }), workedOptions({ targetYear: 2026 }))
    expect(problem.candidates).toEqual([])
    expect(excluded).toContainEqual({
      actionKey: 'termination:2',
      propertyId: 2,
      reason: 'Vestergade kan tidligst give besparelse fra 01.04.2027, efter målåret 2026.',
    })
  })

  it('offers later dates (1 January of each year up to the target year) with flexible timing', () => {
    const { problem } = buildProblem(
      workedExample(),
      workedOptions({ targetYear: 2027, timing: 'flexible', allow: { closures: false, partialClosures: false, leaseTerminations: false } }),
    )
    expect(problem.candidates.filter((c) => c.propertyId === 4).map((c) => [c.date, c.monthsLate])).toEqual([
      ['2025-09-01', 0],
      ['2026-01-01', 4],
      ['2027-01-01', 16],
    ])
  })

  it('moves people out of a partly closed building only when the rest has too few workplaces', () => {
    const { problem } = buildProblem(workedExample(), workedOptions())
    const movesFrom = (propertyId: number) =>
      problem.moves.filter((m) => problem.candidates[m.candidate]?.kind === 'partial_closure' && m.fromPropertyId === propertyId)
    // Skolegade 3: 24 desks needed, 20 left after closing half: PPR may move. Torvet 1 is empty.
    expect(movesFrom(3).map((m) => m.toPropertyId)).toEqual([1, 4, 2])
    expect(movesFrom(4)).toEqual([])
  })

  it('cannot give up a building whose people have nowhere to go or cannot move', () => {
    const input = workedExample()
    // Room for 2, 0 and 10 desks; Jobcentret needs 16 and moves whole.
    const workplaces: Record<number, number> = { 1: 50, 2: 30, 3: 24, 4: 10 }
    const full: GoalSeekInput = { ...input, properties: input.properties.map((p) => ({ ...p, workplaces: workplaces[p.id]! })) }
    expect(buildProblem(full, workedOptions({ splitUnits: false })).excluded).toContainEqual({
      actionKey: 'termination:2',
      propertyId: 2,
      reason: 'Ingen bygning har plads til Jobcentret (16 arbejdspladser).',
    })
    const stuck: GoalSeekInput = { ...input, units: input.units.map((u) => (u.id === 3 ? { ...u, movable: false } : u)) }
    expect(buildProblem(stuck, workedOptions()).excluded).toContainEqual({
      actionKey: 'sale:3',
      propertyId: 3,
      reason: 'PPR kan ikke flytte, så Skolegade 3 kan ikke tømmes.',
    })
  })

  it('refuses a target year outside the horizon, in Danish', () => {
    expect(() => buildProblem(workedExample(), workedOptions({ targetYear: 2031 }))).toThrow(
      'Målåret 2031 ligger uden for scenariets år 2025-2028.',
    )
  })
})
