/** What the "Find vej til målet" page shows before and after a search. */
import type { PropertyUse, ScenarioMeasure } from '#db/schema'
import { countedMeasures } from '~/features/scenarios/savings.server'
import type { Db } from '~/server/db.server'
import type { GoalSeekPageData, PropertyChoice } from './schemas'
import {
  findScenario,
  listLeaseProperties,
  listPropertiesWithNotice,
  listPropertyChoices,
  listSaleEstimates,
} from './goal-seek.repo.server'

/** Buildings whose users are not desk staff (pupils, children, residents): kept unless the user says otherwise. */
const KEPT_BY_DEFAULT: readonly PropertyUse[] = ['school', 'daycare', 'care', 'culture', 'sports', 'housing']

/** Properties a scenario measure sells, closes or terminates a lease of: the solver proposes nothing more there. */
function actedOn(measures: readonly ScenarioMeasure[], leaseProperty: ReadonlyMap<number, number>): Set<number> {
  const ids = new Set<number>()
  for (const m of measures) {
    if (m.kind === 'relocation') continue
    const id = m.kind === 'lease_termination' && m.leaseId !== null ? leaseProperty.get(m.leaseId) : m.propertyId
    if (id !== undefined && id !== null) ids.add(id)
  }
  return ids
}

/**
 * The scenario, its horizon and the properties the form offers, with the default kept buildings.
 * @example (await goalSeekPage(db, 4))?.defaults.targetYear // 2027
 */
export async function goalSeekPage(db: Db, scenarioId: number): Promise<GoalSeekPageData | null> {
  const scenario = await findScenario(db, scenarioId)
  if (!scenario) return null
  const [properties, sales, withNotice, measures, leases] = await Promise.all([
    listPropertyChoices(db),
    listSaleEstimates(db),
    listPropertiesWithNotice(db),
    countedMeasures(db, scenario),
    listLeaseProperties(db),
  ])
  const decided = new Set([...withNotice, ...sales.filter((s) => s.status === 'sold' || s.takeoverDate !== null).map((s) => s.propertyId)])
  const acted = actedOn(measures.stored, new Map(leases.map((l) => [l.id, l.propertyId])))
  const choices: PropertyChoice[] = properties.map((p) => ({
    id: p.id,
    name: p.name,
    ownership: p.ownership,
    decided: decided.has(p.id),
    inScenario: acted.has(p.id),
  }))
  const thisYear = new Date().getFullYear()
  return {
    scenario: {
      id: scenario.id,
      name: scenario.name,
      firstYear: scenario.firstYear,
      lastYear: scenario.lastYear,
      targetAnnualOre: scenario.targetAnnualOre,
    },
    measureCount: measures.stored.length,
    properties: choices,
    defaults: {
      targetYear: Math.min(Math.max(thisYear + 1, scenario.firstYear), scenario.lastYear),
      keepPropertyIds: properties.filter((p) => KEPT_BY_DEFAULT.includes(p.use) && !decided.has(p.id) && !acted.has(p.id)).map((p) => p.id),
    },
  }
}
