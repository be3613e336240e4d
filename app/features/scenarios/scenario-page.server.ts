/** Everything the scenario pages show, assembled from the scenarios, the register and the engine. */
import { href } from 'react-router'
import type { ScenarioMeasure } from '#db/schema'
import { describeAmount } from '~/core/measure-text'
import type { StatusFilter } from '~/core/savings'
import type { Db } from '~/server/db.server'
import { amountText } from '~/ui/form-values'
import { pageSlice } from '~/core/paging'
import { listScenarioFactors } from '~/features/climate/climate.server'
import { computeScenarioCached, scenarioSummaries } from './scenario-cache.server'
import { doubleRentView, measureInfoView, scenarioFigures, type ScenarioFigures } from './scenario-view'
import { decidedOn, scenarioTitle } from './naming'
import { getBaseline, listMeasureSubjects, listOtherScenarios, listScenarios } from './scenarios.repo.server'
import type {
  AssumptionsText,
  DecisionInfo,
  MeasureRowView,
  ScenarioListFigures,
  ScenarioListHead,
  ScenarioListRow,
  ScenarioPage,
} from './types'

/** Measures per page of the scenario page's list. */
export const MEASURES_PER_PAGE = 50

type Subjects = Awaited<ReturnType<typeof listMeasureSubjects>>

/** The register's names by id: a national scenario names 20,000 measures among 100,000 properties. */
interface SubjectIndex {
  properties: Map<number, Subjects['properties'][number]>
  leases: Map<number, Subjects['leases'][number]>
  units: Map<number, Subjects['units'][number]>
}

const indexOf = (n: Subjects): SubjectIndex => ({
  properties: new Map(n.properties.map((p) => [p.id, p])),
  leases: new Map(n.leases.map((l) => [l.id, l])),
  units: new Map(n.units.map((u) => [u.id, u])),
})

const propertyLink = (id: number | null) => (id ? href('/ejendomme/:id', { id: String(id) }) : null)

function subjectOf(m: ScenarioMeasure, n: SubjectIndex): { subject: string; href: string | null } {
  const prop = (id: number | null) => (id == null ? undefined : n.properties.get(id))?.name ?? 'ukendt ejendom'
  switch (m.kind) {
    case 'lease_termination': {
      const l = m.leaseId == null ? undefined : n.leases.get(m.leaseId)
      return {
        subject: l ? `${l.counterparty}, ${l.propertyName}` : 'ukendt lejemål',
        href: l ? href('/lejemaal/:id', { id: String(l.id) }) : null,
      }
    }
    case 'sale':
    case 'closure':
      return { subject: prop(m.propertyId), href: propertyLink(m.propertyId) }
    case 'relocation': {
      const u = m.unitId == null ? undefined : n.units.get(m.unitId)
      return {
        subject: `${u?.name ?? 'ukendt enhed'}: ${prop(m.propertyId)} → ${prop(m.toPropertyId)}`,
        href: propertyLink(m.toPropertyId),
      }
    }
  }
}

/** The ids the shown measures name, to read only their names. */
function subjectIds(shown: ScenarioMeasure[]) {
  const ids = (pick: (m: ScenarioMeasure) => (number | null)[]) => [
    ...new Set(shown.flatMap(pick).filter((id): id is number => id != null)),
  ]
  return {
    propertyIds: ids((m) => [m.propertyId, m.toPropertyId]),
    leaseIds: ids((m) => [m.leaseId]),
    unitIds: ids((m) => [m.unitId]),
  }
}

function assumptionsText(s: ScenarioPage['scenario']): AssumptionsText {
  return {
    name: s.name,
    description: s.description,
    firstYear: String(s.firstYear),
    lastYear: String(s.lastYear),
    targetAnnualOre: amountText(s.targetAnnualOre),
    deskFactor: String(s.deskFactor).replace('.', ','),
    movingCostPerPersonOre: amountText(s.movingCostPerPersonOre),
    countAvoidedMaintenance: s.countAvoidedMaintenance ? 'on' : '',
    rentIndexationPct: s.rentIndexationPct == null ? '' : String(s.rentIndexationPct).replace('.', ','),
    statusFilter: s.statusFilter,
  }
}

function decisionOf(s: ScenarioPage['scenario']): DecisionInfo | null {
  if (!s.isBaseline && !s.archivedAt) return null
  return { decidedOn: decidedOn(s), caseReference: s.caseReference, promotedBy: s.promotedBy, archivedAt: s.archivedAt }
}

export interface ScenarioPageParams {
  /** The page of measures (`?side=`). */
  measures?: string | null
  /** The page of conflicts (`?konflikt-side=`). */
  conflicts?: string | null
  /** The page of double-rent periods (`?dobbelt-side=`). */
  doubleRent?: string | null
  /** Every measure, conflict and double-rent period on one page (the council report). */
  all?: boolean
}

/** Conflicts and double-rent periods per page: a national scenario has thousands. */
export const CONFLICTS_PER_PAGE = 25

/**
 * The scenario page's data, or null when the scenario does not exist.
 * @example await getScenarioPage(db, 1, 'decided', { measures: '2' })
 */
export async function getScenarioPage(
  db: Db,
  id: number,
  view?: StatusFilter,
  pages: ScenarioPageParams = {},
): Promise<ScenarioPage | null> {
  const computed = await computeScenarioCached(db, id, view)
  if (!computed) return null
  const { scenario, measures, result } = computed
  const size = (n: number, perPage: number) => (pages.all ? Math.max(1, n) : perPage)
  const { items: shown, info: measurePage } = pageSlice(measures, pages.measures ?? null, size(measures.length, MEASURES_PER_PAGE))
  const [n, others, ownFactors] = await Promise.all([
    listMeasureSubjects(db, subjectIds(shown)),
    listOtherScenarios(db, id),
    listScenarioFactors(db, id),
  ])
  const index = indexOf(n)
  const shownIds = new Set(shown.map((m) => String(m.id)))
  const conflicts = pageSlice(result.conflicts, pages.conflicts ?? null, size(result.conflicts.length, CONFLICTS_PER_PAGE))
  const doubleRent = pageSlice(
    result.doubleRentPeriods,
    pages.doubleRent ?? null,
    size(result.doubleRentPeriods.length, CONFLICTS_PER_PAGE),
  )
  // Only the shown measures, conflicts and double-rent periods travel to the page; the figures
  // are the whole scenario's.
  const summary = {
    ...scenarioFigures(result),
    measures: result.measures.filter((m) => shownIds.has(m.measureId)).map(measureInfoView),
    conflicts: conflicts.items,
    doubleRentPeriods: doubleRent.items.map(doubleRentView),
  }
  const info = new Map(summary.measures.map((m) => [m.measureId, m]))
  const rows: MeasureRowView[] = shown.map((m) => {
    const { subject, href: subjectHref } = subjectOf(m, index)
    const i = info.get(String(m.id))
    return {
      id: m.id,
      kind: m.kind,
      status: m.status,
      enabled: m.enabled === 1,
      label: m.label,
      source: m.source,
      effectDate: m.effectDate,
      subject,
      subjectHref,
      amountText: describeAmount(m),
      statedHeatKwh: m.statedHeatKwh,
      statedElectricityKwh: m.statedElectricityKwh,
      effectiveFrom: i?.effectiveFrom ?? null,
      leaseEndDate: i?.leaseEndDate ?? null,
    }
  })
  return {
    scenario,
    title: scenarioTitle(scenario),
    decision: decisionOf(scenario),
    view: result.statusFilter,
    summary,
    others: others.map((o) => ({ id: o.id, name: scenarioTitle(o) })),
    measures: rows,
    measurePage,
    conflictPage: conflicts.info,
    doubleRentPage: doubleRent.info,
    assumptions: assumptionsText(scenario),
    ownFactors,
  }
}

/**
 * Every scenario's name, status and measure count, the baseline first: no computation, so the list
 * answers at once and its figures follow (listScenarioFigures).
 * @example (await listScenarioHeads(db))[0]?.isBaseline // true
 */
export async function listScenarioHeads(db: Db): Promise<ScenarioListHead[]> {
  return (await listScenarios(db)).map((s) => ({
    id: s.id,
    name: scenarioTitle(s),
    isBaseline: s.isBaseline === 1,
    archivedAt: s.archivedAt,
    measureCount: Number(s.measureCount),
    updatedAt: s.updatedAt,
  }))
}

/**
 * The full-year effect, gap to the target and conflicts of these scenarios (default: every one), by
 * id: from the cache of the current data generation, computed where it is stale (seconds for a
 * national scenario). A scenario deleted meanwhile is left out.
 * @example (await listScenarioFigures(db, [1, 2]))[1]?.fullYearEffect // '2222000'
 */
export async function listScenarioFigures(db: Db, ids?: readonly number[]): Promise<Record<number, ScenarioListFigures>> {
  const wanted = ids ?? (await listScenarios(db)).map((s) => s.id)
  return Object.fromEntries(await scenarioSummaries(db, [...wanted]))
}

/**
 * Every scenario with its full-year effect, gap to the target and conflicts, the baseline first.
 * @example (await listScenarioRows(db))[0]?.isBaseline // true
 */
export async function listScenarioRows(db: Db): Promise<ScenarioListRow[]> {
  const heads = await listScenarioHeads(db)
  const figures = await listScenarioFigures(
    db,
    heads.map((h) => h.id),
  )
  return heads.flatMap((h) => (figures[h.id] ? [{ ...h, ...figures[h.id]! }] : []))
}

/**
 * The decided plan's figures for the front page, or null when no plan is decided.
 * @example (await planFigures(db))?.summary.fullYearEffect
 */
export async function planFigures(db: Db): Promise<{ id: number; name: string; summary: ScenarioFigures } | null> {
  const baseline = await getBaseline(db)
  const computed = baseline ? await computeScenarioCached(db, baseline.id) : null
  return computed ? { id: computed.scenario.id, name: computed.scenario.name, summary: scenarioFigures(computed.result) } : null
}
