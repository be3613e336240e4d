/** Opdater fra registret: first what the register would change, then apply it on confirmation. */
import { Form, href, Link, redirect } from 'react-router'
import { ChangeList } from '~/features/scenarios/components/ChangeList'
import { previewSync, syncFromRegister } from '~/features/scenarios/register-sync.server'
import { readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import { invariantResponse, parseId } from '~/server/http'
import { refusalFor } from '~/ui/action-result'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import { useCan } from '~/ui/use-can'
import type { Route } from './+types/scenarier.$id.opdater'

export const meta = () => [{ title: 'Opdater fra registret · Kloge Kvadratmeter' }]

export async function loader({ params }: Route.LoaderArgs) {
  const preview = await previewSync(await getDb(), parseId(params.id, 'Scenariet'))
  invariantResponse(preview, 'Scenariet findes ikke. Det kan være slettet.')
  return { preview }
}

export async function action({ request, params }: Route.ActionArgs) {
  const id = parseId(params.id, 'Scenariet')
  const intent = readIntent(await request.formData(), ['sync'] as const)
  const result = await syncFromRegister(await getDb(), id)
  if (!result.ok) return refused(intent, result)
  return redirect(`${href('/scenarier/:id', { id: String(id) })}?besked=gemt`)
}

export default function SyncPage({ loaderData, actionData }: Route.ComponentProps) {
  const { preview: p } = loaderData
  const canEdit = useCan('edit_scenarios')
  const back = href('/scenarier/:id', { id: String(p.scenario.id) })
  const nothing = p.added.length + p.changed.length + p.removed.length === 0
  const error = refusalFor(actionData, 'sync') ?? p.blocked
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/scenarier')}>Scenarier</Link> › <Link to={back}>{p.scenario.title}</Link> › Opdater fra registret
      </div>
      <h1>Opdater {p.scenario.title} fra registret</h1>
      <p>
        Opsagte lejemål, salg og flytninger i registret sammenlignet med planens tiltag fra registret. Tiltag der er slået fra, forbliver
        slået fra ({p.keptOff}), og tiltag tilføjet i scenariet ({p.manual}) røres ikke.
      </p>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      <div className="card" data-testid="sync-preview">
        <ChangeList title="Nye i registret" items={p.added} empty="Ingen nye." testId="sync-added" />
        <ChangeList title="Ændret i registret" items={p.changed} empty="Ingen ændrede." testId="sync-changed" />
        <ChangeList title="Ikke længere i registret" items={p.removed} empty="Ingen fjernede." testId="sync-removed" />
      </div>
      <div className="toolbar no-print">
        {canEdit && !p.blocked && !nothing && (
          <Form method="post">
            <input type="hidden" name="intent" value="sync" />
            <button type="submit">Opdater planen</button>
          </Form>
        )}
        <Link className="button secondary" to={back}>
          {nothing ? 'Tilbage: planen svarer til registret' : 'Annullér'}
        </Link>
      </div>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
