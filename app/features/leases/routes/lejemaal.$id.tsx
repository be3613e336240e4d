/** Lejemål: one lease, its notice calculator and edit form; delete. */
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, href, Link, redirect } from 'react-router'
import { formatDanishDate } from '~/core/dates'
import { leaseDirectionLabels, leaseStatusLabels } from '~/core/labels'
import { formatOre } from '~/core/money'
import { LeaseForm, leaseFormValues } from '~/features/leases/components/LeaseForm'
import { getLeasePage } from '~/features/leases/lease-pages.server'
import { editLease, removeLease } from '~/features/leases/leases.server'
import { leaseUpdateSchema, terminatedByNotice } from '~/features/leases/schemas'
import { invalid, readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import { invariantResponse, parseId } from '~/server/http'
import { outcomeFor, refusalFor } from '~/ui/action-result'
import { Flash } from '~/ui/Flash'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import { History } from '~/ui/History'
import { useCan } from '~/ui/use-can'
import type { Route } from './+types/lejemaal.$id'

export const meta = ({ data }: Route.MetaArgs) => [{ title: `Lejemål: ${data?.lease.counterparty ?? ''} · Kloge Kvadratmeter` }]

export async function loader({ params }: Route.LoaderArgs) {
  const page = await getLeasePage(await getDb(), parseId(params.id, 'Lejemålet'))
  invariantResponse(page, 'Lejemålet findes ikke. Det kan være slettet.')
  return page
}

export async function action({ request, params }: Route.ActionArgs) {
  const id = parseId(params.id, 'Lejemålet')
  const formData = await request.formData()
  const intent = readIntent(formData, ['save', 'delete'] as const)
  const db = await getDb()
  if (intent === 'delete') {
    const result = await removeLease(db, id)
    if (!result.ok) return refused(intent, result)
    return redirect(`${href('/lejemaal')}?besked=slettet`)
  }
  const submission = parseWithZod(formData, { schema: leaseUpdateSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const { version, ...input } = submission.value
  const result = await editLease(db, id, version, input)
  if (!result.ok) return refused(intent, result, submission)
  const message = terminatedByNotice(formData, input) ? 'opsagt' : 'gemt'
  return redirect(`${href('/lejemaal/:id', { id: String(id) })}?besked=${message}`)
}

function DeleteLease({ counterparty }: { counterparty: string }) {
  return (
    <div className="card no-print">
      <h2>Slet lejemål</h2>
      <Form
        method="post"
        onSubmit={(e) => {
          if (!window.confirm(`Slet lejemålet med ${counterparty}? Det kan ikke fortrydes.`)) e.preventDefault()
        }}
      >
        <input type="hidden" name="intent" value="delete" />
        <button type="submit" className="danger">
          Slet lejemål
        </button>
      </Form>
    </div>
  )
}

export default function LeasePage({ loaderData, actionData }: Route.ComponentProps) {
  const { lease: l, history } = loaderData
  const deleteError = refusalFor(actionData, 'delete')
  const canEdit = useCan('edit_register')
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/lejemaal')}>Lejemål</Link> › {l.counterparty}
      </div>
      <div className="page-header">
        <div>
          <h1>{l.counterparty}</h1>
          <p>
            {leaseDirectionLabels[l.direction]} · <Link to={href('/ejendomme/:id', { id: String(l.propertyId) })}>{l.propertyName}</Link> ·{' '}
            {formatOre(l.annualRentOre)} om året · {leaseStatusLabels[l.status]}
            {l.endDate ? ` · ophører ${formatDanishDate(l.endDate)}` : ''}
          </p>
        </div>
      </div>
      <Flash />
      {deleteError && (
        <div className="alert error" role="alert">
          {deleteError}
        </div>
      )}
      <div className="card">
        <h2>Lejemålet</h2>
        <LeaseForm
          key={l.version}
          propertyLabel={l.propertyName}
          lastResult={outcomeFor(actionData, 'save')?.reply ?? null}
          version={l.version}
          defaultValue={leaseFormValues(l)}
          submitLabel="Gem ændringer"
          disabled={!canEdit}
        />
      </div>
      <div className="card">
        <h2>Historik</h2>
        <History entries={history} />
      </div>
      {canEdit && <DeleteLease counterparty={l.counterparty} />}
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
