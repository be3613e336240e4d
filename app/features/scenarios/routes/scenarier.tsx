/** Scenarier: the decided plan first, then the committee's scenarios; create one from another. */
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, href, Link, redirect, useSearchParams } from 'react-router'
import { Flash } from '~/ui/Flash'
import { FormErrors, SelectField, TextField } from '~/ui/form'
import { outcomeFor } from '~/ui/action-result'
import { formatDanishDate } from '~/core/dates'
import { Money, formatKroner } from '~/core/money'
import { fieldLabel, scenarioFields } from '~/features/scenarios/fields'
import { newScenarioSchema } from '~/features/scenarios/schemas'
import { listScenarioRows } from '~/features/scenarios/scenario-page.server'
import { createScenario } from '~/features/scenarios/scenarios.server'
import { invalid, readIntent, refused } from '~/server/action.server'
import { getDb } from '~/server/db.server'
import type { Route } from './+types/scenarier'

export const meta = () => [{ title: 'Scenarier · Kloge Kvadratmeter' }]

export async function loader() {
  return { scenarios: await listScenarioRows(await getDb()) }
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData()
  const intent = readIntent(formData, ['create'] as const)
  const submission = parseWithZod(formData, { schema: newScenarioSchema })
  if (submission.status !== 'success') return invalid(intent, submission)
  const result = await createScenario(await getDb(), submission.value)
  if (!result.ok) return refused(intent, result, submission)
  return redirect(`${href('/scenarier/:id', { id: String(result.value.id) })}?besked=oprettet`)
}

export default function ScenariosPage({ loaderData, actionData }: Route.ComponentProps) {
  const { scenarios } = loaderData
  const [params] = useSearchParams()
  const baseline = scenarios.find((s) => s.isBaseline)
  const [form, fields] = useForm({
    id: 'new-scenario',
    lastResult: outcomeFor(actionData, 'create')?.reply ?? null,
    defaultValue: { basedOnId: params.get('kopier') ?? String(baseline?.id ?? '') },
    shouldValidate: 'onBlur',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newScenarioSchema }),
  })
  return (
    <section className="page">
      <div className="page-header">
        <div>
          <h1>Scenarier</h1>
          <p>Den vedtagne plan og udvalgets scenarier. Et scenarie er en kopi med tiltag og forudsætninger, der kan ændres frit.</p>
        </div>
      </div>
      <Flash />
      <Form method="get" action={href('/scenarier/sammenlign')}>
        <table className="plain" aria-label="Scenarier">
          <thead>
            <tr>
              <th>Sammenlign</th>
              <th>Scenarie</th>
              <th className="num">Tiltag</th>
              <th className="num">Helårseffekt</th>
              <th className="num">Mangler til målet</th>
              <th className="num">Konflikter</th>
              <th>Ændret</th>
            </tr>
          </thead>
          <tbody>
            {scenarios.map((s) => (
              <tr key={s.id}>
                <td>
                  <input type="checkbox" name="ids" value={s.id} aria-label={`Sammenlign ${s.name}`} />
                </td>
                <td>
                  <Link to={href('/scenarier/:id', { id: String(s.id) })}>{s.name}</Link>{' '}
                  {s.isBaseline ? (
                    <span className="badge baseline">Vedtaget plan</span>
                  ) : s.archivedAt ? (
                    <span className="badge archived">Tidligere vedtaget plan</span>
                  ) : null}
                </td>
                <td className="num">{s.measureCount}</td>
                <td className="num">{formatKroner(new Money(s.fullYearEffect), { decimals: 0 })}</td>
                <td className="num">{formatKroner(new Money(s.gap), { decimals: 0 })}</td>
                <td className="num">{s.conflicts}</td>
                <td>{formatDanishDate(s.updatedAt.slice(0, 10))}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="form-actions">
          <button type="submit" className="secondary">
            Sammenlign valgte
          </button>
        </div>
      </Form>
      <div className="card" style={{ marginTop: '1rem' }}>
        <h2>Nyt scenarie</h2>
        <Form method="post" {...getFormProps(form)} noValidate>
          <FormErrors errors={form.errors} />
          <input type="hidden" name="intent" value="create" />
          <div className="form-grid">
            <TextField meta={fields.name} label={fieldLabel(scenarioFields, 'name')} />
            <SelectField
              meta={fields.basedOnId}
              label={fieldLabel(scenarioFields, 'basedOnId')}
              options={scenarios.map((s) => ({ value: String(s.id), label: s.name }))}
            />
            <TextField meta={fields.description} label={fieldLabel(scenarioFields, 'description')} wide />
          </div>
          <div className="form-actions">
            <button type="submit">Opret scenarie</button>
          </div>
        </Form>
      </div>
    </section>
  )
}
