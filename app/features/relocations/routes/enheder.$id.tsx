/** Enhed: one unit's facts and edit form, where it sits, its relocations and history, and (for HR) named people. */
import { parseWithZod } from '@conform-to/zod/v4'
import { data, Form, Link, redirect } from 'react-router'
import { useCan } from '~/ui/use-can'
import { Flash } from '~/ui/Flash'
import { PeopleCard } from '~/features/relocations/components/PeopleCard'
import { StatusBadge } from '~/features/relocations/components/StatusBadge'
import { UnitForm } from '~/features/relocations/components/UnitForm'
import { formatDanishDate } from '~/core/dates'
import { formatNumberDa } from '~/core/money'
import { personSchema } from '~/features/relocations/schemas/person'
import { unitUpdateSchema } from '~/features/relocations/schemas/unit'
import { addPerson, removePerson, viewerOf } from '~/features/relocations/people.server'
import { editUnit, removeUnit } from '~/features/relocations/units.server'
import { formOptions, getUnitPage } from '~/features/relocations/unit-views.server'
import { getDb } from '~/server/db.server'
import { dateText } from '~/ui/form-values'
import { invariantResponse, parseId } from '~/server/http'
import { formatFte, fteText } from '~/core/relocation-labels'
import { failedReply, invalidReply } from '~/ui/submission'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import relocationsCss from '~/features/relocations/relocations.css?url'
import type { Route } from './+types/enheder.$id'

export const meta = ({ data }: Route.MetaArgs) => [{ title: `${data?.unit.name ?? 'Enhed'} · Kloge Kvadratmeter` }]
export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: relocationsCss }]

export async function loader({ params, context }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Enheden')
  const db = await getDb()
  const [page, options] = await Promise.all([getUnitPage(db, id, viewerOf(context)), formOptions(db)])
  invariantResponse(page, 'Enheden findes ikke. Den kan være slettet.')
  return { ...page, properties: options.properties, parents: options.units.filter((u) => u.id !== id) }
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const id = parseId(params.id, 'Enheden')
  const formData = await request.formData()
  const db = await getDb()
  const viewer = viewerOf(context)
  switch (formData.get('intent')) {
    case 'delete': {
      const result = await removeUnit(db, id)
      return result.ok ? redirect('/enheder?besked=slettet') : data({ deleteError: result.message }, { status: 409 })
    }
    case 'add-person': {
      const submission = parseWithZod(formData, { schema: personSchema })
      if (submission.status !== 'success') return data({ personResult: submission.reply() }, { status: 400 })
      const result = await addPerson(db, id, submission.value, viewer)
      if (!result.ok) return data({ personResult: submission.reply({ formErrors: [result.message] }) }, { status: 409 })
      return { personResult: submission.reply({ resetForm: true }) }
    }
    case 'remove-person': {
      const result = await removePerson(db, id, Number(formData.get('personId')), viewer)
      return result.ok ? { personError: null } : data({ personError: result.message }, { status: 409 })
    }
    default: {
      const submission = parseWithZod(formData, { schema: unitUpdateSchema })
      if (submission.status !== 'success') return invalidReply(submission)
      const { version, ...input } = submission.value
      const result = await editUnit(db, id, version, input)
      if (!result.ok) return failedReply(submission, result)
      return redirect(`/enheder/${id}?besked=gemt`)
    }
  }
}

export default function UnitPage({ loaderData, actionData }: Route.ComponentProps) {
  const { unit: u, parent, children, locations, history, relocations, people, deskFactor, properties, parents } = loaderData
  const result = actionData && 'result' in actionData ? actionData.result : null
  const canEdit = useCan('edit_hr')
  const moved = history.some((h) => h.relocationId !== null) || locations.length > 1
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to="/enheder">Enheder</Link> › {u.name}
      </div>
      <div className="page-header">
        <div>
          <h1>{u.name}</h1>
          <p>
            {formatFte(u.headcount)} årsværk
            {parent && (
              <>
                {' '}
                · under <Link to={`/enheder/${parent.id}`}>{parent.name}</Link>
              </>
            )}
            {u.external === 1 && ' · ekstern bruger'}
            {children.length > 0 && (
              <>
                {' '}
                · underenheder:{' '}
                {children.map((c, i) => (
                  <span key={c.id}>
                    {i > 0 && ', '}
                    <Link to={`/enheder/${c.id}`}>{c.name}</Link>
                  </span>
                ))}
              </>
            )}
          </p>
        </div>
        {canEdit && (
          <Link className="button no-print" to={`/flytninger/ny?enhed=${u.id}`}>
            Planlæg flytning
          </Link>
        )}
      </div>
      <Flash />
      {actionData && 'deleteError' in actionData && (
        <div className="alert error" role="alert">
          {actionData.deleteError}
        </div>
      )}
      <div className="card">
        <h2>Sidder nu</h2>
        <table className="plain compact" data-testid="unit-locations">
          <thead>
            <tr>
              <th>Ejendom</th>
              <th className="num">Årsværk</th>
              <th>Siden</th>
            </tr>
          </thead>
          <tbody>
            {locations.map((l) => (
              <tr key={l.propertyId}>
                <td>
                  <Link to={`/kapacitet?ejendom=${l.propertyId}`}>{l.propertyName}</Link>
                </td>
                <td className="num">{formatFte(l.headcount)}</td>
                <td>{l.fromDate ? formatDanishDate(l.fromDate) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card">
        <h2>Stamdata</h2>
        <UnitForm
          key={u.version}
          lastResult={result}
          version={u.version}
          defaultValue={{
            name: u.name,
            parentId: u.parentId === null ? '' : String(u.parentId),
            propertyId: String(u.propertyId),
            headcount: fteText(u.headcount),
            workplacesNeeded: u.workplacesNeeded === null ? '' : String(u.workplacesNeeded),
            contactPerson: u.contactPerson,
            external: u.external ? 'on' : '',
            locatedFrom: dateText(u.locatedFrom),
          }}
          submitLabel="Gem ændringer"
          properties={properties}
          units={parents}
          propertyLocked={moved}
          deskFactorText={formatNumberDa(deskFactor, 2)}
          disabled={!canEdit}
        />
      </div>
      <div className="card">
        <h2>Flytninger</h2>
        {relocations.length === 0 ? (
          <p className="muted">Ingen flytninger.</p>
        ) : (
          <table className="plain compact">
            <thead>
              <tr>
                <th>Dato</th>
                <th>Fra</th>
                <th>Til</th>
                <th className="num">Årsværk</th>
                <th>Status</th>
                <th>Rokade</th>
              </tr>
            </thead>
            <tbody>
              {relocations.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/flytninger/${r.id}`}>{formatDanishDate(r.date)}</Link>
                  </td>
                  <td>{r.fromPropertyName}</td>
                  <td>{r.toPropertyName}</td>
                  <td className="num">{formatFte(r.headcount)}</td>
                  <td>
                    <StatusBadge status={r.status} />
                  </td>
                  <td>{r.rotationName ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="card">
        <h2>Historik</h2>
        <table className="plain compact history" data-testid="unit-history">
          <thead>
            <tr>
              <th>Ejendom</th>
              <th className="num">Årsværk</th>
              <th>Fra</th>
              <th>Til</th>
              <th>Årsag</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr key={h.id}>
                <td className={h.toDate === null ? 'current' : undefined}>{h.propertyName}</td>
                <td className="num">{formatFte(h.headcount)}</td>
                <td>{formatDanishDate(h.fromDate)}</td>
                <td>{h.toDate ? formatDanishDate(h.toDate) : 'nu'}</td>
                <td>{h.relocationId === null ? 'Placering' : <Link to={`/flytninger/${h.relocationId}`}>Flytning</Link>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {history.length === 0 && (
          <p className="muted">Placeret i {locations[0]?.propertyName ?? 'registret'}; ingen flytninger registreret endnu.</p>
        )}
      </div>
      <PeopleCard
        view={people}
        lastResult={actionData && 'personResult' in actionData ? actionData.personResult : null}
        error={actionData && 'personError' in actionData ? actionData.personError : null}
        canEdit={canEdit}
      />
      {canEdit && (
        <div className="card no-print">
          <h2>Slet enhed</h2>
          <p className="muted">
            En enhed kan kun slettes, når ingen flytninger, underenheder, navngivne medarbejdere eller scenarier henviser til den.
          </p>
          <Form
            method="post"
            onSubmit={(e) => {
              if (!window.confirm(`Slet ${u.name}? Det kan ikke fortrydes.`)) e.preventDefault()
            }}
          >
            <input type="hidden" name="intent" value="delete" />
            <button type="submit" className="danger">
              Slet enhed
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
