/** A new scenario: a name, the scenario it copies (the decided plan unless ?kopier= says otherwise), a description. */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from 'react-router'
import { FormErrors, SelectField, TextField } from '~/ui/form'
import { fieldLabel, scenarioFields } from '~/features/scenarios/fields'
import { newScenarioSchema } from '~/features/scenarios/schemas'

export function NewScenarioForm({
  scenarios,
  basedOnId,
  lastResult,
}: {
  scenarios: { id: number; name: string }[]
  basedOnId: string
  lastResult: SubmissionResult<string[]> | null
}) {
  const [form, fields] = useForm({
    id: 'new-scenario',
    lastResult,
    defaultValue: { basedOnId },
    shouldValidate: 'onBlur',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newScenarioSchema }),
  })
  return (
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
  )
}
