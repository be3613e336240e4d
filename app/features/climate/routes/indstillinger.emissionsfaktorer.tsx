/** Emissionsfaktorer: kg CO2e per MWh per energy carrier and year (admins edit, everyone reads). */
import { parseWithZod } from '@conform-to/zod/v4'
import { deleteEmissionFactor, listFactors, saveEmissionFactor } from '~/features/climate/climate.server'
import { FactorForm } from '~/features/climate/components/FactorForm'
import { FactorTable } from '~/features/climate/components/FactorTable'
import { deleteFactorSchema, emissionFactorSchema } from '~/features/climate/schemas'
import { done, invalid, readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import { outcomeFor } from '~/ui/action-result'
import { GeneralErrorBoundary } from '~/ui/GeneralErrorBoundary'
import { useCan } from '~/ui/use-can'
import type { Route } from './+types/indstillinger.emissionsfaktorer'

export const meta = () => [{ title: 'Emissionsfaktorer · Kloge Kvadratmeter' }]

export async function loader() {
  return { factors: await listFactors(await getDb()) }
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const intent = readIntent(formData, ['save', 'delete'] as const)
  const db = await getDb()
  if (intent === 'save') {
    const submission = parseWithZod(formData, { schema: emissionFactorSchema })
    if (submission.status !== 'success') return invalid(intent, submission)
    const r = await saveEmissionFactor(db, submission.value)
    if (!r.ok) return refused(intent, r, submission)
    const what = r.value.created ? 'gemt' : 'rettet'
    return { ...done(intent, `Faktoren er ${what}.`), reply: submission.reply({ resetForm: true }) }
  }
  const submission = parseWithZod(formData, { schema: deleteFactorSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const r = await deleteEmissionFactor(db, submission.value.factorId, submission.value.version)
  return r.ok ? done(intent, 'Faktoren er slettet.') : refused(intent, r)
}

export default function EmissionFactorsPage({ loaderData, actionData }: Route.ComponentProps) {
  const canEdit = useCan('admin')
  const saved = outcomeFor(actionData, 'save')
  const deleted = outcomeFor(actionData, 'delete')
  const message = [saved, deleted].find((o) => o?.message)
  return (
    <section className="page">
      <h1>Emissionsfaktorer</h1>
      <p>
        Kg CO2e pr. MWh for hver energiform og år. Scenarierne regner deres klimatal med dem: et budgetår bruger årets faktor, ellers den
        seneste før. Varmen regnes med ejendommens varmekilde, elforbruget med faktoren for el. Standardværdierne er afrundede og skal
        erstattes af årets tal og fjernvarmeværkets varmedeklaration.
      </p>
      {message && (
        <div className={`alert ${message.ok ? 'success' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.message}
        </div>
      )}
      <div className="card">
        <h2>Kommunens faktorer</h2>
        <FactorTable factors={loaderData.factors} canEdit={canEdit} />
      </div>
      {canEdit && (
        <div className="card">
          <h2>Angiv en faktor</h2>
          <p className="muted">Findes der allerede en faktor for energiformen og året, rettes den.</p>
          <FactorForm outcome={saved} />
        </div>
      )}
    </section>
  )
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <GeneralErrorBoundary error={error} />
}
