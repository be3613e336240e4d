/** The scenario's assumptions: a form for the committee, the figures as facts for everyone else. */
import type { Scenario } from '#db/schema'
import type { AssumptionsText } from '~/features/scenarios/types'
import type { ScenarioFactorRow } from '~/features/climate/types'
import { AssumptionsForm } from './AssumptionsForm'
import { ScenarioFactors } from './ScenarioFactors'

export function AssumptionsCard({
  scenario: s,
  assumptions,
  canEdit,
  ownFactors = [],
}: {
  scenario: Pick<Scenario, 'version' | 'firstYear' | 'lastYear' | 'countAvoidedMaintenance' | 'archivedAt'>
  assumptions: AssumptionsText
  canEdit: boolean
  /** The scenario's own emission factors (docs/climate.md). */
  ownFactors?: ScenarioFactorRow[]
}) {
  if (canEdit)
    return (
      <div className="card no-print">
        <h2>Forudsætninger</h2>
        <AssumptionsForm defaultValue={assumptions} version={s.version} />
        <ScenarioFactors factors={ownFactors} canEdit firstYear={s.firstYear} />
      </div>
    )
  return (
    <div className="card">
      <h2>Forudsætninger</h2>
      <dl className="facts">
        <dt>Budgetår</dt>
        <dd>
          {s.firstYear}–{s.lastYear}
        </dd>
        <dt>Mål pr. år</dt>
        <dd>{assumptions.targetAnnualOre} kr.</dd>
        <dt>Deleskrivebordsfaktor</dt>
        <dd>{assumptions.deskFactor}</dd>
        <dt>Flytteudgift pr. person</dt>
        <dd>{assumptions.movingCostPerPersonOre} kr.</dd>
        <dt>Sparet vedligehold</dt>
        <dd>{s.countAvoidedMaintenance ? 'Medregnes' : 'Medregnes ikke'}</dd>
      </dl>
      <ScenarioFactors factors={ownFactors} canEdit={false} firstYear={s.firstYear} />
      <p className="muted">
        {s.archivedAt
          ? 'En tidligere vedtaget plan ændres ikke. Kopiér den for at arbejde videre.'
          : 'Kun Kapacitetsudvalget kan ændre scenarier.'}
      </p>
    </div>
  )
}
