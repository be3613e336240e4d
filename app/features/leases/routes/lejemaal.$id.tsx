/** Lejemål: one lease, its notice calculator and edit form; delete. */
import { parseWithZod } from '@conform-to/zod/v4'
import { data, Form, Link, redirect } from 'react-router'
import { useCan } from '~/ui/use-can'
import { Flash } from '~/ui/Flash'
import { History } from '~/ui/History'
import { recordHistory } from '~/features/users-audit/audit.repo.server'
import { LeaseForm } from '~/features/leases/components/LeaseForm'
import { formatDanishDate } from '~/core/dates'
import { formatOre } from '~/core/money'
import { getLease } from '~/features/leases/leases.repo.server'
import { listPropertyOptions } from '~/features/properties/properties.repo.server'
import { leaseUpdateSchema } from '~/features/leases/schemas'
import { editLease, removeLease } from '~/features/leases/leases.server'
import { getDb } from '~/server/db.server'
import { amountText, dateText } from '~/ui/form-values'
import { invariantResponse, parseId } from '~/server/http'
import { leaseDirectionLabels, leaseStatusLabels } from '~/core/labels'
import { failedReply, invalidReply } from '~/ui/submission'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import type { Route } from './+types/lejemaal.$id'

export const meta = ({ data }: Route.MetaArgs) => [{ title: `Lejemål: ${data?.lease.counterparty ?? ''} · Kloge Kvadratmeter` }]

export async function loader({ params }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Lejemålet')
  const db = await getDb()
  const lease = await getLease(db, id)
  invariantResponse(lease, 'Lejemålet findes ikke. Det kan være slettet.')
  const [properties, history] = await Promise.all([listPropertyOptions(db), recordHistory(db, 'lease', id)])
  return { lease, properties, history }
}

export async function action({ request, params }: Route.ActionArgs) {
  const id = parseId(params.id, 'Lejemålet')
  const formData = await request.formData()
  const db = await getDb()
  if (formData.get('intent') === 'delete') {
    const result = await removeLease(db, id)
    if (!result.ok) return data({ result: null, deleteError: result.message }, { status: 409 })
    return redirect('/lejemaal?besked=slettet')
  }
  const submission = parseWithZod(formData, { schema: leaseUpdateSchema })
  if (submission.status !== 'success') return invalidReply(submission)
  const { version, ...input } = submission.value
  const result = await editLease(db, id, version, input)
  if (!result.ok) return failedReply(submission, result)
  return redirect(`/lejemaal/${id}?besked=gemt`)
}

export default function LeasePage({ loaderData, actionData }: Route.ComponentProps) {
  const { lease: l, properties, history } = loaderData
  const deleteError = actionData && 'deleteError' in actionData ? actionData.deleteError : null
  const canEdit = useCan('edit_register')
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to="/lejemaal">Lejemål</Link> › {l.counterparty}
      </div>
      <div className="page-header">
        <div>
          <h1>{l.counterparty}</h1>
          <p>
            {leaseDirectionLabels[l.direction]} · <Link to={`/ejendomme/${l.propertyId}`}>{l.propertyName}</Link> ·{' '}
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
          properties={properties}
          lastResult={actionData && 'result' in actionData ? actionData.result : null}
          version={l.version}
          defaultValue={{
            propertyId: String(l.propertyId),
            direction: l.direction,
            counterparty: l.counterparty,
            annualRentOre: amountText(l.annualRentOre),
            annualServiceOre: amountText(l.annualServiceOre),
            operatingCostPaidByMunicipality: l.operatingCostPaidByMunicipality ? 'on' : '',
            startDate: dateText(l.startDate),
            noticeMonths: String(l.noticeMonths),
            terms: l.terms,
            nonTerminableUntil: dateText(l.nonTerminableUntil),
            noticeDate: dateText(l.noticeDate),
            status: l.status,
            note: l.note,
          }}
          submitLabel="Gem ændringer"
          disabled={!canEdit}
        />
      </div>
      <div className="card">
        <h2>Historik</h2>
        <History entries={history} />
      </div>
      {canEdit && (
        <div className="card no-print">
          <h2>Slet lejemål</h2>
          <Form
            method="post"
            onSubmit={(e) => {
              if (!window.confirm(`Slet lejemålet med ${l.counterparty}? Det kan ikke fortrydes.`)) e.preventDefault()
            }}
          >
            <input type="hidden" name="intent" value="delete" />
            <button type="submit" className="danger">
              Slet lejemål
            </button>
          </Form>
        </div>
      )}
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
