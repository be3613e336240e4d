/**
 * "Forbrug pr. år" on the property page: the metered heat, electricity and water per year, and one
 * form that records a new year or corrects the year chosen with "Ret" (an address, so it works
 * without script). MWh and m³ are typed with a decimal comma and kept exact to the kWh and litre.
 */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, Link, useSearchParams } from 'react-router'
import { thousandthsText } from '~/core/energy'
import { DemoEnergyNote } from '~/features/properties/components/DemoEnergyNote'
import { consumptionSchema } from '~/features/properties/schemas'
import type { PropertyConsumption as Row } from '~/features/properties/types'
import { FormErrors, SaveButton, TextField } from '~/ui/form'

const EDIT_PARAM = 'forbrug'

function ConsumptionTable({ rows, canEdit }: { rows: Row[]; canEdit: boolean }) {
  if (rows.length === 0) return <p className="muted">Intet forbrug registreret endnu.</p>
  return (
    <div className="table-scroll">
      <table className="plain compact" aria-label="Forbrug pr. år">
        <thead>
          <tr>
            <th scope="col">År</th>
            <th scope="col" className="num">
              Varme (MWh)
            </th>
            <th scope="col" className="num">
              El (MWh)
            </th>
            <th scope="col" className="num">
              Vand (m³)
            </th>
            {canEdit && <th scope="col">Handling</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.year}</th>
              <td className="num">{thousandthsText(r.heatKwh) || '–'}</td>
              <td className="num">{thousandthsText(r.electricityKwh) || '–'}</td>
              <td className="num">{thousandthsText(r.waterLiters) || '–'}</td>
              {canEdit && (
                <td className="row-actions">
                  <Link to={`?${EDIT_PARAM}=${r.id}#forbrug`} aria-label={`Ret forbrug ${r.year}`}>
                    Ret
                  </Link>{' '}
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="consumption-delete" />
                    <input type="hidden" name="consumptionId" value={r.id} />
                    <button type="submit" className="danger small" aria-label={`Slet forbrug ${r.year}`}>
                      Slet
                    </button>
                  </Form>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function ConsumptionForm({ editing, lastResult }: { editing: Row | undefined; lastResult: SubmissionResult<string[]> | null }) {
  const [form, fields] = useForm({
    id: `consumption-${editing?.id ?? 'new'}`,
    lastResult,
    defaultValue: editing
      ? {
          year: String(editing.year),
          heatKwh: thousandthsText(editing.heatKwh),
          electricityKwh: thousandthsText(editing.electricityKwh),
          waterLiters: thousandthsText(editing.waterLiters),
        }
      : undefined,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: consumptionSchema }),
  })
  return (
    <Form method="post" {...getFormProps(form)} noValidate>
      <h3>{editing ? `Ret forbrug ${editing.year}` : 'Registrér et års forbrug'}</h3>
      <FormErrors errors={form.errors} />
      <input type="hidden" name="intent" value="consumption" />
      {editing && <input type="hidden" name="consumptionId" value={editing.id} />}
      {editing && <input type="hidden" name="version" value={editing.version} />}
      <div className="form-grid">
        <TextField meta={fields.year} label="År" inputMode="numeric" placeholder="fx 2024" />
        <TextField meta={fields.heatKwh} label="Varme (MWh)" inputMode="decimal" placeholder="fx 123,5" />
        <TextField meta={fields.electricityKwh} label="El (MWh)" inputMode="decimal" placeholder="fx 45,25" />
        <TextField meta={fields.waterLiters} label="Vand (m³)" inputMode="decimal" placeholder="fx 310" />
      </div>
      <SaveButton label={editing ? 'Gem forbrug' : 'Tilføj år'} />
      {editing && <Link to="?#forbrug">Annullér</Link>}
    </Form>
  )
}

/** The consumption card: the table, and the form for those who may change the register. */
export function PropertyConsumption({
  rows,
  canEdit,
  lastResult,
  refusal,
}: {
  rows: Row[]
  canEdit: boolean
  lastResult: SubmissionResult<string[]> | null
  refusal: string | null
}) {
  const [params] = useSearchParams()
  const editing = rows.find((r) => String(r.id) === params.get(EDIT_PARAM))
  return (
    <div className="card" id="forbrug">
      <h2>Forbrug pr. år</h2>
      <p className="muted">Målt forbrug af varme og el i MWh og vand i m³. Nøgletallene bruger det seneste år.</p>
      <DemoEnergyNote />
      {refusal && (
        <div className="alert error" role="alert">
          {refusal}
        </div>
      )}
      <ConsumptionTable rows={rows} canEdit={canEdit} />
      {canEdit && (
        // A saved row changes the count or ends the edit, so the form starts empty again.
        <ConsumptionForm key={`${editing?.id ?? 'new'}-${rows.length}`} editing={editing} lastResult={lastResult} />
      )}
    </div>
  )
}
