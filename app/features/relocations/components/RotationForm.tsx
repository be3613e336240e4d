/** Create or edit a rotation (rokade). */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from 'react-router'
import { rotationSchema, type RotationInput } from '~/features/relocations/schemas/relocation'
import { FormErrors, type FormShape, TextAreaField, TextField } from '~/ui/form'

export function RotationForm({
  lastResult,
  defaultValue,
  version,
  submitLabel,
}: {
  lastResult?: SubmissionResult<string[]> | null
  defaultValue?: Partial<FormShape<RotationInput>>
  version?: number
  submitLabel: string
}) {
  const [form, fields] = useForm({
    id: 'rotation-form',
    lastResult,
    defaultValue,
    shouldValidate: 'onBlur',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: rotationSchema }),
  })
  return (
    <Form method="post" {...getFormProps(form)} noValidate>
      <FormErrors errors={form.errors} />
      <input type="hidden" name="intent" value="rotation" />
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      <div className="form-grid">
        <TextField meta={fields.name} label="Rokadens navn" />
        <TextField meta={fields.date} label="Dato" placeholder="dd.mm.åååå" />
        <TextAreaField meta={fields.description} label="Beskrivelse" />
      </div>
      <div className="form-actions">
        <button type="submit" className="secondary">
          {submitLabel}
        </button>
      </div>
    </Form>
  )
}
