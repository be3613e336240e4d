/** Flytning: edit a planned relocation with its capacity check, mark it done, or delete it. */
import { parseWithZod } from '@conform-to/zod/v4'
import { data, Form, Link, redirect, useSearchParams } from 'react-router'
import { useCan } from '~/ui/use-can'
import { Flash } from '~/ui/Flash'
import { RelocationForm } from '~/features/relocations/components/RelocationForm'
import { StatusBadge } from '~/features/relocations/components/StatusBadge'
import { formatDanishDate } from '~/core/dates'
import { formatOre } from '~/core/money'
import { markDoneSchema, relocationUpdateSchema } from '~/features/relocations/schemas/relocation'
import { getRelocationPage, relocationFormData } from '~/features/relocations/relocation-views.server'
import { editRelocation, markRelocationDone, removeRelocation } from '~/features/relocations/relocations.server'
import { getDb } from '~/server/db.server'
import { amountText, dateText } from '~/ui/form-values'
import { invariantResponse, parseId } from '~/server/http'
import { formatFte, fteText } from '~/core/relocation-labels'
import { failedReply, invalidReply } from '~/ui/submission'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import relocationsCss from '~/features/relocations/relocations.css?url'
import type { Route } from './+types/flytninger.$id'

export const meta = ({ data }: Route.MetaArgs) => [{ title: `Flytning: ${data?.relocation.unitName ?? ''} · Kloge Kvadratmeter` }]
export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: relocationsCss }]

export async function loader({ params }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Flytningen')
  const db = await getDb()
  const [page, options] = await Promise.all([getRelocationPage(db, id), relocationFormData(db)])
  invariantResponse(page, 'Flytningen findes ikke. Den kan være slettet.')
  return { ...page, options }
}

export async function action({ request, params }: Route.ActionArgs) {
  const id = parseId(params.id, 'Flytningen')
  const formData = await request.formData()
  const db = await getDb()
  switch (formData.get('intent')) {
    case 'delete': {
      const result = await removeRelocation(db, id)
      return result.ok
        ? redirect('/flytninger?besked=slettet')
        : data({ doneError: result.message, doneWarnings: [] as string[] }, { status: 409 })
    }
    case 'done': {
      const parsed = markDoneSchema.safeParse(Object.fromEntries(formData))
      if (!parsed.success)
        return data({ doneError: 'Ugyldig forespørgsel. Genindlæs siden.', doneWarnings: [] as string[] }, { status: 400 })
      const result = await markRelocationDone(db, id, { version: parsed.data.version, acceptWarnings: parsed.data.acceptWarnings === 1 })
      if (result.ok) return redirect(`/flytninger/${id}?besked=gennemfoert`)
      return data(
        { doneError: result.message, doneWarnings: result.fieldErrors?.acceptWarnings ?? [] },
        { status: result.reason === 'conflict' ? 409 : 400 },
      )
    }
    default: {
      const submission = parseWithZod(formData, { schema: relocationUpdateSchema })
      if (submission.status !== 'success') return invalidReply(submission)
      const { version, ...input } = submission.value
      const result = await editRelocation(db, id, version, input)
      if (!result.ok) return failedReply(submission, result)
      return redirect(`/flytninger/${id}?besked=gemt`)
    }
  }
}

export default function RelocationPage({ loaderData, actionData }: Route.ComponentProps) {
  const { relocation: r, check, options } = loaderData
  const [params] = useSearchParams()
  const canEdit = useCan('edit_hr')
  const doneError = actionData && 'doneError' in actionData ? actionData : null
  const warnings = doneError?.doneWarnings.length ? doneError.doneWarnings : (check?.warnings ?? [])
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to="/flytninger">Flytninger</Link> › {r.unitName}
      </div>
      <div className="page-header">
        <div>
          <h1>
            {r.unitName}: {r.fromPropertyName} → {r.toPropertyName}
          </h1>
          <p>
            {formatDanishDate(r.date)} · {formatFte(r.headcount)} årsværk · <StatusBadge status={r.status} />
            {r.rotationName && r.rotationId !== null && (
              <>
                {' '}
                · rokade <Link to={`/flytninger/rokader/${r.rotationId}`}>{r.rotationName}</Link>
              </>
            )}
          </p>
        </div>
        <div className="form-actions no-print">
          <Link className="button secondary" to={`/kapacitet?ejendom=${r.toPropertyId}`}>
            Kapacitet i {r.toPropertyName}
          </Link>
          <Link className="button secondary" to={`/enheder/${r.unitId}`}>
            Enheden
          </Link>
        </div>
      </div>
      {params.get('besked') === 'gennemfoert' ? (
        <div className="alert success" role="status">
          Flytningen er markeret som gennemført. Enhedens placering og historik er opdateret.
        </div>
      ) : (
        <Flash />
      )}
      {doneError && (
        <div className="alert error" role="alert">
          {doneError.doneError}
        </div>
      )}
      {r.status === 'done' ? (
        <div className="card">
          <h2>Gennemført flytning</h2>
          <p className="muted">En gennemført flytning er en del af enhedens historik og kan ikke ændres.</p>
          <dl className="facts">
            <dt>Flyttedato</dt>
            <dd>{formatDanishDate(r.date)}</dd>
            <dt>Årsværk</dt>
            <dd>{formatFte(r.headcount)}</dd>
            <dt>Flytteudgift</dt>
            <dd>
              {formatOre(r.movingCostShownOre)}
              {r.movingCostComputed ? ' (årsværk × sats)' : ''}
            </dd>
            <dt>Istandsættelse</dt>
            <dd>{formatOre(r.refurbishmentOre)}</dd>
            <dt>Merudgift til drift pr. år</dt>
            <dd>{formatOre(r.addedAnnualOperatingOre)}</dd>
            {r.note && (
              <>
                <dt>Note</dt>
                <dd>{r.note}</dd>
              </>
            )}
          </dl>
        </div>
      ) : (
        <>
          <RelocationForm
            key={r.version}
            lastResult={actionData && 'result' in actionData ? actionData.result : null}
            version={r.version}
            relocationId={r.id}
            defaultValue={{
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
            }}
            submitLabel="Gem ændringer"
            options={options}
            initialCheck={check}
            disabled={!canEdit}
          />
          {canEdit && (
            <div className="card no-print">
              <h2>Markér som gennemført</h2>
              <p className="muted">
                Når flytningen er sket: enhedens placering opdateres fra flyttedatoen, og den gamle placering gemmes i historikken.
              </p>
              <Form method="post">
                <input type="hidden" name="intent" value="done" />
                <input type="hidden" name="version" value={r.version} />
                {warnings.length > 0 && (
                  <div className="field checkbox">
                    <input type="checkbox" id="done-accept" name="acceptWarnings" />
                    <label htmlFor="done-accept">
                      Markér trods {warnings.length === 1 ? 'advarslen' : `de ${warnings.length} advarsler`}
                    </label>
                  </div>
                )}
                <div className="form-actions">
                  <button type="submit">Markér som gennemført</button>
                </div>
              </Form>
            </div>
          )}
          {canEdit && (
            <div className="card no-print">
              <h2>Slet flytning</h2>
              <Form
                method="post"
                onSubmit={(e) => {
                  if (!window.confirm('Slet flytningen? Det kan ikke fortrydes.')) e.preventDefault()
                }}
              >
                <input type="hidden" name="intent" value="delete" />
                <button type="submit" className="danger">
                  Slet flytning
                </button>
              </Form>
            </div>
          )}
        </>
      )}
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
