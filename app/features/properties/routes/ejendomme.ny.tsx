/** Ny ejendom: register a property. */
import { parseWithZod } from '@conform-to/zod/v4'
import { Link, redirect } from 'react-router'
import { PropertyForm } from '~/features/properties/components/PropertyForm'
import { propertySchema } from '~/features/properties/schemas'
import { createProperty } from '~/features/properties/properties.server'
import { getDb } from '~/server/db.server'
import { failedReply, invalidReply } from '~/ui/submission'
import type { Route } from './+types/ejendomme.ny'

export const meta = () => [{ title: 'Ny ejendom · Kloge Kvadratmeter' }]

export async function action({ request }: Route.ActionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: propertySchema })
  if (submission.status !== 'success') return invalidReply(submission)
  const result = await createProperty(await getDb(), submission.value)
  if (!result.ok) return failedReply(submission, result)
  return redirect(`/ejendomme/${result.value.id}?besked=oprettet`)
}

export default function NewProperty({ actionData }: Route.ComponentProps) {
  return (
    <section className="page">
      <div className="breadcrumb">
        <Link to="/ejendomme">Ejendomme</Link> › Ny ejendom
      </div>
      <h1>Ny ejendom</h1>
      <div className="card">
        <PropertyForm
          lastResult={actionData?.result}
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
