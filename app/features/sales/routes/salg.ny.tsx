/** Udpeg til salg: start the sale of an owned property after the council's decision. */
import { parseWithZod } from '@conform-to/zod/v4'
import { href, Link, redirect } from 'react-router'
import { outcomeFor } from '~/ui/action-result'
import { DesignateForm } from '~/features/sales/components/DesignateForm'
import { designatePage } from '~/features/sales/sale-page.server'
import { designateSchema } from '~/features/sales/schemas'
import { designateForSale } from '~/features/sales/sales.server'
import { invalid, readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import type { Route } from './+types/salg.ny'

export const meta = () => [{ title: 'Udpeg til salg · Kloge Kvadratmeter' }]

export async function loader({ request }: Route.LoaderArgs) {
  return designatePage(await getDb(), new URL(request.url).searchParams.get('ejendom') ?? '')
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const intent = readIntent(formData, ['designate'] as const)
  const submission = parseWithZod(formData, { schema: designateSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const result = await designateForSale(await getDb(), submission.value)
  if (!result.ok) return refused(intent, result, submission)
  return redirect(`${href('/salg/:id', { id: String(result.value.id) })}?besked=oprettet`)
}

export default function DesignatePage({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/salg')}>Salg</Link> › Udpeg til salg
      </div>
      <h1>Udpeg en ejendom til salg</h1>
      <p className="muted">
        Byrådet beslutter, hvilke ejendomme der sælges. Registrér beslutningen her; derefter følges salget trin for trin: udbud, bud,
        betinget salg og endeligt salg.
      </p>
      <div className="card">
        {!loaderData.anyEligible ? (
          <p className="muted">Alle ejede ejendomme er allerede udpeget eller solgt.</p>
        ) : (
          <DesignateForm
            preselected={loaderData.preselected}
            preselectedLabel={loaderData.preselectedLabel}
            lastResult={outcomeFor(actionData, 'designate')?.reply ?? null}
          />
        )}
      </div>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
