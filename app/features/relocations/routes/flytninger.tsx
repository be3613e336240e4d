/** Flytninger: relocations and rotations, with their costs; plan a new one. */
import { parseWithZod } from '@conform-to/zod/v4'
import { href, Link, redirect } from 'react-router'
import type { RelocationStatus } from '#db/schema'
import { formatOre } from '~/core/money'
import { formatFte, relocationStatusLabels } from '~/core/relocation-labels'
import { RelocationFilters, RelocationsTable, RotationsTable } from '~/features/relocations/components/RelocationsTable'
import { RotationForm } from '~/features/relocations/components/RotationForm'
import { listRelocationPage } from '~/features/relocations/relocation-views.server'
import { createRotation } from '~/features/relocations/rotations.server'
import { rotationSchema } from '~/features/relocations/schemas'
import { invalid, readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import { outcomeFor } from '~/ui/action-result'
import { Flash } from '~/ui/Flash'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import { useCan } from '~/ui/use-can'
import relocationsCss from '~/features/relocations/relocations.css?url'
import type { Route } from './+types/flytninger'

export const meta = () => [{ title: 'Flytninger · Kloge Kvadratmeter' }]
export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: relocationsCss }]

const STATUSES = Object.keys(relocationStatusLabels) as RelocationStatus[]

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const status = STATUSES.find((s) => s === url.searchParams.get('status'))
  const rotationId = Number(url.searchParams.get('rokade')) || undefined
  const unitId = Number(url.searchParams.get('enhed')) || undefined
  const page = await listRelocationPage(await getDb(), { statuses: status ? [status] : undefined, rotationId, unitId })
  return { ...page, status: status ?? '', rotationId: rotationId ?? null, unitId: unitId ?? null }
}

/** The page's one form creates a rotation. */
export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const intent = readIntent(formData, ['rotation'] as const)
  const submission = parseWithZod(formData, { schema: rotationSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const result = await createRotation(await getDb(), submission.value)
  if (!result.ok) return refused(intent, result, submission)
  return redirect(`${href('/flytninger/rokader/:id', { id: String(result.value.id) })}?besked=oprettet`)
}

export default function RelocationsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { relocations, rotations, totals } = loaderData
  const canEdit = useCan('edit_hr')
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Flytninger</h1>
          <p>Hvem flytter hvorhen og hvornår, hvad det koster, og hvilke flytninger der hører sammen i en rokade.</p>
        </div>
        <div className="form-actions no-print">
          <Link className="button secondary" to={href('/kapacitet')}>
            Se kapacitet
          </Link>
          {canEdit && (
            <Link className="button" to={href('/flytninger/ny')}>
              Planlæg flytning
            </Link>
          )}
        </div>
      </div>
      <Flash />
      <RelocationFilters {...loaderData} />
      <div className="summary">
        <span>
          <strong>{relocations.length}</strong> {relocations.length === 1 ? 'flytning' : 'flytninger'}
        </span>
        <span>
          <strong>{formatFte(totals.headcount)}</strong> årsværk
        </span>
        <span>
          Engangsudgifter <strong>{formatOre(totals.oneOffOre)}</strong>
        </span>
        <span>
          Merudgift til drift <strong>{formatOre(totals.addedAnnualOre)}</strong> pr. år
        </span>
      </div>
      <RelocationsTable relocations={relocations} />
      {relocations.length === 0 && <p className="muted">Ingen flytninger matcher.</p>}
      <p className="muted">
        * Beregnet som årsværk × den vedtagne plans flytteudgift pr. person. Besluttede og gennemførte flytninger indgår i den vedtagne
        plan, når den opdateres fra registret.
      </p>
      <div className="card">
        <h2>Rokader</h2>
        <RotationsTable rotations={rotations} />
        {canEdit && <h3 className="no-print">Ny rokade</h3>}
        {canEdit && (
          <div className="no-print">
            <RotationForm lastResult={outcomeFor(actionData, 'rotation')?.reply ?? null} submitLabel="Opret rokade" />
          </div>
        )}
      </div>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
