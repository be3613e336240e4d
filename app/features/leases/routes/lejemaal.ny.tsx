/** Nyt lejemål: register a lease, optionally for a given property (`?ejendom=ID`). */
import { parseWithZod } from '@conform-to/zod/v4'
import { Link, redirect } from 'react-router'
import { LeaseForm } from '~/features/leases/components/LeaseForm'
import { listPropertyOptions } from '~/features/properties/properties.repo.server'
import { leaseSchema } from '~/features/leases/schemas'
import { createLease } from '~/features/leases/leases.server'
import { getDb } from '~/server/db.server'
import { failedReply, invalidReply } from '~/ui/submission'
import type { Route } from './+types/lejemaal.ny'

export const meta = () => [{ title: 'Nyt lejemål · Kloge Kvadratmeter' }]

export async function loader({ request }: Route.LoaderArgs) {
  const propertyId = new URL(request.url).searchParams.get('ejendom') ?? ''
  return { properties: await listPropertyOptions(await getDb()), propertyId }
}

export async function action({ request }: Route.ActionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: leaseSchema })
  if (submission.status !== 'success') return invalidReply(submission)
  const result = await createLease(await getDb(), submission.value)
  if (!result.ok) return failedReply(submission, result)
  return redirect(`/lejemaal/${result.value.id}?besked=oprettet`)
}

export default function NewLease({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to="/lejemaal">Lejemål</Link> › Nyt lejemål
      </div>
      <h1>Nyt lejemål</h1>
      <div className="card">
        <LeaseForm
          properties={loaderData.properties}
          lastResult={actionData?.result}
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
