/** Ejendom: one property's facts, edit form, leases, units and sale; delete when nothing depends on it. */
import { parseWithZod } from '@conform-to/zod/v4'
import { data, Form, Link, redirect } from 'react-router'
import { useCan } from '~/ui/use-can'
import { Flash } from '~/ui/Flash'
import { History } from '~/ui/History'
import { recordHistory } from '~/features/users-audit/audit.repo.server'
import { PropertyForm } from '~/features/properties/components/PropertyForm'
import { formatDanishDate } from '~/core/dates'
import { formatOre } from '~/core/money'
import { listLeasesOfProperty } from '~/features/leases/leases.repo.server'
import { getProperty } from '~/features/properties/properties.repo.server'
import { getSaleOfProperty } from '~/features/sales/sales.repo.server'
import { listUnitsAtProperty } from '~/features/relocations/units.repo.server'
import { propertyUpdateSchema } from '~/features/properties/schemas'
import { editProperty, removeProperty } from '~/features/properties/properties.server'
import { getDb } from '~/server/db.server'
import { amountText, coordinateText } from '~/ui/form-values'
import { invariantResponse, parseId } from '~/server/http'
import {
  leaseDirectionLabels,
  leaseStatusLabels,
  ownershipLabels,
  propertyStatusLabels,
  propertyUseLabels,
  saleStatusLabels,
} from '~/core/labels'
import { failedReply, invalidReply } from '~/ui/submission'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import type { Route } from './+types/ejendomme.$id'

export const meta = ({ data }: Route.MetaArgs) => [{ title: `${data?.property.name ?? 'Ejendom'} · Kloge Kvadratmeter` }]

export async function loader({ params }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Ejendommen')
  const db = await getDb()
  const property = await getProperty(db, id)
  invariantResponse(property, 'Ejendommen findes ikke. Den kan være slettet.')
  const [leases, units, sale, history] = await Promise.all([
    listLeasesOfProperty(db, id),
    listUnitsAtProperty(db, id),
    getSaleOfProperty(db, id),
    recordHistory(db, 'property', id),
  ])
  return { property, leases, units, sale, history }
}

export async function action({ request, params }: Route.ActionArgs) {
  const id = parseId(params.id, 'Ejendommen')
  const formData = await request.formData()
  const db = await getDb()
  if (formData.get('intent') === 'delete') {
    const result = await removeProperty(db, id)
    if (!result.ok) return data({ result: null, deleteError: result.message }, { status: 409 })
    return redirect('/ejendomme?besked=slettet')
  }
  const submission = parseWithZod(formData, { schema: propertyUpdateSchema })
  if (submission.status !== 'success') return invalidReply(submission)
  const { version, ...input } = submission.value
  const result = await editProperty(db, id, version, input)
  if (!result.ok) return failedReply(submission, result)
  return redirect(`/ejendomme/${id}?besked=gemt`)
}

export default function PropertyPage({ loaderData, actionData }: Route.ComponentProps) {
  const { property: p, leases, units, sale, history } = loaderData
  const deleteError = actionData && 'deleteError' in actionData ? actionData.deleteError : null
  const canEdit = useCan('edit_register')
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to="/ejendomme">Ejendomme</Link> › {p.name}
      </div>
      <div className="page-header">
        <div>
          <h1>{p.name}</h1>
          <p>
            {p.address}, {p.postcode} {p.town} · {ownershipLabels[p.ownership]} · {propertyUseLabels[p.use]} ·{' '}
            {propertyStatusLabels[p.status]}
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
        <h2>Stamdata</h2>
        <PropertyForm
          key={p.version}
          lastResult={actionData && 'result' in actionData ? actionData.result : null}
          version={p.version}
          defaultValue={{
            name: p.name,
            address: p.address,
            postcode: p.postcode,
            town: p.town,
            ownership: p.ownership,
            use: p.use,
            status: p.status,
            grossAreaM2: String(p.grossAreaM2),
            workplaces: String(p.workplaces),
            annualOperatingCostOre: amountText(p.annualOperatingCostOre),
            annualMaintenanceOre: amountText(p.annualMaintenanceOre),
            maintenanceBacklogOre: amountText(p.maintenanceBacklogOre),
            latitude: coordinateText(p.latitude),
            longitude: coordinateText(p.longitude),
            note: p.note,
          }}
          submitLabel="Gem ændringer"
          disabled={!canEdit}
        />
      </div>
      <div className="card">
        <div className="page-header">
          <h2>Lejemål på ejendommen</h2>
          {canEdit && (
            <Link className="button secondary" to={`/lejemaal/ny?ejendom=${p.id}`}>
              Nyt lejemål
            </Link>
          )}
        </div>
        {leases.length === 0 ? (
          <p className="muted">Ingen lejemål.</p>
        ) : (
          <table className="plain">
            <thead>
              <tr>
                <th>Modpart</th>
                <th>Retning</th>
                <th className="num">Årlig husleje</th>
                <th>Ophør</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {leases.map((l) => (
                <tr key={l.id}>
                  <td>
                    <Link to={`/lejemaal/${l.id}`}>{l.counterparty}</Link>
                  </td>
                  <td>{leaseDirectionLabels[l.direction]}</td>
                  <td className="num">{formatOre(l.annualRentOre)}</td>
                  <td>{l.endDate ? formatDanishDate(l.endDate) : '–'}</td>
                  <td>{leaseStatusLabels[l.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="card">
        <h2>Enheder i ejendommen</h2>
        {units.length === 0 ? (
          <p className="muted">Ingen enheder har til huse her.</p>
        ) : (
          <table className="plain">
            <thead>
              <tr>
                <th>Enhed</th>
                <th className="num">Årsværk</th>
                <th>Kontaktperson</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.id}>
                  <td>
                    {u.name}
                    {u.external ? ' (ekstern bruger)' : ''}
                  </td>
                  <td className="num">{String(u.headcount).replace('.', ',')}</td>
                  <td>{u.contactPerson}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {sale && (
        <div className="card">
          <div className="page-header">
            <h2>Salg</h2>
            <Link className="button secondary" to={`/salg/${sale.id}`}>
              Se salget
            </Link>
          </div>
          <dl className="facts">
            <dt>Status</dt>
            <dd>{saleStatusLabels[sale.status]}</dd>
            {sale.designatedDate && (
              <>
                <dt>Udpeget</dt>
                <dd>
                  {formatDanishDate(sale.designatedDate)} {sale.councilReference}
                </dd>
              </>
            )}
            {sale.expectedPriceOre != null && (
              <>
                <dt>Forventet pris</dt>
                <dd>{formatOre(sale.expectedPriceOre)}</dd>
              </>
            )}
            {sale.realisedPriceOre != null && (
              <>
                <dt>Realiseret pris</dt>
                <dd>{formatOre(sale.realisedPriceOre)}</dd>
              </>
            )}
            {sale.takeoverDate && (
              <>
                <dt>Overtagelsesdag</dt>
                <dd>{formatDanishDate(sale.takeoverDate)}</dd>
              </>
            )}
          </dl>
        </div>
      )}
      {!sale && canEdit && p.ownership === 'owned' && p.status !== 'sold' && (
        <div className="card no-print">
          <div className="page-header">
            <h2>Salg</h2>
            <Link className="button secondary" to={`/salg/ny?ejendom=${p.id}`}>
              Udpeg til salg
            </Link>
          </div>
          <p className="muted">Ejendommen er ikke udpeget til salg.</p>
        </div>
      )}
      <div className="card">
        <h2>Historik</h2>
        <History entries={history} />
      </div>
      {canEdit && (
        <div className="card no-print">
          <h2>Slet ejendom</h2>
          <p className="muted">En ejendom kan kun slettes, når ingen lejemål, enheder eller salg hører til den.</p>
          <Form
            method="post"
            onSubmit={(e) => {
              if (!window.confirm(`Slet ${p.name}? Det kan ikke fortrydes.`)) e.preventDefault()
            }}
          >
            <input type="hidden" name="intent" value="delete" />
            <button type="submit" className="danger">
              Slet ejendom
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
