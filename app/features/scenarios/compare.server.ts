/** Two to four scenarios side by side: yearly figures, full-year effect, one-off totals, conflicts, differing measures. */
import type { ScenarioMeasure } from '#db/schema'
import { formatDanishDate } from '~/core/dates'
import { describeAmount } from '~/core/measure-text'
import type { Db } from '~/server/db.server'
import { computeScenarioCached } from './scenario-cache.server'
import { scenarioFigures } from './scenario-view'
import { measureTitle } from './measure-diff'
import { scenarioTitle } from './naming'
import { listScenarios } from './scenarios.repo.server'
import type { ComparedScenario, MeasureDifference } from './types'

/** What makes two measures "the same" across scenarios: kind, what it concerns, date and amounts, status. */
function signature(m: ScenarioMeasure): string {
  return [
    m.kind,
    m.leaseId,
    m.propertyId,
    m.unitId,
    m.toPropertyId,
    m.effectDate,
    m.endDateOverride,
    m.priceOre,
    m.saleCostsOre,
    m.operatingCostShare,
    m.headcount,
    m.refurbishmentOre,
    m.addedAnnualOperatingOre,
    m.status,
  ].join('|')
}

/**
 * Compare scenarios by id (2–4).
 * @example await compareScenarios(db, [1, 2])
 */
export async function compareScenarios(
  db: Db,
  ids: number[],
): Promise<{ scenarios: ComparedScenario[]; differences: MeasureDifference[] }> {
  const computed = []
  for (const id of ids) {
    const c = await computeScenarioCached(db, id)
    if (c) computed.push(c)
  }
  const bySig = computed.map((c) => new Map(c.measures.filter((m) => m.enabled === 1).map((m) => [signature(m), m])))
  const all = new Map<string, ScenarioMeasure>()
  for (const map of bySig) for (const [k, m] of map) if (!all.has(k)) all.set(k, m)
  const differences: MeasureDifference[] = []
  for (const [sig, m] of all) {
    const presentIn = bySig.map((map) => map.has(sig))
    if (presentIn.every(Boolean)) continue
    differences.push({
      signature: sig,
      presentIn,
      description: `${measureTitle(m)} (${formatDanishDate(m.effectDate)}${describeAmount(m) ? `, ${describeAmount(m)}` : ''})`,
    })
  }
  return {
    scenarios: computed.map((c) => ({
      id: c.scenario.id,
      name: scenarioTitle(c.scenario),
      isBaseline: c.scenario.isBaseline === 1,
      summary: scenarioFigures(c.result),
    })),
    differences,
  }
}

/**
 * The compare page: every scenario to choose from, and the comparison of the chosen two to four
 * (the first four distinct ids; fewer than two asks for more).
 * @example await getComparePage(db, ['1,2'])
 */
export async function getComparePage(db: Db, idParams: string[]) {
  const raw = idParams.flatMap((v) => v.split(','))
  const ids = [...new Set(raw.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0))].slice(0, 4)
  const all = await listScenarios(db)
  const message = ids.length < 2 ? 'Vælg to til fire scenarier at sammenligne.' : null
  const comparison = ids.length >= 2 ? await compareScenarios(db, ids) : { scenarios: [], differences: [] }
  return { all: all.map((s) => ({ id: s.id, name: scenarioTitle(s), isBaseline: s.isBaseline === 1 })), ids, message, ...comparison }
}
