/**
 * Loads what the savings engine needs for a scenario from the database and runs it.
 * The engine itself (app/core/savings) is pure; this is its only door to the data.
 */
import type { Scenario, ScenarioMeasure } from '#db/schema'
import {
  computeSavings,
  filterMeasures,
  leaseRecord,
  propertyRecord,
  recordList,
  statusesCounted,
  unitRecord,
  type Assumptions,
  type EngineInput,
  type Measure,
  type SavingsResult,
  type StatedEnergyInput,
  type StatusFilter,
} from '~/core/savings'
import { countEnabledMeasures, getScenario, listEngineLeases, listEngineProperties, listMeasures } from './scenarios.repo.server'
import { loadEngineUnits } from '~/features/relocations/engine-units.server'
import { loadClimateInput } from '~/features/climate/climate.server'
import type { Db } from '~/server/db.server'
import { heavyJob } from '~/server/heavy-lane.server'

/** Assumptions stored on a scenario, as the engine takes them. @example assumptionsOf(scenario).deskFactor // 0.8 */
export function assumptionsOf(s: Scenario): Assumptions {
  return {
    firstYear: s.firstYear,
    lastYear: s.lastYear,
    targetAnnualOre: s.targetAnnualOre,
    deskFactor: s.deskFactor,
    movingCostPerPersonOre: s.movingCostPerPersonOre,
    countAvoidedMaintenance: s.countAvoidedMaintenance === 1,
    rentIndexationPct: s.rentIndexationPct,
  }
}

/**
 * A stored measure as the engine's measure; null when a required reference is missing.
 * Written as one literal per kind (no spread): objects built by spreading get a shape of their
 * own in V8, which made a 20,000-measure scenario several times slower to read.
 * @example toEngineMeasure(storedSale)?.kind // 'sale'
 */
export function toEngineMeasure(m: ScenarioMeasure): Measure | null {
  const id = String(m.id)
  const label = m.label || undefined
  switch (m.kind) {
    case 'lease_termination':
      return m.leaseId == null
        ? null
        : {
            kind: 'lease_termination',
            id,
            status: m.status,
            label,
            leaseId: m.leaseId,
            noticeDate: m.effectDate,
            endDateOverride: m.endDateOverride,
          }
    case 'sale':
      return m.propertyId == null
        ? null
        : {
            kind: 'sale',
            id,
            status: m.status,
            label,
            propertyId: m.propertyId,
            takeoverDate: m.effectDate,
            priceOre: m.priceOre ?? 0,
            saleCostsOre: m.saleCostsOre ?? 0,
          }
    case 'closure':
      return m.propertyId == null
        ? null
        : {
            kind: 'closure',
            id,
            status: m.status,
            label,
            propertyId: m.propertyId,
            date: m.effectDate,
            operatingCostShare: m.operatingCostShare ?? 1,
          }
    case 'relocation':
      return m.unitId == null || m.propertyId == null || m.toPropertyId == null
        ? null
        : {
            kind: 'relocation',
            id,
            status: m.status,
            label,
            unitId: m.unitId,
            fromPropertyId: m.propertyId,
            toPropertyId: m.toPropertyId,
            date: m.effectDate,
            headcount: m.headcount ?? 0,
            refurbishmentOre: m.refurbishmentOre ?? 0,
            addedAnnualOperatingOre: m.addedAnnualOperatingOre ?? 0,
            movingCostOverrideOre: m.movingCostOverrideOre,
          }
  }
}

/**
 * The register as the engine sees it (properties, leases, units).
 * @example (await loadPortfolio(db)).properties.length
 */
export async function loadPortfolio(db: Db): Promise<Pick<EngineInput, 'properties' | 'leases' | 'units'>> {
  const [properties, leases, units] = await Promise.all([
    listEngineProperties(db),
    listEngineLeases(db),
    // Where units sat before their done relocations, which scenarios replay as realised measures.
    loadEngineUnits(db),
  ])
  // Fixed-shape records from the start, so the engine does not copy the register again (records.ts).
  return {
    properties: recordList(properties, propertyRecord),
    leases: recordList(leases, (l) =>
      leaseRecord({
        id: l.id,
        propertyId: l.propertyId,
        name: l.counterparty,
        direction: l.direction,
        annualRentOre: l.annualRentOre,
        annualServiceOre: l.annualServiceOre,
        operatingCostPaidByMunicipality: l.operatingCostPaidByMunicipality === 1,
        noticeMonths: l.noticeMonths,
        terms: l.terms,
        nonTerminableUntil: l.nonTerminableUntil,
        startDate: l.startDate,
      }),
    ),
    units: recordList(units, unitRecord),
  }
}

/** The yearly energy stated on measures, replacing what the climate rules derive (docs/climate.md). */
function statedEnergy(measures: readonly ScenarioMeasure[]): StatedEnergyInput[] {
  return measures
    .filter((m) => m.statedHeatKwh != null || m.statedElectricityKwh != null)
    .map((m) => ({ measureId: String(m.id), heatKwh: m.statedHeatKwh, electricityKwh: m.statedElectricityKwh }))
}

export interface ScenarioComputation {
  scenario: Scenario
  measures: ScenarioMeasure[]
  result: SavingsResult
}

/**
 * Compute a scenario's savings with its stored assumptions (or a status filter given here).
 * @example const { result } = await computeScenario(db, 1)
 */
export async function computeScenario(db: Db, scenarioId: number, statusFilter?: StatusFilter): Promise<ScenarioComputation | null> {
  const scenario = await getScenario(db, scenarioId)
  if (!scenario) return null
  // A national scenario reads and computes some 150 MB of heap: in its turn (heavy-lane.server.ts).
  return heavyJob(() => computeScenarioOf(db, scenario, statusFilter))
}

async function computeScenarioOf(db: Db, scenario: Scenario, statusFilter?: StatusFilter): Promise<ScenarioComputation> {
  const scenarioId = scenario.id
  const [measures, portfolio, climate] = await Promise.all([
    listMeasures(db, scenarioId),
    loadPortfolio(db),
    loadClimateInput(db, scenarioId, scenario.firstYear),
  ])
  const enabled = measures.filter((m) => m.enabled === 1)
  const engineMeasures = enabled.map(toEngineMeasure).filter((m): m is Measure => m !== null)
  const result = computeSavings({
    ...portfolio,
    measures: engineMeasures,
    assumptions: assumptionsOf(scenario),
    statusFilter: statusFilter ?? scenario.statusFilter,
    climate: { ...climate, stated: statedEnergy(enabled) },
  })
  return { scenario, measures, result }
}

/**
 * The measures a scenario counts (enabled, kept by its status filter), stored and as the engine's.
 * @example (await countedMeasures(db, scenario)).engine.length // 12
 */
export async function countedMeasures(db: Db, scenario: Scenario): Promise<{ stored: ScenarioMeasure[]; engine: Measure[] }> {
  const stored = filterMeasures(
    (await listMeasures(db, scenario.id)).filter((m) => m.enabled === 1),
    scenario.statusFilter,
  )
  const pairs = stored.map((m) => [m, toEngineMeasure(m)] as const).filter((p): p is readonly [ScenarioMeasure, Measure] => p[1] !== null)
  return { stored: pairs.map((p) => p[0]), engine: pairs.map((p) => p[1]) }
}

/**
 * How many measures a scenario counts (enabled, kept by its status filter), counted in the
 * database: a national scenario has 20,000. @example await countCountedMeasures(db, scenario) // 12
 */
export function countCountedMeasures(db: Db, scenario: Scenario): Promise<number> {
  return countEnabledMeasures(db, scenario.id, statusesCounted(scenario.statusFilter))
}
