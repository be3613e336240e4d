/** What the "Find vej til målet" page shows before and after a search. */
import type { PropertyUse, ScenarioMeasure } from '#db/schema'
import { todayIso } from '~/core/dates'
import { demoReferenceDate } from '~/features/overview/reference-date.server'
import { countCountedMeasures, countedMeasures } from '~/features/scenarios/savings.server'
import type { Db } from '~/server/db.server'
import type { GoalSeekResult } from '~/core/goal-seek'
import type { GoalSeekFormInput, GoalSeekPageData } from './schemas'
import {
  findScenario,
  listLeaseProperties,
  listPropertiesWithNotice,
  listPropertyChoices,
  listPropertyNames,
  listSaleEstimates,
} from './goal-seek.repo.server'
import { requestFromForm, type SearchRequest } from './search-request.server'

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
 * The scenario, its horizon and the form's defaults. The pickers search the register on the
 * server (/api/v1/choices), so the page carries no list of properties.
 * @example (await goalSeekPage(db, 4))?.defaults.targetYear // 2027
 */
export async function goalSeekPage(db: Db, scenarioId: number): Promise<GoalSeekPageData | null> {
  const scenario = await findScenario(db, scenarioId)
  if (!scenario) return null
  const [measureCount, demoDate] = await Promise.all([countCountedMeasures(db, scenario), demoReferenceDate(db)])
  const today = demoDate ?? todayIso()
  const thisYear = Number(today.slice(0, 4))
  return {
    scenario: {
      id: scenario.id,
      name: scenario.name,
      firstYear: scenario.firstYear,
      lastYear: scenario.lastYear,
      targetAnnualOre: scenario.targetAnnualOre,
    },
    measureCount,
    defaults: { targetYear: Math.min(Math.max(thisYear + 1, scenario.firstYear), scenario.lastYear) },
    countsFrom: { date: today, demo: demoDate !== null },
  }
}

/**
 * Buildings whose users are not desk staff (schools, day care, care, culture, sports, housing),
 * except those already decided or acted on by the scenario: what the form's "behold" box keeps.
 * @example await keptByDefault(db, 4) // [3, 8, 12]
 */
export async function keptByDefault(db: Db, scenarioId: number): Promise<number[]> {
  const scenario = await findScenario(db, scenarioId)
  if (!scenario) return []
  const [properties, sales, withNotice, measures, leases] = await Promise.all([
    listPropertyChoices(db),
    listSaleEstimates(db),
    listPropertiesWithNotice(db),
    countedMeasures(db, scenario),
    listLeaseProperties(db),
  ])
  const decided = new Set([...withNotice, ...sales.filter((s) => s.status === 'sold' || s.takeoverDate !== null).map((s) => s.propertyId)])
  const acted = actedOn(measures.stored, new Map(leases.map((l) => [l.id, l.propertyId])))
  return properties.filter((p) => KEPT_BY_DEFAULT.includes(p.use) && !decided.has(p.id) && !acted.has(p.id)).map((p) => p.id)
}

/**
 * The search the form asks for: the buildings picked to keep and, with the box ticked, the
 * buildings kept by default.
 * @example (await searchRequestOf(db, 4, submission.value)).keepPropertyIds
 */
export async function searchRequestOf(db: Db, scenarioId: number, v: GoalSeekFormInput): Promise<SearchRequest> {
  const request = requestFromForm(v)
  if (v.keepByUse !== 1) return request
  const kept = new Set([...request.keepPropertyIds, ...(await keptByDefault(db, scenarioId))])
  return { ...request, keepPropertyIds: [...kept] }
}

/**
 * The names of the properties a search's alternatives act on, for the result's cards.
 * @example await resultPropertyNames(db, result) // { 3: 'Tørring Rådhus' }
 */
export async function resultPropertyNames(db: Db, result: GoalSeekResult): Promise<Record<number, string>> {
  const ids = new Set<number>()
  for (const a of result.alternatives)
    for (const m of a.measures) {
      if (m.measure.kind === 'relocation') ids.add(m.measure.fromPropertyId).add(m.measure.toPropertyId)
      else ids.add(Number(m.actionKey.split(':')[1]))
    }
  return Object.fromEntries((await listPropertyNames(db, [...ids])).map((p) => [p.id, p.name]))
}
