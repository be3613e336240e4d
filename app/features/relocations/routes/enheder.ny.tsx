/** Ny enhed: register a unit at a property. */
import { parseWithZod } from '@conform-to/zod/v4'
import { href, Link, redirect } from 'react-router'
import { formatNumberDa } from '~/core/money'
import { UnitForm } from '~/features/relocations/components/UnitForm'
import { unitSchema } from '~/features/relocations/schemas'
import { getNewUnitPage } from '~/features/relocations/unit-views.server'
import { createUnit } from '~/features/relocations/units.server'
import { invalid, readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import { outcomeFor } from '~/ui/action-result'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import type { Route } from './+types/enheder.ny'

export const meta = () => [{ title: 'Ny enhed · Kloge Kvadratmeter' }]

export async function loader({ request }: Route.LoaderArgs) {
  const propertyId = new URL(request.url).searchParams.get('ejendom') ?? ''
  return { ...(await getNewUnitPage(await getDb(), propertyId)), propertyId }
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const intent = readIntent(formData, ['save'] as const)
  const submission = parseWithZod(formData, { schema: unitSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const result = await createUnit(await getDb(), submission.value)
  if (!result.ok) return refused(intent, result, submission)
  return redirect(`${href('/enheder/:id', { id: String(result.value.id) })}?besked=oprettet`)
}

export default function NewUnit({ loaderData, actionData }: Route.ComponentProps) {
  const { propertyLabel, deskFactor, propertyId } = loaderData
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/enheder')}>Enheder</Link> › Ny enhed
      </div>
      <h1>Ny enhed</h1>
      <div className="card">
        <UnitForm
          lastResult={outcomeFor(actionData, 'save')?.reply ?? null}
          defaultValue={{ headcount: '0', propertyId }}
          submitLabel="Opret enhed"
          propertyLabel={propertyLabel}
          parentLabel=""
          deskFactorText={formatNumberDa(deskFactor, 2)}
        />
      </div>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
