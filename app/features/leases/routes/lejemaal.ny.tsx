/** Nyt lejemål: register a lease, optionally for a given property (`?ejendom=ID`). */
import { parseWithZod } from '@conform-to/zod/v4'
import { href, Link, redirect } from 'react-router'
import { LeaseForm } from '~/features/leases/components/LeaseForm'
import { createLease } from '~/features/leases/leases.server'
import { leaseSchema, terminatedByNotice } from '~/features/leases/schemas'
import { choiceLabel } from '~/features/search/choices.server'
import { invalid, readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import { outcomeFor } from '~/ui/action-result'
import type { Route } from './+types/lejemaal.ny'

export const meta = () => [{ title: 'Nyt lejemål · Kloge Kvadratmeter' }]

export async function loader({ request }: Route.LoaderArgs) {
  const propertyId = new URL(request.url).searchParams.get('ejendom') ?? ''
  return { propertyLabel: await choiceLabel(await getDb(), 'property', propertyId), propertyId }
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const intent = readIntent(formData, ['save'] as const)
  const submission = parseWithZod(formData, { schema: leaseSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const result = await createLease(await getDb(), submission.value)
  if (!result.ok) return refused(intent, result, submission)
  const message = terminatedByNotice(formData, submission.value) ? 'oprettet-opsagt' : 'oprettet'
  return redirect(`${href('/lejemaal/:id', { id: String(result.value.id) })}?besked=${message}`)
}

export default function NewLease({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/lejemaal')}>Lejemål</Link> › Nyt lejemål
      </div>
      <h1>Nyt lejemål</h1>
      <div className="card">
        <LeaseForm
          propertyLabel={loaderData.propertyLabel}
          lastResult={outcomeFor(actionData, 'save')?.reply ?? null}
          defaultValue={{
            propertyId: loaderData.propertyId,
            direction: 'tenant',
            status: 'active',
            terms: 'month',
            noticeMonths: '6',
            annualRentOre: '0,00',
            annualServiceOre: '0,00',
          }}
          submitLabel="Opret lejemål"
        />
      </div>
    </section>
  )
}
