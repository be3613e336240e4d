/** The scenario's assumptions: a form for the committee, the figures as facts for everyone else. */
import type { Scenario } from '#db/schema'
import type { AssumptionsText } from '~/features/scenarios/types'
import { AssumptionsForm } from './AssumptionsForm'

export function AssumptionsCard({
  scenario: s,
  assumptions,
  canEdit,
}: {
  scenario: Pick<Scenario, 'version' | 'firstYear' | 'lastYear' | 'countAvoidedMaintenance' | 'archivedAt'>
  assumptions: AssumptionsText
  canEdit: boolean
}) {
  if (canEdit)
    return (
      <div className="card no-print">
        <h2>Forudsætninger</h2>
        <AssumptionsForm defaultValue={assumptions} version={s.version} />
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
      <p className="muted">
        {s.archivedAt
          ? 'En tidligere vedtaget plan ændres ikke. Kopiér den for at arbejde videre.'
          : 'Kun Kapacitetsudvalget kan ændre scenarier.'}
      </p>
    </div>
  )
}
