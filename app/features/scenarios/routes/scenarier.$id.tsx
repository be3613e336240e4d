/** Scenarie: year table, chart against the target, line items, measures, assumptions, conflicts. */
import { conflictCount, priceBasis } from '~/features/scenarios/chart-scale'
import { parseWithZod } from '@conform-to/zod/v4'
import { href, Link, redirect, useSearchParams, type ShouldRevalidateFunctionArgs } from 'react-router'
import type { z } from 'zod'
import { useCan } from '~/ui/use-can'
import { Flash } from '~/ui/Flash'
import { Pager } from '~/ui/Pager'
import { AddMeasureForm } from '~/features/scenarios/components/AddMeasureForm'
import { AssumptionsCard } from '~/features/scenarios/components/AssumptionsCard'
import { ConflictList } from '~/features/scenarios/components/ConflictList'
import { MeasureList } from '~/features/scenarios/components/MeasureList'
import { SavingsChart } from '~/features/scenarios/components/SavingsChart'
import { ScenarioActions } from '~/features/scenarios/components/ScenarioActions'
import { DecisionNote } from '~/features/scenarios/components/DecisionNote'
import { ScenarioHeader } from '~/features/scenarios/components/ScenarioHeader'
import { TargetTiles } from '~/features/scenarios/components/TargetTiles'
import { YearTable } from '~/features/scenarios/components/YearTable'
import { statusParam } from '~/features/scenarios/scenario-view'
import type { ServiceResult } from '~/core/result'
import {
  assumptionsSchema,
  measureSchema,
  measureStatusSchema,
  removeMeasureSchema,
  toggleMeasureSchema,
  statedEnergySchema,
} from '~/features/scenarios/schemas'
import { compute } from '~/features/compute.server'
import { setStatedEnergy } from '~/features/scenarios/measure-stated.server'
import { dropScenarioFactor, setScenarioFactor } from '~/features/scenarios/scenario-factors.server'
import { removeScenarioFactorSchema, scenarioFactorSchema } from '~/features/climate/schemas'
import {
  addMeasure,
  removeMeasure,
  removeScenario,
  saveAssumptions,
  setMeasureEnabled,
  setMeasureStatus,
} from '~/features/scenarios/scenarios.server'
import { getDb } from '~/server/db.server'
import { invariantResponse, parseId } from '~/server/http'
import { done, invalid, readIntent, refused } from '~/server/action.server'
import { refusalFor } from '~/ui/action-result'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import type { Route } from './+types/scenarier.$id'

export const meta = ({ data }: Route.MetaArgs) => [{ title: `${data?.title ?? 'Scenarie'} · Kloge Kvadratmeter` }]

export async function loader({ params, request }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Scenariet')
  const search = new URL(request.url).searchParams
  const page = await compute.scenario.page(id, statusParam(search.get('visning')), {
    measures: search.get('side'),
    conflicts: search.get('konflikt-side'),
    doubleRent: search.get('dobbelt-side'),
  })
  invariantResponse(page, 'Scenariet findes ikke. Det kan være slettet.')
  return page
}

const INTENTS = [
  'assumptions',
  'add-measure',
  'toggle',
  'status',
  'stated',
  'delete-measure',
  'delete-scenario',
  'factor',
  'remove-factor',
] as const

/** Parse one form with its intent's schema and call its service; the page stays (the figures reload). */
async function submit<Schema extends z.ZodType>(
  formData: FormData,
  intent: string,
  schema: Schema,
  service: (value: z.output<Schema>) => Promise<ServiceResult>,
) {
  const submission = parseWithZod(formData, { schema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const result = await service(submission.value)
  return result.ok ? done(intent) : refused(intent, result, submission)
}

/** A button with no fields: the service's refusal, or where to go when it is done. */
function press(intent: string, result: ServiceResult, next: string | null) {
  if (!result.ok) return refused(intent, result)
  return next ? redirect(next) : done(intent)
}

/** Opening or closing a measure's energy form (`?energi=`) changes no data: the page is not read again for it. */
export function shouldRevalidate({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (formMethod || currentUrl.pathname !== nextUrl.pathname) return defaultShouldRevalidate
  const withoutForm = (url: URL) => {
    const params = new URLSearchParams(url.search)
    params.delete('energi')
    return params.toString()
  }
  return withoutForm(currentUrl) === withoutForm(nextUrl) ? false : defaultShouldRevalidate
}

export async function action({ request, params }: Route.ActionArgs) {
  const id = parseId(params.id, 'Scenariet')
  const formData = await request.formData()
  const intent = readIntent(formData, INTENTS)
  const db = await getDb()
  switch (intent) {
    case 'assumptions':
      return submit(formData, intent, assumptionsSchema, (v) => saveAssumptions(db, id, v))
    case 'add-measure':
      return submit(formData, intent, measureSchema, (v) => addMeasure(db, id, v))
    case 'toggle':
      return submit(formData, intent, toggleMeasureSchema, (v) => setMeasureEnabled(db, id, v.measureId, v.enabled === '1'))
    case 'status':
      return submit(formData, intent, measureStatusSchema, (v) => setMeasureStatus(db, id, v.measureId, v.status))
    case 'stated':
      return submit(formData, intent, statedEnergySchema, (v) => setStatedEnergy(db, id, v))
    case 'delete-measure':
      return submit(formData, intent, removeMeasureSchema, (v) => removeMeasure(db, id, v.measureId))
    case 'factor':
      return submit(formData, intent, scenarioFactorSchema, (v) => setScenarioFactor(db, id, v))
    case 'remove-factor':
      return submit(formData, intent, removeScenarioFactorSchema, (v) => dropScenarioFactor(db, id, v.factorId))
    case 'delete-scenario':
      return press(intent, await removeScenario(db, id), `${href('/scenarier')}?besked=slettet`)
  }
}

export default function ScenarioPage({ loaderData, actionData }: Route.ComponentProps) {
  const {
    scenario: s,
    title,
    decision,
    summary,
    measures,
    measurePage,
    conflictPage,
    doubleRentPage,
    assumptions,
    view,
    others,
  } = loaderData
  const [params] = useSearchParams()
  const error = refusalFor(actionData, 'delete-scenario')
  // An archived plan was decided and replaced: it is shown as it was and cannot be changed.
  const canEdit = useCan('edit_scenarios') && !s.archivedAt
  const net = summary.rows.find((r) => r.key === 'netOperatingSaving')!
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/scenarier')}>Scenarier</Link> › {title}
      </div>
      <ScenarioHeader scenario={s} title={title} view={view} compareWith={others[0]?.id ?? null} />
      <DecisionNote decision={decision} archivedAt={s.archivedAt} />
      {!s.archivedAt && (
        <p className="no-print">
          <Link to={href('/scenarier/:id/find-vej', { id: String(s.id) })}>Find vej til målet</Link>
        </p>
      )}
      <Flash />
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      <TargetTiles summary={summary} priceYear={s.rentIndexationPct ? s.firstYear : null} />
      <div className="card">
        <h2>Nettodriftsbesparelse pr. år mod målet</h2>
        <SavingsChart
          years={summary.years}
          target={summary.target}
          title="Nettodriftsbesparelse pr. budgetår"
          series={[{ name: 'Nettodriftsbesparelse', color: '#0b4f7c', values: net.values }]}
        />
      </div>
      <div className="card">
        <h2>Besparelse pr. budgetår</h2>
        <YearTable
          scenarioId={s.id}
          years={summary.years}
          rows={summary.rows}
          view={params.get('visning') ?? view}
          priceBasis={priceBasis(s.rentIndexationPct, s.firstYear)}
          climate={summary.climate}
        />
      </div>
      <div className="scenario-grid">
        <div>
          <div className="card">
            <h2>Tiltag ({measurePage.total.toLocaleString('da-DK')})</h2>
            <MeasureList measures={measures} readOnly={!canEdit} />
            {measurePage.pageCount > 1 && <Pager {...measurePage} noun={['tiltag', 'tiltag']} label="Sider med tiltag" />}
          </div>
          {canEdit && (
            <div className="card no-print">
              <h2>Tilføj tiltag</h2>
              <AddMeasureForm />
            </div>
          )}
        </div>
        <div>
          <div className="card">
            <h2>Konflikter: {conflictCount(conflictPage.total).toLowerCase()}</h2>
            <ConflictList
              conflicts={summary.conflicts}
              doubleRent={summary.doubleRentPeriods}
              conflictPage={conflictPage}
              doubleRentPage={doubleRentPage}
            />
          </div>
          <AssumptionsCard scenario={s} assumptions={assumptions} canEdit={canEdit} ownFactors={loaderData.ownFactors} />
          <ScenarioActions scenario={s} canEdit={canEdit} />
        </div>
      </div>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
