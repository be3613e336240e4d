/** Nyt lejemål: register a lease, optionally for a given property (`?ejendom=ID`). */
import { parseWithZod } from '@conform-to/zod/v4'
import { Link, redirect } from 'react-router'
import { LeaseForm } from '~/components/LeaseForm'
import { listPropertyOptions } from '~/repos/properties.server'
import { leaseSchema } from '~/schemas/lease'
import { createLease } from '~/services/leases.server'
import { getDb } from '~/utils/db.server'
import { failedReply, invalidReply } from '~/utils/submission'
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
          defaultValue={{ propertyId: loaderData.propertyId, direction: 'tenant', status: 'active', terms: 'month', noticeMonths: '6',
            annualRentOre: '0,00', annualServiceOre: '0,00' }}
          submitLabel="Opret lejemål"
        />
      </div>
    </section>
  )
}
