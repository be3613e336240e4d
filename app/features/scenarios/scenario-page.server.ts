/** Everything the scenario page shows, assembled from the scenario, the register and the engine. */
import type { Kysely } from 'kysely'
import type { Database, Scenario, ScenarioMeasure } from '#db/schema'
import type { StatusFilter } from '~/core/savings'
import type { MeasureRowView } from '~/features/scenarios/components/MeasureList'
import { describeAmount } from '~/core/measure-text'
import type { MeasureOptions } from '~/features/scenarios/components/AddMeasureForm'
import { amountText, numberText } from '~/ui/form-values'
import type { FormShape } from '~/ui/form'
import type { AssumptionsInput } from '~/features/scenarios/schemas'
import { computeScenario } from './savings.server'
import { summarise, type ScenarioSummary } from './scenario-view'

export interface ScenarioPage {
  scenario: Scenario
  view: StatusFilter
  summary: ScenarioSummary
  measures: MeasureRowView[]
  options: MeasureOptions
  assumptions: Partial<FormShape<AssumptionsInput>>
  others: { id: number; name: string }[]
}

async function names(db: Kysely<Database>) {
  const [properties, leases, units] = await Promise.all([
    db.selectFrom('property').select(['id', 'name', 'town']).orderBy('sortKey').execute(),
    db
      .selectFrom('lease')
      .innerJoin('property', 'property.id', 'lease.propertyId')
      .select(['lease.id', 'lease.counterparty', 'lease.direction', 'property.name as propertyName'])
      .orderBy('property.sortKey')
      .execute(),
    db.selectFrom('unit').select(['id', 'name', 'headcount']).orderBy('name').execute(),
  ])
  return { properties, leases, units }
}

function subjectOf(m: ScenarioMeasure, n: Awaited<ReturnType<typeof names>>): { subject: string; href: string | null } {
  const prop = (id: number | null) => n.properties.find((p) => p.id === id)?.name ?? 'ukendt ejendom'
  switch (m.kind) {
    case 'lease_termination': {
      const l = n.leases.find((x) => x.id === m.leaseId)
      return { subject: l ? `${l.counterparty}, ${l.propertyName}` : 'ukendt lejemål', href: l ? `/lejemaal/${l.id}` : null }
    }
    case 'sale':
    case 'closure':
      return { subject: prop(m.propertyId), href: m.propertyId ? `/ejendomme/${m.propertyId}` : null }
    case 'relocation': {
      const u = n.units.find((x) => x.id === m.unitId)
      return {
        subject: `${u?.name ?? 'ukendt enhed'}: ${prop(m.propertyId)} → ${prop(m.toPropertyId)}`,
        href: m.toPropertyId ? `/ejendomme/${m.toPropertyId}` : null,
      }
    }
  }
}

/**
 * The scenario page's data, or null when the scenario does not exist.
 * @example await getScenarioPage(db, 1, 'decided')
 */
export async function getScenarioPage(db: Kysely<Database>, id: number, view?: StatusFilter): Promise<ScenarioPage | null> {
  const computed = await computeScenario(db, id, view)
  if (!computed) return null
  const { scenario, measures, result } = computed
  const n = await names(db)
  const summary = summarise(result)
  const info = new Map(summary.measures.map((m) => [m.measureId, m]))
  const others = await db
    .selectFrom('scenario')
    .select(['id', 'name'])
    .where('id', '<>', id)
    .orderBy('isBaseline', 'desc')
    .orderBy('name')
    .execute()
  return {
    scenario,
    view: result.statusFilter,
    summary,
    others,
    measures: measures.map((m) => {
      const { subject, href } = subjectOf(m, n)
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
        subjectHref: href,
        amountText: describeAmount(m),
        effectiveFrom: i?.effectiveFrom ?? null,
        leaseEndDate: i?.leaseEndDate ?? null,
      }
    }),
    options: {
      leases: n.leases.filter((l) => l.direction === 'tenant').map((l) => ({ id: l.id, label: `${l.counterparty} (${l.propertyName})` })),
      properties: n.properties.map((p) => ({ id: p.id, label: `${p.name} (${p.town})` })),
      units: n.units.map((u) => ({ id: u.id, label: `${u.name} (${numberText(u.headcount, 1)} årsværk)` })),
    },
    assumptions: {
      name: scenario.name,
      description: scenario.description,
      firstYear: String(scenario.firstYear),
      lastYear: String(scenario.lastYear),
      targetAnnualOre: amountText(scenario.targetAnnualOre),
      deskFactor: String(scenario.deskFactor).replace('.', ','),
      movingCostPerPersonOre: amountText(scenario.movingCostPerPersonOre),
      countAvoidedMaintenance: scenario.countAvoidedMaintenance ? 'on' : '',
      rentIndexationPct: scenario.rentIndexationPct == null ? '' : String(scenario.rentIndexationPct).replace('.', ','),
      statusFilter: scenario.statusFilter,
    },
  }
}
