/** Lejemål: one lease, its notice calculator and edit form; delete. */
import { parseWithZod } from '@conform-to/zod/v4'
import { data, Form, Link, redirect } from 'react-router'
import { useCan } from '~/auth/use-can'
import { Flash } from '~/components/Flash'
import { History } from '~/components/History'
import { recordHistory } from '~/repos/audit.server'
import { LeaseForm } from '~/components/LeaseForm'
import { formatDanishDate } from '~/domain/dates'
import { formatOre } from '~/domain/money'
import { getLease } from '~/repos/leases.server'
import { listPropertyOptions } from '~/repos/properties.server'
import { leaseUpdateSchema } from '~/schemas/lease'
import { editLease, removeLease } from '~/services/leases.server'
import { getDb } from '~/utils/db.server'
import { amountText, dateText } from '~/utils/form-values'
import { invariantResponse, parseId } from '~/utils/http'
import { leaseDirectionLabels, leaseStatusLabels } from '~/utils/labels'
import { failedReply, invalidReply } from '~/utils/submission'
import { GeneralError } from '~/root'
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
      {deleteError && <div className="alert error" role="alert">{deleteError}</div>}
      <div className="card">
        <h2>Lejemålet</h2>
        <LeaseForm
          key={l.version}
          properties={properties}
          lastResult={actionData && 'result' in actionData ? actionData.result : null}
          version={l.version}
          defaultValue={{
            propertyId: String(l.propertyId), direction: l.direction, counterparty: l.counterparty,
            annualRentOre: amountText(l.annualRentOre), annualServiceOre: amountText(l.annualServiceOre),
            operatingCostPaidByMunicipality: l.operatingCostPaidByMunicipality ? 'on' : '', startDate: dateText(l.startDate),
            noticeMonths: String(l.noticeMonths), terms: l.terms, nonTerminableUntil: dateText(l.nonTerminableUntil),
            noticeDate: dateText(l.noticeDate), status: l.status, note: l.note,
          }}
          submitLabel="Gem ændringer"
          disabled={!canEdit}
        />
      </div>
      <div className="card">
        <h2>Historik</h2>
        <History entries={history} />
      </div>
      {canEdit && <div className="card no-print">
        <h2>Slet lejemål</h2>
        <Form
          method="post"
          onSubmit={(e) => {
            if (!window.confirm(`Slet lejemålet med ${l.counterparty}? Det kan ikke fortrydes.`)) e.preventDefault()
          }}
        >
          <input type="hidden" name="intent" value="delete" />
          <button type="submit" className="danger">Slet lejemål</button>
        </Form>
      </div>}
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralError error={error} />
}
