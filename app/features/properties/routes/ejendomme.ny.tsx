/** Ny ejendom: register a property. */
import { parseWithZod } from '@conform-to/zod/v4'
import { href, Link, redirect } from 'react-router'
import { PropertyForm } from '~/features/properties/components/PropertyForm'
import { createProperty } from '~/features/properties/properties.server'
import { propertySchema } from '~/features/properties/schemas'
import { invalid, readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import { outcomeFor } from '~/ui/action-result'
import type { Route } from './+types/ejendomme.ny'

export const meta = () => [{ title: 'Ny ejendom · Kloge Kvadratmeter' }]

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const intent = readIntent(formData, ['save'] as const)
  const submission = parseWithZod(formData, { schema: propertySchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const result = await createProperty(await getDb(), submission.value)
  if (!result.ok) return refused(intent, result, submission)
  return redirect(`${href('/ejendomme/:id', { id: String(result.value.id) })}?besked=oprettet`)
}

export default function NewProperty({ actionData }: Route.ComponentProps) {
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to={href('/ejendomme')}>Ejendomme</Link> › Ny ejendom
      </div>
      <h1>Ny ejendom</h1>
      <div className="card">
        <PropertyForm
          lastResult={outcomeFor(actionData, 'save')?.reply ?? null}
          defaultValue={{
            ownership: 'owned',
            use: 'administration',
            status: 'in_use',
            grossAreaM2: '0',
            workplaces: '0',
            annualOperatingCostOre: '0,00',
            annualMaintenanceOre: '0,00',
            maintenanceBacklogOre: '0,00',
          }}
          submitLabel="Opret ejendom"
        />
      </div>
    </section>
  )
}
