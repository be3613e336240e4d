/** Rokade: a rotation's relocations, edit its name and date, or delete it (its relocations stay). */
import { parseWithZod } from '@conform-to/zod/v4'
import { href, Link, redirect } from 'react-router'
import { formatDanishDate } from '~/core/dates'
import { formatOre } from '~/core/money'
import { formatFte } from '~/core/relocation-labels'
import { RotationEditCard, RotationRelocations } from '~/features/relocations/components/RotationCards'
import { getRotationPage } from '~/features/relocations/relocation-views.server'
import { editRotation, removeRotation } from '~/features/relocations/rotations.server'
import { rotationUpdateSchema } from '~/features/relocations/schemas'
import { invalid, readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import { invariantResponse, parseId } from '~/server/http'
import { outcomeFor, refusalFor } from '~/ui/action-result'
import { Flash } from '~/ui/Flash'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import { useCan } from '~/ui/use-can'
import relocationsCss from '~/features/relocations/relocations.css?url'
import type { Route } from './+types/flytninger.rokader.$id'

export const meta = ({ data }: Route.MetaArgs) => [{ title: `Rokade: ${data?.rotation.name ?? ''} · Kloge Kvadratmeter` }]
export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: relocationsCss }]

export async function loader({ params }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Rokaden')
  const page = await getRotationPage(await getDb(), id)
  invariantResponse(page, 'Rokaden findes ikke. Den kan være slettet.')
  return page
}

/** The rotation form posts the intent `rotation`; the delete button `delete`. */
export async function action({ request, params }: Route.ActionArgs) {
  const id = parseId(params.id, 'Rokaden')
  const formData = await request.formData()
  const intent = readIntent(formData, ['rotation', 'delete'] as const)
  const db = await getDb()
  if (intent === 'delete') {
    const result = await removeRotation(db, id)
    return result.ok ? redirect(`${href('/flytninger')}?besked=slettet`) : refused(intent, result)
  }
  const submission = parseWithZod(formData, { schema: rotationUpdateSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const { version, ...input } = submission.value
  const result = await editRotation(db, id, version, input)
  if (!result.ok) return refused(intent, result, submission)
  return redirect(`${href('/flytninger/rokader/:id', { id: String(id) })}?besked=gemt`)
}

export default function RotationPage({ loaderData, actionData }: Route.ComponentProps) {
  const { rotation, relocations, totals } = loaderData
  const canEdit = useCan('edit_hr')
  const deleteError = refusalFor(actionData, 'delete')
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/flytninger')}>Flytninger</Link> › Rokade: {rotation.name}
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
          <Link className="button no-print" to={`${href('/flytninger/ny')}?rokade=${rotation.id}`}>
            Planlæg flytning i rokaden
          </Link>
        )}
      </div>
      <Flash />
      {deleteError && (
        <div className="alert error" role="alert">
          {deleteError}
        </div>
      )}
      {rotation.description && <p>{rotation.description}</p>}
      <RotationRelocations relocations={relocations} />
      {relocations.length === 0 && <p className="muted">Ingen flytninger i rokaden endnu.</p>}
      {canEdit && <RotationEditCard rotation={rotation} lastResult={outcomeFor(actionData, 'rotation')?.reply ?? null} />}
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
