/** The scenario's assumptions; saving recomputes the figures in place (fetcher, no reload). */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { useFetcher } from 'react-router'
import { CheckboxField, FormErrors, SelectField, TextAreaField, TextField, type FormShape } from '~/ui/form'
import { assumptionsSchema, statusFilterLabels, type AssumptionsInput } from '~/features/scenarios/schemas'

export function AssumptionsForm({ defaultValue, version }: { defaultValue: Partial<FormShape<AssumptionsInput>>; version: number }) {
  const fetcher = useFetcher<{ result?: SubmissionResult<string[]> }>()
  const [form, fields] = useForm({
    id: `assumptions-${version}`,
    lastResult: fetcher.state === 'idle' ? fetcher.data?.result : undefined,
    defaultValue,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: assumptionsSchema }),
  })
  return (
    <fetcher.Form method="post" {...getFormProps(form)} noValidate>
      <input type="hidden" name="intent" value="assumptions" />
      <input type="hidden" name="version" value={version} />
      <FormErrors errors={form.errors} />
      <div className="form-grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))' }}>
        <TextField meta={fields.name} label="Navn" wide />
        <TextField meta={fields.firstYear} label="Første budgetår" inputMode="numeric" />
        <TextField meta={fields.lastYear} label="Sidste budgetår" inputMode="numeric" />
        <TextField meta={fields.targetAnnualOre} label="Mål pr. år (kr.)" inputMode="decimal" wide />
        <TextField meta={fields.deskFactor} label="Deleskrivebordsfaktor" inputMode="decimal" />
        <TextField meta={fields.movingCostPerPersonOre} label="Flytteudgift pr. person (kr.)" inputMode="decimal" />
        <TextField meta={fields.rentIndexationPct} label="Indeksering af husleje (% pr. år)" inputMode="decimal" wide />
        <SelectField
          meta={fields.statusFilter}
          label="Medtag tiltag"
          options={Object.entries(statusFilterLabels).map(([value, label]) => ({ value, label }))}
          wide
        />
        <div className="field wide">
          <CheckboxField meta={fields.countAvoidedMaintenance} label="Medregn sparet vedligehold ved salg" />
        </div>
        <TextAreaField meta={fields.description} label="Beskrivelse" />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={fetcher.state !== 'idle'}>
          {fetcher.state !== 'idle' ? 'Beregner …' : 'Gem og beregn'}
        </button>
      </div>
    </fetcher.Form>
  )
}
