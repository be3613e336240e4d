/** Flytning: edit a planned relocation with its capacity check, mark it done, or delete it. */
import { parseWithZod } from '@conform-to/zod/v4'
import { href, Link, redirect, useSearchParams } from 'react-router'
import { fteText } from '~/core/relocation-labels'
import { DeleteCard } from '~/features/relocations/components/DeleteCard'
import { DoneRelocationCard, MarkDoneCard, RelocationHeader } from '~/features/relocations/components/RelocationCards'
import { RelocationForm } from '~/features/relocations/components/RelocationForm'
import { getRelocationPage } from '~/features/relocations/relocation-views.server'
import { editRelocation, markRelocationDone, removeRelocation } from '~/features/relocations/relocations.server'
import { markDoneSchema, relocationUpdateSchema } from '~/features/relocations/schemas'
import type { RelocationRow } from '~/features/relocations/types'
import { invalid, readIntent, refused } from '~/server/action.server'
import { getDb, type Db } from '~/server/db.server'
import { invariantResponse, parseId } from '~/server/http'
import { outcomeFor, refusalFor } from '~/ui/action-result'
import { Flash } from '~/ui/Flash'
import { amountText, dateText } from '~/ui/form-values'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import { useCan } from '~/ui/use-can'
import relocationsCss from '~/features/relocations/relocations.css?url'
import type { Route } from './+types/flytninger.$id'

export const meta = ({ data }: Route.MetaArgs) => [{ title: `Flytning: ${data?.relocation.unitName ?? ''} · Kloge Kvadratmeter` }]
export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: relocationsCss }]

const relocationLink = (id: number) => href('/flytninger/:id', { id: String(id) })

export async function loader({ params }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Flytningen')
  const page = await getRelocationPage(await getDb(), id)
  invariantResponse(page, 'Flytningen findes ikke. Den kan være slettet.')
  return page
}

async function markDone(db: Db, id: number, formData: FormData) {
  const submission = parseWithZod(formData, { schema: markDoneSchema })
  if (submission.status !== 'success') return invalid('done', submission)
  const { version, acceptWarnings } = submission.value
  const result = await markRelocationDone(db, id, { version, acceptWarnings: acceptWarnings === 1 })
  if (!result.ok) return refused('done', result, submission)
  return redirect(`${relocationLink(id)}?besked=gennemfoert`)
}

async function saveRelocation(db: Db, id: number, formData: FormData) {
  const submission = parseWithZod(formData, { schema: relocationUpdateSchema })
  if (submission.status !== 'success') return invalid('save', submission)
  const { version, ...input } = submission.value
  const result = await editRelocation(db, id, version, input)
  if (!result.ok) return refused('save', result, submission)
  return redirect(`${relocationLink(id)}?besked=gemt`)
}

export async function action({ request, params }: Route.ActionArgs) {
  const id = parseId(params.id, 'Flytningen')
  const formData = await request.formData()
  const intent = readIntent(formData, ['save', 'done', 'delete'] as const)
  const db = await getDb()
  switch (intent) {
    case 'delete': {
      const result = await removeRelocation(db, id)
      return result.ok ? redirect(`${href('/flytninger')}?besked=slettet`) : refused('delete', result)
    }
    case 'done':
      return markDone(db, id, formData)
    case 'save':
      return saveRelocation(db, id, formData)
  }
}

/** The form's text for a stored relocation. */
function relocationFormValues(r: RelocationRow) {
  return {
    unitId: String(r.unitId),
    fromPropertyId: String(r.fromPropertyId),
    toPropertyId: String(r.toPropertyId),
    date: dateText(r.date),
    headcount: fteText(r.headcount),
    status: r.status,
    rotationId: r.rotationId === null ? '' : String(r.rotationId),
    movingCostOre: amountText(r.movingCostOre),
    refurbishmentOre: amountText(r.refurbishmentOre),
    addedAnnualOperatingOre: amountText(r.addedAnnualOperatingOre),
    note: r.note,
  }
}

export default function RelocationPage({ loaderData, actionData }: Route.ComponentProps) {
  const { relocation: r, check, options } = loaderData
  const [params] = useSearchParams()
  const canEdit = useCan('edit_hr')
  const doneAnswer = outcomeFor(actionData, 'done')
  const doneWarnings = doneAnswer?.reply?.error?.acceptWarnings ?? []
  const warnings = doneWarnings.length ? doneWarnings : (check?.warnings ?? [])
  const refusal =
    refusalFor(actionData, 'delete') ??
    (doneAnswer && !doneAnswer.ok ? (doneAnswer.message ?? 'Ugyldig forespørgsel. Genindlæs siden.') : null)
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/flytninger')}>Flytninger</Link> › {r.unitName}
      </div>
      <RelocationHeader relocation={r} />
      {params.get('besked') === 'gennemfoert' ? (
        <div className="alert success" role="status">
          Flytningen er markeret som gennemført. Enhedens placering og historik er opdateret.
        </div>
      ) : (
        <Flash />
      )}
      {refusal && (
        <div className="alert error" role="alert">
          {refusal}
        </div>
      )}
      {r.status === 'done' ? (
        <DoneRelocationCard relocation={r} />
      ) : (
        <>
          <RelocationForm
            key={r.version}
            lastResult={outcomeFor(actionData, 'save')?.reply ?? null}
            version={r.version}
            relocationId={r.id}
            defaultValue={relocationFormValues(r)}
            submitLabel="Gem ændringer"
            options={options}
            initialCheck={check}
            disabled={!canEdit}
          />
          {canEdit && <MarkDoneCard version={r.version} warnings={warnings} />}
          {canEdit && <DeleteCard title="Slet flytning" confirm="Slet flytningen? Det kan ikke fortrydes." />}
        </>
      )}
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
