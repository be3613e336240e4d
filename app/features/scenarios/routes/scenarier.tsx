/** Scenarier: the decided plan first, then the committee's scenarios; create one from another. */
import { parseWithZod } from '@conform-to/zod/v4'
import { href, redirect, useSearchParams } from 'react-router'
import { Flash } from '~/ui/Flash'
import { outcomeFor } from '~/ui/action-result'
import { NewScenarioForm } from '~/features/scenarios/components/NewScenarioForm'
import { ScenarioTable } from '~/features/scenarios/components/ScenarioTable'
import { newScenarioSchema } from '~/features/scenarios/schemas'
import { compute } from '~/features/compute.server'
import { listScenarioHeads } from '~/features/scenarios/scenario-page.server'
import { createScenario } from '~/features/scenarios/scenarios.server'
import { invalid, readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/scenarier'

export const meta = () => [{ title: 'Scenarier · Kloge Kvadratmeter' }]

export async function loader() {
  // Names at once; the figures follow when computed (seconds for a national scenario after a change).
  const db = await getDb()
  const scenarios = await listScenarioHeads(db)
  return {
    scenarios,
    figures: compute.scenario.listFigures(scenarios.map((s) => s.id)),
  }
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const intent = readIntent(formData, ['create'] as const)
  const submission = parseWithZod(formData, { schema: newScenarioSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const result = await createScenario(await getDb(), submission.value)
  if (!result.ok) return refused(intent, result, submission)
  return redirect(`${href('/scenarier/:id', { id: String(result.value.id) })}?besked=oprettet`)
}

export default function ScenariosPage({ loaderData, actionData }: Route.ComponentProps) {
  const { scenarios, figures } = loaderData
  const [params] = useSearchParams()
  const baseline = scenarios.find((s) => s.isBaseline)
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Scenarier</h1>
          <p>Den vedtagne plan og udvalgets scenarier. Et scenarie er en kopi med tiltag og forudsætninger, der kan ændres frit.</p>
        </div>
      </div>
      <Flash />
      <ScenarioTable scenarios={scenarios} figures={figures} />
      <div className="card" style={{ marginTop: '1rem' }}>
        <h2>Nyt scenarie</h2>
        <NewScenarioForm
          scenarios={scenarios}
          basedOnId={params.get('kopier') ?? String(baseline?.id ?? '')}
          lastResult={outcomeFor(actionData, 'create')?.reply ?? null}
        />
      </div>
    </section>
  )
}
