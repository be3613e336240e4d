/** Rokade: a rotation's relocations, edit its name and date, or delete it (its relocations stay). */
import { parseWithZod } from '@conform-to/zod/v4'
import { data, Form, Link, redirect } from 'react-router'
import { useCan } from '~/ui/use-can'
import { Flash } from '~/ui/Flash'
import { RotationForm } from '~/features/relocations/components/RotationForm'
import { StatusBadge } from '~/features/relocations/components/StatusBadge'
import { formatDanishDate } from '~/core/dates'
import { formatOre } from '~/core/money'
import { rotationSchema } from '~/features/relocations/schemas/relocation'
import { versionField } from '~/core/schema-fields'
import { getRotationPage } from '~/features/relocations/relocation-views.server'
import { editRotation, removeRotation } from '~/features/relocations/rotations.server'
import { getDb } from '~/server/db.server'
import { dateText } from '~/ui/form-values'
import { invariantResponse, parseId } from '~/server/http'
import { formatFte } from '~/core/relocation-labels'
import { failedReply, invalidReply } from '~/ui/submission'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import relocationsCss from '~/features/relocations/relocations.css?url'
import type { Route } from './+types/flytninger.rokader.$id'

export const meta = ({ data }: Route.MetaArgs) => [{ title: `Rokade: ${data?.rotation.name ?? ''} · Kloge Kvadratmeter` }]
export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: relocationsCss }]

const rotationUpdateSchema = rotationSchema.extend({ version: versionField })

export async function loader({ params }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Rokaden')
  const page = await getRotationPage(await getDb(), id)
  invariantResponse(page, 'Rokaden findes ikke. Den kan være slettet.')
  return page
}

export async function action({ request, params }: Route.ActionArgs) {
  const id = parseId(params.id, 'Rokaden')
  const formData = await request.formData()
  const db = await getDb()
  if (formData.get('intent') === 'delete') {
    const result = await removeRotation(db, id)
    return result.ok ? redirect('/flytninger?besked=slettet') : data({ deleteError: result.message }, { status: 409 })
  }
  const submission = parseWithZod(formData, { schema: rotationUpdateSchema })
  if (submission.status !== 'success') return invalidReply(submission)
  const { version, ...input } = submission.value
  const result = await editRotation(db, id, version, input)
  if (!result.ok) return failedReply(submission, result)
  return redirect(`/flytninger/rokader/${id}?besked=gemt`)
}

export default function RotationPage({ loaderData, actionData }: Route.ComponentProps) {
  const { rotation, relocations, totals } = loaderData
  const canEdit = useCan('edit_hr')
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to="/flytninger">Flytninger</Link> › Rokade: {rotation.name}
      </div>
      <div className="page-header">
        <div>
          <h1>Rokade: {rotation.name}</h1>
          <p>
            {rotation.date ? `${formatDanishDate(rotation.date)} · ` : ''}
            {relocations.length} flytninger · {formatFte(totals.headcount)} årsværk · engangsudgifter {formatOre(totals.oneOffOre)}
          </p>
        </div>
        {canEdit && (
          <Link className="button no-print" to={`/flytninger/ny?rokade=${rotation.id}`}>
            Planlæg flytning i rokaden
          </Link>
        )}
      </div>
      <Flash />
      {actionData && 'deleteError' in actionData && (
        <div className="alert error" role="alert">
          {actionData.deleteError}
        </div>
      )}
      {rotation.description && <p>{rotation.description}</p>}
      <table className="plain">
        <thead>
          <tr>
            <th>Dato</th>
            <th>Enhed</th>
            <th>Fra</th>
            <th>Til</th>
            <th className="num">Årsværk</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {relocations.map((r) => (
            <tr key={r.id}>
              <td>
                <Link to={`/flytninger/${r.id}`}>{formatDanishDate(r.date)}</Link>
              </td>
              <td>{r.unitName}</td>
              <td>{r.fromPropertyName}</td>
              <td>{r.toPropertyName}</td>
              <td className="num">{formatFte(r.headcount)}</td>
              <td>
                <StatusBadge status={r.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {relocations.length === 0 && <p className="muted">Ingen flytninger i rokaden endnu.</p>}
      {canEdit && (
        <div className="card no-print">
          <h2>Ret rokaden</h2>
          <RotationForm
            key={rotation.version}
            lastResult={actionData && 'result' in actionData ? actionData.result : null}
            version={rotation.version}
            defaultValue={{ name: rotation.name, description: rotation.description, date: dateText(rotation.date) }}
            submitLabel="Gem rokade"
          />
          <Form
            method="post"
            onSubmit={(e) => {
              if (!window.confirm(`Slet rokaden ${rotation.name}? Flytningerne bevares.`)) e.preventDefault()
            }}
          >
            <input type="hidden" name="intent" value="delete" />
            <div className="form-actions">
              <button type="submit" className="danger">
                Slet rokade
              </button>
            </div>
          </Form>
        </div>
      )}
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
