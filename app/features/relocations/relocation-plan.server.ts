/**
 * The relocation register as the savings engine sees it, and the check a planned relocation gets:
 * does the receiving building have room in every month after the move, does the move leave
 * people behind after a lease ends or a sale, and does it move more people than are there.
 */
import type { ScenarioMeasure } from '#db/schema'
import {
  computeSavings,
  monthlyOccupancy,
  type Assumptions,
  type Conflict,
  type EngineInput,
  type Measure,
  type UnitInput,
} from '~/core/savings'
import {
  effectiveRelocations,
  relocationMeasureId,
  STATUS_RANK,
  toRelocationMeasure,
  type RelocationStatus,
} from '~/core/relocation-replay'
import { registerMeasures } from '~/features/scenarios/register-measures.server'
import { assumptionsOf, loadPortfolio, toEngineMeasure } from '~/features/scenarios/savings.server'
import { defaultAssumptions, getBaseline } from '~/features/scenarios/scenarios.server'
import { nowIso } from '~/core/result'
import type { Db } from '~/server/db.server'
import { listRelocations } from './relocations.repo.server'
import type { Candidate, RelocationCheck, RelocationRow } from './types'

/** The id a candidate has in the engine. */
export const CANDIDATE_ID = 0

export interface RegisterPlan {
  input: EngineInput
  assumptions: Assumptions
  /** Every relocation of the register, whatever its status. */
  all: RelocationRow[]
  /** The relocations the plan keeps, with the FTE each really moves, in date order. */
  kept: RelocationRow[]
  units: UnitInput[]
}

/**
 * The decided plan's horizon and desk factor, or the committee's defaults.
 * @example (await planAssumptions(db)).deskFactor // 0.8
 */
export async function planAssumptions(db: Db): Promise<Assumptions> {
  const baseline = await getBaseline(db)
  if (baseline) return assumptionsOf(baseline)
  const d = defaultAssumptions(nowIso())
  return {
    firstYear: d.firstYear,
    lastYear: d.lastYear,
    targetAnnualOre: d.targetAnnualOre,
    deskFactor: d.deskFactor,
    movingCostPerPersonOre: d.movingCostPerPersonOre,
    countAvoidedMaintenance: d.countAvoidedMaintenance === 1,
    rentIndexationPct: d.rentIndexationPct ?? null,
  }
}

/**
 * The register as engine input: lease notices and sales from the register, and the relocations
 * with at least `minStatus` (plus a candidate, which replaces the saved relocation it edits).
 *
 * @example const plan = await loadRegisterPlan(db, { minStatus: 'planned' })
 */
export async function loadRegisterPlan(db: Db, opts: { minStatus: RelocationStatus; candidate?: Candidate }): Promise<RegisterPlan> {
  const [portfolio, all, assumptions, measureRows] = await Promise.all([
    loadPortfolio(db),
    listRelocations(db),
    planAssumptions(db),
    registerMeasures(db, nowIso()),
  ])
  // loadPortfolio places units where they sat before their done relocations (engine-units.server.ts).
  const units = portfolio.units
  const { candidate } = opts
  const chosen = all.filter((r) => STATUS_RANK[r.status] >= STATUS_RANK[opts.minStatus] && r.id !== candidate?.id)
  if (candidate) chosen.push(candidateRow(candidate, all))
  const kept = effectiveRelocations(units, chosen)
  const others = measureRows
    .filter((m) => m.kind !== 'relocation')
    // registerMeasures fills every column; only the stored ids are missing.
    .map((m, i) => toEngineMeasure({ ...m, id: -(i + 1), scenarioId: 0 } as ScenarioMeasure))
    .filter((m): m is Measure => m !== null)
  const measures = [...others, ...kept.map((r) => toRelocationMeasure({ ...r, label: r.unitName }))]
  const input: EngineInput = { ...portfolio, units, measures, assumptions, statusFilter: 'all' }
  return { input, assumptions, all, kept, units: [...units] }
}

function candidateRow(c: Candidate, all: readonly RelocationRow[]): RelocationRow {
  const saved = c.id === undefined ? undefined : all.find((r) => r.id === c.id)
  const names = {
    unitName: saved?.unitName ?? '',
    fromPropertyName: saved?.fromPropertyName ?? '',
    toPropertyName: saved?.toPropertyName ?? '',
  }
  return {
    id: c.id ?? CANDIDATE_ID,
    unitId: c.unitId,
    fromPropertyId: c.fromPropertyId,
    toPropertyId: c.toPropertyId,
    date: c.date,
    headcount: c.headcount,
    status: c.status,
    movingCostOre: c.movingCostOre ?? null,
    refurbishmentOre: c.refurbishmentOre ?? 0,
    addedAnnualOperatingOre: c.addedAnnualOperatingOre ?? 0,
    rotationId: null,
    note: '',
    version: 0,
    createdAt: '',
    updatedAt: '',
    rotationName: null,
    emptiedOrigin: false,
    ...names,
  }
}

function concerns(c: Conflict, candidate: Candidate, measureId: string): boolean {
  if (c.kind === 'capacity') return c.propertyId === candidate.toPropertyId && (c.monthTo ?? c.month ?? '') >= candidate.date.slice(0, 7)
  if (c.kind === 'left_behind') return c.unitId === candidate.unitId
  return c.measureId === measureId
}

/**
 * Check a relocation against the register's plan (planned, decided and done relocations) before
 * it is saved or marked done.
 *
 * @example (await checkRelocation(db, { unitId: 9, fromPropertyId: 4, toPropertyId: 1, date: '2024-08-12', headcount: 18, status: 'planned' })).warnings // []
 */
export async function checkRelocation(db: Db, candidate: Candidate): Promise<RelocationCheck | null> {
  const plan = await loadRegisterPlan(db, { minStatus: 'planned', candidate })
  const destination = plan.input.properties.find((p) => p.id === candidate.toPropertyId)
  if (!destination || !plan.input.properties.some((p) => p.id === candidate.fromPropertyId)) return null
  const measureId = relocationMeasureId(candidate.id ?? CANDIDATE_ID)
  const conflicts = computeSavings(plan.input).conflicts.filter((c) => concerns(c, candidate, measureId))
  const overMove = conflicts.find((c) => c.kind === 'over_move')
  const fromMonth = candidate.date.slice(0, 7)
  const occupancy = monthlyOccupancy(plan.input, { propertyIds: [candidate.toPropertyId] })[0]
  return {
    refusal: overMove?.message ?? null,
    warnings: conflicts.filter((c) => c.kind !== 'over_move').map((c) => c.message),
    destination: { id: destination.id, name: destination.name, workplaces: destination.workplaces },
    months: (occupancy?.months ?? []).filter((m) => m.month >= fromMonth),
    arrivals: plan.all.filter((r) => r.toPropertyId === candidate.toPropertyId && r.id !== candidate.id),
  }
}
