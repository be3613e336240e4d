/** Find vej til målet: which measures reach the scenario's target by a chosen year, solved in the background. */
import { parseWithZod } from '@conform-to/zod/v4'
import { data, href, Link, redirect } from 'react-router'
import { GoalSeekForm } from '~/features/goal-seek/components/GoalSeekForm'
import { ResultView } from '~/features/goal-seek/components/ResultView'
import { SearchProgress } from '~/features/goal-seek/components/SearchProgress'
import { goalSeekPage, resultPropertyNames, searchRequestOf } from '~/features/goal-seek/goal-seek-page.server'
import { goalSeekResult, goalSeekStatus, saveAlternative, startGoalSeek } from '~/features/goal-seek/goal-seek.server'
import { warmGoalSeekWorker } from '~/features/goal-seek/solver-thread.server'
import { goalSeekSchema, saveAlternativeSchema } from '~/features/goal-seek/schemas'
import { outcomeFor, refusalFor } from '~/ui/action-result'
import { invalid, readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import { threadsOn } from '~/server/task-thread.server'
import type { Route } from './+types/scenarier.$id.find-vej'

/** A search done within this shows its result at once; a longer one shows its progress meanwhile. */
const QUICK_SEARCH_SECONDS = 1.5

export const meta = ({ data: d }: Route.MetaArgs) => [{ title: `Find vej til målet · ${d?.page.scenario.name ?? ''} · Kloge Kvadratmeter` }]

export async function loader({ params, request }: Route.LoaderArgs) {
  const db = await getDb()
  const page = await goalSeekPage(db, Number(params.id))
  if (!page) throw data('Scenariet findes ikke.', { status: 404 })
  // A search is likely to follow: the solver's worker starts (HiGHS compiling) while the user fills in the form.
  if (threadsOn()) warmGoalSeekWorker()
  const jobId = new URL(request.url).searchParams.get('job')
  const status = jobId ? await goalSeekStatus(db, jobId) : null
  const job = status && status.scenarioId === page.scenario.id ? status : null
  const result = job?.status === 'done' ? await goalSeekResult(db, page.scenario.id, job.jobId) : null
  return { page, job, result, names: result ? await resultPropertyNames(db, result) : {} }
}

export async function action({ params, request }: Route.ActionArgs) {
  const formData = await request.formData()
  const intent = readIntent(formData, ['search', 'save'] as const)
  const db = await getDb()
  const scenarioId = Number(params.id)
  if (intent === 'save') {
    const submission = parseWithZod(formData, { schema: saveAlternativeSchema })
    if (submission.status !== 'success') return invalid(intent, submission)
    const saved = await saveAlternative(db, scenarioId, submission.value)
    if (!saved.ok) return refused(intent, saved, submission)
    return redirect(`${href('/scenarier/:id', { id: String(saved.value.id) })}?besked=oprettet`)
  }
  const submission = parseWithZod(formData, { schema: goalSeekSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const search = await searchRequestOf(db, scenarioId, submission.value)
  const started = await startGoalSeek(db, scenarioId, search, { waitSeconds: QUICK_SEARCH_SECONDS })
  if (!started.ok) return refused(intent, started, submission)
  return redirect(`${href('/scenarier/:id/find-vej', { id: params.id })}?job=${started.value.jobId}`)
}

export default function GoalSeekPage({ loaderData, actionData }: Route.ComponentProps) {
  const { page, job, result, names } = loaderData
  const scenarioHref = href('/scenarier/:id', { id: String(page.scenario.id) })
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <p>
            <Link to={scenarioHref}>← {page.scenario.name}</Link>
          </p>
          <h1>Find vej til målet</h1>
          <p>
            Planlæggeren tager scenariets egne {page.measureCount} tiltag med, som de er, og foreslår op til tre sæt af tiltag oven i dem,
            der lukker resten af afstanden til målet. Hvert sæt regnes igennem med den samme beregning som scenarierne. Ejendomme, som
            scenariet allerede sælger, lukker eller opsiger, og ejendomme, der allerede er solgt, sat til salg eller har et opsagt lejemål,
            foreslås ikke igen.
          </p>
        </div>
      </div>
      <div className="card">
        <GoalSeekForm page={page} lastResult={outcomeFor(actionData, 'search')?.reply ?? null} />
      </div>
      {job && job.status !== 'done' && <SearchProgress scenarioId={page.scenario.id} job={job} />}
      {result && job && <ResultView result={result} jobId={job.jobId} names={names} saveRefusal={refusalFor(actionData, 'save')} />}
    </section>
  )
}
