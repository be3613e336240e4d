/** Scenarier: the decided plan first, then the committee's scenarios; create one from another. */
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, Link, redirect, useSearchParams } from 'react-router'
import { Flash } from '~/ui/Flash'
import { FormErrors, SelectField, TextField } from '~/ui/form'
import { formatDanishDate } from '~/core/dates'
import { Money, formatKroner } from '~/core/money'
import { listScenarios } from '~/features/scenarios/scenarios.repo.server'
import { newScenarioSchema } from '~/features/scenarios/schemas'
import { computeScenario } from '~/features/scenarios/savings.server'
import { createScenario } from '~/features/scenarios/scenarios.server'
import { getDb } from '~/server/db.server'
import { failedReply, invalidReply } from '~/ui/submission'
import type { Route } from './+types/scenarier'

export const meta = () => [{ title: 'Scenarier · Kloge Kvadratmeter' }]

export async function loader() {
  const db = await getDb()
  const scenarios = await listScenarios(db)
  const rows = []
  for (const s of scenarios) {
    const c = await computeScenario(db, s.id)
    rows.push({
      id: s.id,
      name: s.name,
      isBaseline: s.isBaseline === 1,
      archivedAt: s.archivedAt,
      measureCount: Number(s.measureCount),
      updatedAt: s.updatedAt,
      fullYearEffect: c!.result.fullYearEffect.toString(),
      gap: c!.result.gapToTarget.toString(),
      conflicts: c!.result.conflicts.length,
    })
  }
  return { scenarios: rows }
}

export async function action({ request }: Route.ActionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: newScenarioSchema })
  if (submission.status !== 'success') return invalidReply(submission)
  const result = await createScenario(await getDb(), submission.value)
  if (!result.ok) return failedReply(submission, result)
  return redirect(`/scenarier/${result.value.id}?besked=oprettet`)
}

export default function ScenariosPage({ loaderData, actionData }: Route.ComponentProps) {
  const { scenarios } = loaderData
  const [params] = useSearchParams()
  const baseline = scenarios.find((s) => s.isBaseline)
  const [form, fields] = useForm({
    id: 'new-scenario',
    lastResult: actionData?.result,
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
      <Form method="get" action="/scenarier/sammenlign">
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
                  <Link to={`/scenarier/${s.id}`}>{s.name}</Link>{' '}
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
          <div className="form-grid">
            <TextField meta={fields.name} label="Navn" />
            <SelectField
              meta={fields.basedOnId}
              label="Med udgangspunkt i"
              options={scenarios.map((s) => ({ value: String(s.id), label: s.name }))}
            />
            <TextField meta={fields.description} label="Beskrivelse" wide />
          </div>
          <div className="form-actions">
            <button type="submit">Opret scenarie</button>
          </div>
        </Form>
      </div>
    </section>
  )
}
