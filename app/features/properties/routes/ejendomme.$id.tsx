/** Ejendom: one property's facts, edit form, leases, units and sale; delete when nothing depends on it. */
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, href, Link, redirect } from 'react-router'
import { ownershipLabels, propertyStatusLabels, propertyUseLabels } from '~/core/labels'
import { BuildingKeyFigures } from '~/features/key-figures/components/BuildingKeyFigures'
import keyFiguresCss from '~/features/key-figures/key-figures.css?url'
import propertiesCss from '~/features/properties/properties.css?url'
import { PropertyConsumption } from '~/features/properties/components/PropertyConsumption'
import { PropertyForm, propertyFormValues } from '~/features/properties/components/PropertyForm'
import { PropertyLeases, PropertySale, PropertyUnits } from '~/features/properties/components/PropertyRelations'
import { compute } from '~/features/compute.server'
import { getPropertyPage } from '~/features/properties/property-page.server'
import { removeConsumption, saveConsumption } from '~/features/properties/consumption.server'
import { editProperty, removeProperty } from '~/features/properties/properties.server'
import { consumptionSchema, propertyUpdateSchema } from '~/features/properties/schemas'
import { done, invalid, readIntent, refused } from '~/server/action.server'
import { type Db, getDb } from '~/server/db.server'
import { invariantResponse, parseId } from '~/server/http'
import { outcomeFor, refusalFor } from '~/ui/action-result'
import { Flash } from '~/ui/Flash'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import { History } from '~/ui/History'
import { useCan } from '~/ui/use-can'
import type { Route } from './+types/ejendomme.$id'

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: propertiesCss },
  { rel: 'stylesheet', href: keyFiguresCss },
]

export const meta = ({ data }: Route.MetaArgs) => [{ title: `${data?.property.name ?? 'Ejendom'} · Kloge Kvadratmeter` }]

export async function loader({ params }: Route.LoaderArgs) {
  // The key figures need the whole portfolio's medians: computed in the compute worker.
  const page = await getPropertyPage(await getDb(), parseId(params.id, 'Ejendommen'), compute.keyFigures.building)
  invariantResponse(page, 'Ejendommen findes ikke. Den kan være slettet.')
  return page
}

export async function action({ request, params }: Route.ActionArgs) {
  const id = parseId(params.id, 'Ejendommen')
  const formData = await request.formData()
  const intent = readIntent(formData, ['save', 'delete', 'consumption', 'consumption-delete'] as const)
  const db = await getDb()
  if (intent === 'consumption' || intent === 'consumption-delete') return consumptionAction(db, id, intent, formData)
  if (intent === 'delete') {
    const result = await removeProperty(db, id)
    if (!result.ok) return refused(intent, result)
    return redirect(`${href('/ejendomme')}?besked=slettet`)
  }
  const submission = parseWithZod(formData, { schema: propertyUpdateSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const { version, ...input } = submission.value
  const result = await editProperty(db, id, version, input)
  if (!result.ok) return refused(intent, result, submission)
  return redirect(`${href('/ejendomme/:id', { id: String(id) })}?besked=gemt`)
}

/** Record, correct or delete a year's consumption; stays on the page with a message. */
async function consumptionAction(db: Db, id: number, intent: 'consumption' | 'consumption-delete', formData: FormData) {
  if (intent === 'consumption-delete') {
    const result = await removeConsumption(db, id, parseId(String(formData.get('consumptionId') ?? ''), 'Forbrugsåret'))
    return result.ok ? done(intent, 'Forbrugsåret er slettet.') : refused(intent, result)
  }
  const submission = parseWithZod(formData, { schema: consumptionSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const result = await saveConsumption(db, id, submission.value)
  if (!result.ok) return refused(intent, result, submission)
  return redirect(`${href('/ejendomme/:id', { id: String(id) })}?besked=gemt#forbrug`)
}

function DeleteProperty({ name }: { name: string }) {
  return (
    <div className="card no-print">
      <h2>Slet ejendom</h2>
      <p className="muted">En ejendom kan kun slettes, når ingen lejemål, enheder eller salg hører til den.</p>
      <Form
        method="post"
        onSubmit={(e) => {
          if (!window.confirm(`Slet ${name}? Det kan ikke fortrydes.`)) e.preventDefault()
        }}
      >
        <input type="hidden" name="intent" value="delete" />
        <button type="submit" className="danger">
          Slet ejendom
        </button>
      </Form>
    </div>
  )
}

export default function PropertyPage({ loaderData, actionData }: Route.ComponentProps) {
  const { property: p, leases, units, sale, consumption, keyFigures, history } = loaderData
  const deleteError = refusalFor(actionData, 'delete')
  const canEdit = useCan('edit_register')
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/ejendomme')}>Ejendomme</Link> › {p.name}
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
          lastResult={outcomeFor(actionData, 'save')?.reply ?? null}
          version={p.version}
          defaultValue={propertyFormValues(p)}
          submitLabel="Gem ændringer"
          disabled={!canEdit}
        />
      </div>
      <PropertyConsumption
        rows={consumption}
        canEdit={canEdit}
        lastResult={outcomeFor(actionData, 'consumption')?.reply ?? null}
        refusal={refusalFor(actionData, 'consumption-delete')}
      />
      <BuildingKeyFigures figures={keyFigures} />
      <PropertyLeases property={p} leases={leases} canEdit={canEdit} />
      <PropertyUnits units={units} />
      <PropertySale property={p} sale={sale} canEdit={canEdit} />
      <div className="card">
        <h2>Historik</h2>
        <History entries={history} showRecord />
      </div>
      {canEdit && <DeleteProperty name={p.name} />}
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
