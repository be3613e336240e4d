/** Planlæg flytning: a new relocation with the instant capacity check of the receiving building. */
import { parseWithZod } from '@conform-to/zod/v4'
import { href, Link, redirect } from 'react-router'
import { RelocationForm } from '~/features/relocations/components/RelocationForm'
import { getNewRelocationPage } from '~/features/relocations/relocation-views.server'
import { createRelocation } from '~/features/relocations/relocations.server'
import { relocationSchema } from '~/features/relocations/schemas'
import { invalid, readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import { outcomeFor } from '~/ui/action-result'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import relocationsCss from '~/features/relocations/relocations.css?url'
import type { Route } from './+types/flytninger.ny'

export const meta = () => [{ title: 'Planlæg flytning · Kloge Kvadratmeter' }]
export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: relocationsCss }]

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  return getNewRelocationPage(await getDb(), {
    unitId: url.searchParams.get('enhed') ?? '',
    rotationId: url.searchParams.get('rokade') ?? '',
  })
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const intent = readIntent(formData, ['save'] as const)
  const submission = parseWithZod(formData, { schema: relocationSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const result = await createRelocation(await getDb(), submission.value)
  if (!result.ok) return refused(intent, result, submission)
  return redirect(`${href('/flytninger/:id', { id: String(result.value.id) })}?besked=oprettet`)
}

export default function NewRelocation({ loaderData, actionData }: Route.ComponentProps) {
  const { options, prefill } = loaderData
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/flytninger')}>Flytninger</Link> › Planlæg flytning
      </div>
      <h1>Planlæg flytning</h1>
      <p className="muted">
        Tjekket til højre viser med det samme, om den modtagende bygning har plads hver måned efter flytningen, og hvad der ellers lander
        der.
      </p>
      <RelocationForm
        lastResult={outcomeFor(actionData, 'save')?.reply ?? null}
        defaultValue={{ ...prefill, status: 'planned' }}
        submitLabel="Gem flytning"
        options={options}
        initialCheck={null}
      />
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
