/** Enhed: one unit's facts and edit form, where it sits, its relocations and history, and (for HR) named people. */
import { parseWithZod } from '@conform-to/zod/v4'
import { href, Link, redirect } from 'react-router'
import type { Unit } from '#db/schema'
import { formatNumberDa } from '~/core/money'
import { fteText } from '~/core/relocation-labels'
import { DeleteCard } from '~/features/relocations/components/DeleteCard'
import { PeopleCard } from '~/features/relocations/components/PeopleCard'
import { UnitForm } from '~/features/relocations/components/UnitForm'
import { UnitHeader, UnitHistoryCard, UnitLocationsCard, UnitRelocationsCard } from '~/features/relocations/components/UnitSections'
import { addPerson, removePerson, viewerOf } from '~/features/relocations/people.server'
import { personSchema, removePersonSchema, unitUpdateSchema } from '~/features/relocations/schemas'
import type { Viewer } from '~/features/relocations/types'
import { getUnitPage } from '~/features/relocations/unit-views.server'
import { editUnit, removeUnit } from '~/features/relocations/units.server'
import { done, invalid, readIntent, refused } from '~/server/action.server'
import { getDb, type Db } from '~/server/db.server'
import { invariantResponse, parseId } from '~/server/http'
import { outcomeFor, refusalFor } from '~/ui/action-result'
import { Flash } from '~/ui/Flash'
import { dateText } from '~/ui/form-values'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import { useCan } from '~/ui/use-can'
import relocationsCss from '~/features/relocations/relocations.css?url'
import type { Route } from './+types/enheder.$id'

export const meta = ({ data }: Route.MetaArgs) => [{ title: `${data?.unit.name ?? 'Enhed'} · Kloge Kvadratmeter` }]
export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: relocationsCss }]

const unitLink = (id: number) => href('/enheder/:id', { id: String(id) })

export async function loader({ params, context }: Route.LoaderArgs) {
  const id = parseId(params.id, 'Enheden')
  const page = await getUnitPage(await getDb(), id, viewerOf(context))
  invariantResponse(page, 'Enheden findes ikke. Den kan være slettet.')
  return page
}

async function savePerson(db: Db, id: number, formData: FormData, viewer: Viewer) {
  const submission = parseWithZod(formData, { schema: personSchema })
  if (submission.status !== 'success') return invalid('add-person', submission)
  const result = await addPerson(db, id, submission.value, viewer)
  return result.ok ? done('add-person') : refused('add-person', result, submission)
}

async function dropPerson(db: Db, id: number, formData: FormData, viewer: Viewer) {
  const submission = parseWithZod(formData, { schema: removePersonSchema })
  if (submission.status !== 'success') return invalid('remove-person', submission)
  const result = await removePerson(db, id, submission.value.personId, viewer)
  return result.ok ? done('remove-person') : refused('remove-person', result)
}

async function saveUnit(db: Db, id: number, formData: FormData) {
  const submission = parseWithZod(formData, { schema: unitUpdateSchema })
  if (submission.status !== 'success') return invalid('save', submission)
  const { version, ...input } = submission.value
  const result = await editUnit(db, id, version, input)
  if (!result.ok) return refused('save', result, submission)
  return redirect(`${unitLink(id)}?besked=gemt`)
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const id = parseId(params.id, 'Enheden')
  const formData = await request.formData()
  const intent = readIntent(formData, ['save', 'delete', 'add-person', 'remove-person'] as const)
  const db = await getDb()
  switch (intent) {
    case 'delete': {
      const result = await removeUnit(db, id)
      return result.ok ? redirect(`${href('/enheder')}?besked=slettet`) : refused('delete', result)
    }
    case 'add-person':
      return savePerson(db, id, formData, viewerOf(context))
    case 'remove-person':
      return dropPerson(db, id, formData, viewerOf(context))
    case 'save':
      return saveUnit(db, id, formData)
  }
}

/** The form's text for a stored unit. */
function unitFormValues(u: Unit) {
  return {
    name: u.name,
    parentId: u.parentId === null ? '' : String(u.parentId),
    propertyId: String(u.propertyId),
    headcount: fteText(u.headcount),
    workplacesNeeded: u.workplacesNeeded === null ? '' : String(u.workplacesNeeded),
    contactPerson: u.contactPerson,
    external: u.external ? 'on' : '',
    locatedFrom: dateText(u.locatedFrom),
  }
}

export default function UnitPage({ loaderData, actionData }: Route.ComponentProps) {
  const { unit: u, locations, history, relocations, people, deskFactor, propertyLabel, parent } = loaderData
  const canEdit = useCan('edit_hr')
  const moved = history.some((h) => h.relocationId !== null) || locations.length > 1
  const deleteError = refusalFor(actionData, 'delete')
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/enheder')}>Enheder</Link> › {u.name}
      </div>
      <UnitHeader unit={u} parent={parent} children={loaderData.children} canEdit={canEdit} />
      <Flash />
      {deleteError && (
        <div className="alert error" role="alert">
          {deleteError}
        </div>
      )}
      <UnitLocationsCard locations={locations} />
      <div className="card">
        <h2>Stamdata</h2>
        <UnitForm
          key={u.version}
          lastResult={outcomeFor(actionData, 'save')?.reply ?? null}
          version={u.version}
          defaultValue={unitFormValues(u)}
          submitLabel="Gem ændringer"
          unitId={u.id}
          propertyLabel={propertyLabel}
          parentLabel={parent?.name ?? ''}
          propertyLocked={moved}
          deskFactorText={formatNumberDa(deskFactor, 2)}
          disabled={!canEdit}
        />
      </div>
      <UnitRelocationsCard relocations={relocations} />
      <UnitHistoryCard history={history} locations={locations} />
      <PeopleCard
        view={people}
        lastResult={outcomeFor(actionData, 'add-person')?.reply ?? null}
        error={refusalFor(actionData, 'remove-person')}
        canEdit={canEdit}
      />
      {canEdit && (
        <DeleteCard title="Slet enhed" confirm={`Slet ${u.name}? Det kan ikke fortrydes.`}>
          <p className="muted">
            En enhed kan kun slettes, når ingen flytninger, underenheder, navngivne medarbejdere eller scenarier henviser til den.
          </p>
        </DeleteCard>
      )}
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
