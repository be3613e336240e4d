/** Planlæg flytning: a new relocation with the instant capacity check of the receiving building. */
import { parseWithZod } from '@conform-to/zod/v4'
import { Link, redirect } from 'react-router'
import { RelocationForm } from '~/features/relocations/components/RelocationForm'
import { relocationSchema } from '~/features/relocations/schemas/relocation'
import { relocationFormData } from '~/features/relocations/relocation-views.server'
import { createRelocation } from '~/features/relocations/relocations.server'
import { getDb } from '~/server/db.server'
import { fteText } from '~/core/relocation-labels'
import { failedReply, invalidReply } from '~/ui/submission'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import relocationsCss from '~/features/relocations/relocations.css?url'
import type { Route } from './+types/flytninger.ny'

export const meta = () => [{ title: 'Planlæg flytning · Kloge Kvadratmeter' }]
export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: relocationsCss }]

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const options = await relocationFormData(await getDb())
  const unitId = url.searchParams.get('enhed') ?? ''
  const site = options.sites[unitId]?.[0]
  const rotationId = url.searchParams.get('rokade') ?? ''
  return {
    options,
    prefill: { unitId, fromPropertyId: site ? String(site.propertyId) : '', headcount: site ? fteText(site.headcount) : '', rotationId },
  }
}

export async function action({ request }: Route.ActionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: relocationSchema })
  if (submission.status !== 'success') return invalidReply(submission)
  const result = await createRelocation(await getDb(), submission.value)
  if (!result.ok) return failedReply(submission, result)
  return redirect(`/flytninger/${result.value.id}?besked=oprettet`)
}

export default function NewRelocation({ loaderData, actionData }: Route.ComponentProps) {
  const { options, prefill } = loaderData
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to="/flytninger">Flytninger</Link> › Planlæg flytning
      </div>
      <h1>Planlæg flytning</h1>
      <p className="muted">
        Tjekket til højre viser med det samme, om den modtagende bygning har plads hver måned efter flytningen, og hvad der ellers lander
        der.
      </p>
      <RelocationForm
        lastResult={actionData?.result}
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
