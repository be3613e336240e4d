/** Everything the scenario pages show, assembled from the scenarios, the register and the engine. */
import { href } from 'react-router'
import type { ScenarioMeasure } from '#db/schema'
import { describeAmount } from '~/core/measure-text'
import type { StatusFilter } from '~/core/savings'
import type { Db } from '~/server/db.server'
import { amountText, numberText } from '~/ui/form-values'
import { listScenarioFactors } from '~/features/climate/climate.server'
import { computeScenario } from './savings.server'
import { summarise } from './scenario-view'
import { decidedOn, scenarioTitle } from './naming'
import { listMeasureSubjects, listOtherScenarios, listScenarios } from './scenarios.repo.server'
import type { AssumptionsText, DecisionInfo, MeasureOptions, MeasureRowView, ScenarioListRow, ScenarioPage } from './types'

type Subjects = Awaited<ReturnType<typeof listMeasureSubjects>>

const propertyLink = (id: number | null) => (id ? href('/ejendomme/:id', { id: String(id) }) : null)

function subjectOf(m: ScenarioMeasure, n: Subjects): { subject: string; href: string | null } {
  const prop = (id: number | null) => n.properties.find((p) => p.id === id)?.name ?? 'ukendt ejendom'
  switch (m.kind) {
    case 'lease_termination': {
      const l = n.leases.find((x) => x.id === m.leaseId)
      return {
        subject: l ? `${l.counterparty}, ${l.propertyName}` : 'ukendt lejemål',
        href: l ? href('/lejemaal/:id', { id: String(l.id) }) : null,
      }
    }
    case 'sale':
    case 'closure':
      return { subject: prop(m.propertyId), href: propertyLink(m.propertyId) }
    case 'relocation': {
      const u = n.units.find((x) => x.id === m.unitId)
      return {
        subject: `${u?.name ?? 'ukendt enhed'}: ${prop(m.propertyId)} → ${prop(m.toPropertyId)}`,
        href: propertyLink(m.toPropertyId),
      }
    }
  }
}

function optionsOf(n: Subjects): MeasureOptions {
  return {
    leases: n.leases.filter((l) => l.direction === 'tenant').map((l) => ({ id: l.id, label: `${l.counterparty} (${l.propertyName})` })),
    properties: n.properties.map((p) => ({ id: p.id, label: `${p.name} (${p.town})` })),
    units: n.units.map((u) => ({ id: u.id, label: `${u.name} (${numberText(u.headcount, 1)} årsværk)` })),
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

/**
 * The scenario page's data, or null when the scenario does not exist.
 * @example await getScenarioPage(db, 1, 'decided')
 */
export async function getScenarioPage(db: Db, id: number, view?: StatusFilter): Promise<ScenarioPage | null> {
  const computed = await computeScenario(db, id, view)
  if (!computed) return null
  const { scenario, measures, result } = computed
  const [n, others, ownFactors] = await Promise.all([listMeasureSubjects(db), listOtherScenarios(db, id), listScenarioFactors(db, id)])
  const summary = summarise(result)
  const info = new Map(summary.measures.map((m) => [m.measureId, m]))
  const rows: MeasureRowView[] = measures.map((m) => {
    const { subject, href: subjectHref } = subjectOf(m, n)
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
    options: optionsOf(n),
    assumptions: assumptionsText(scenario),
    ownFactors,
  }
}

/**
 * Every scenario with its full-year effect, gap to the target and conflicts, the baseline first.
 * @example (await listScenarioRows(db))[0]?.isBaseline // true
 */
export async function listScenarioRows(db: Db): Promise<ScenarioListRow[]> {
  const rows: ScenarioListRow[] = []
  for (const s of await listScenarios(db)) {
    const c = await computeScenario(db, s.id)
    rows.push({
      id: s.id,
      name: scenarioTitle(s),
      isBaseline: s.isBaseline === 1,
      archivedAt: s.archivedAt,
      measureCount: Number(s.measureCount),
      updatedAt: s.updatedAt,
      fullYearEffect: c!.result.fullYearEffect.toString(),
      gap: c!.result.gapToTarget.toString(),
      conflicts: c!.result.conflicts.length,
    })
  }
  return rows
}
