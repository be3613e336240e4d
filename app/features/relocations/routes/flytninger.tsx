/** Flytninger: relocations and rotations, with their costs; plan a new one. */
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, Link, redirect } from 'react-router'
import { useCan } from '~/ui/use-can'
import { Flash } from '~/ui/Flash'
import { RotationForm } from '~/features/relocations/components/RotationForm'
import { StatusBadge } from '~/features/relocations/components/StatusBadge'
import type { RelocationStatus } from '#db/schema'
import { formatDanishDate } from '~/core/dates'
import { formatOre } from '~/core/money'
import { rotationSchema } from '~/features/relocations/schemas/relocation'
import { listRelocationPage } from '~/features/relocations/relocation-views.server'
import { createRotation } from '~/features/relocations/rotations.server'
import { getDb } from '~/server/db.server'
import { formatFte, relocationStatusLabels } from '~/core/relocation-labels'
import { failedReply, invalidReply } from '~/ui/submission'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
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

export async function action({ request }: Route.ActionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: rotationSchema })
  if (submission.status !== 'success') return invalidReply(submission)
  const result = await createRotation(await getDb(), submission.value)
  if (!result.ok) return failedReply(submission, result)
  return redirect(`/flytninger/rokader/${result.value.id}?besked=oprettet`)
}

export default function RelocationsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { relocations, rotations, totals, status, rotationId, unitId } = loaderData
  const canEdit = useCan('edit_hr')
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Flytninger</h1>
          <p>Hvem flytter hvorhen og hvornår, hvad det koster, og hvilke flytninger der hører sammen i en rokade.</p>
        </div>
        <div className="form-actions no-print">
          <Link className="button secondary" to="/kapacitet">
            Se kapacitet
          </Link>
          {canEdit && (
            <Link className="button" to="/flytninger/ny">
              Planlæg flytning
            </Link>
          )}
        </div>
      </div>
      <Flash />
      <Form method="get" className="filters no-print">
        {unitId !== null && <input type="hidden" name="enhed" value={unitId} />}
        <label>
          Status
          <select name="status" defaultValue={status} aria-label="Vis flytninger med status">
            <option value="">Alle</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {relocationStatusLabels[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Rokade
          <select name="rokade" defaultValue={rotationId ?? ''} aria-label="Vis flytninger i rokade">
            <option value="">Alle</option>
            {rotations.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="secondary">
          Vis
        </button>
        {unitId !== null && <Link to="/flytninger">Vis alle enheder</Link>}
      </Form>
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
      <div className="table-scroll">
        <table className="plain compact" data-testid="relocations">
          <thead>
            <tr>
              <th>Dato</th>
              <th>Enhed</th>
              <th>Fra</th>
              <th>Til</th>
              <th className="num">Årsværk</th>
              <th>Status</th>
              <th>Rokade</th>
              <th className="num">Flytteudgift</th>
              <th className="num">Istandsættelse</th>
              <th className="num">Merdrift pr. år</th>
            </tr>
          </thead>
          <tbody>
            {relocations.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link to={`/flytninger/${r.id}`}>{formatDanishDate(r.date)}</Link>
                </td>
                <td>
                  <Link to={`/flytninger/${r.id}`}>{r.unitName}</Link>
                </td>
                <td>{r.fromPropertyName}</td>
                <td>{r.toPropertyName}</td>
                <td className="num">{formatFte(r.headcount)}</td>
                <td>
                  <StatusBadge status={r.status} />
                </td>
                <td>
                  {r.rotationName && r.rotationId !== null ? <Link to={`/flytninger/rokader/${r.rotationId}`}>{r.rotationName}</Link> : ''}
                </td>
                <td className="num" title={r.movingCostComputed ? 'Beregnet: årsværk × satsen pr. person' : undefined}>
                  {formatOre(r.movingCostShownOre)}
                  {r.movingCostComputed ? '*' : ''}
                </td>
                <td className="num">{formatOre(r.refurbishmentOre)}</td>
                <td className="num">{formatOre(r.addedAnnualOperatingOre)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {relocations.length === 0 && <p className="muted">Ingen flytninger matcher.</p>}
      <p className="muted">
        * Beregnet som årsværk × den vedtagne plans flytteudgift pr. person. Besluttede og gennemførte flytninger indgår i den vedtagne
        plan, når den opdateres fra registret.
      </p>
      <div className="card">
        <h2>Rokader</h2>
        {rotations.length === 0 ? (
          <p className="muted">Ingen rokader endnu.</p>
        ) : (
          <table className="plain compact">
            <thead>
              <tr>
                <th>Rokade</th>
                <th>Dato</th>
                <th className="num">Flytninger</th>
                <th>Beskrivelse</th>
              </tr>
            </thead>
            <tbody>
              {rotations.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/flytninger/rokader/${r.id}`}>{r.name}</Link>
                  </td>
                  <td>{r.date ? formatDanishDate(r.date) : ''}</td>
                  <td className="num">{r.relocationCount}</td>
                  <td>{r.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {canEdit && <h3 className="no-print">Ny rokade</h3>}
        {canEdit && (
          <div className="no-print">
            <RotationForm lastResult={actionData?.result} submitLabel="Opret rokade" />
          </div>
        )}
      </div>
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
