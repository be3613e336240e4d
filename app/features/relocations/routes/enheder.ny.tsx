/** Ny enhed: register a unit at a property. */
import { parseWithZod } from '@conform-to/zod/v4'
import { Link, redirect } from 'react-router'
import { UnitForm } from '~/features/relocations/components/UnitForm'
import { formatNumberDa } from '~/core/money'
import { unitSchema } from '~/features/relocations/schemas/unit'
import { createUnit } from '~/features/relocations/units.server'
import { formOptions } from '~/features/relocations/unit-views.server'
import { planAssumptions } from '~/features/relocations/relocation-plan.server'
import { getDb } from '~/server/db.server'
import { failedReply, invalidReply } from '~/ui/submission'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import type { Route } from './+types/enheder.ny'

export const meta = () => [{ title: 'Ny enhed · Kloge Kvadratmeter' }]

export async function loader({ request }: Route.LoaderArgs) {
  const db = await getDb()
  const [options, assumptions] = await Promise.all([formOptions(db), planAssumptions(db)])
  const propertyId = new URL(request.url).searchParams.get('ejendom') ?? ''
  return { ...options, deskFactor: assumptions.deskFactor, propertyId }
}

export async function action({ request }: Route.ActionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: unitSchema })
  if (submission.status !== 'success') return invalidReply(submission)
  const result = await createUnit(await getDb(), submission.value)
  if (!result.ok) return failedReply(submission, result)
  return redirect(`/enheder/${result.value.id}?besked=oprettet`)
}

export default function NewUnit({ loaderData, actionData }: Route.ComponentProps) {
  const { properties, units, deskFactor, propertyId } = loaderData
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to="/enheder">Enheder</Link> › Ny enhed
      </div>
      <h1>Ny enhed</h1>
      <div className="card">
        <UnitForm
          lastResult={actionData?.result}
          defaultValue={{ headcount: '0', propertyId }}
          submitLabel="Opret enhed"
          properties={properties}
          units={units}
          deskFactorText={formatNumberDa(deskFactor, 2)}
        />
      </div>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
