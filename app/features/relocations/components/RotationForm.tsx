/** Create or edit a rotation (rokade). */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from 'react-router'
import { rotationFields } from '~/features/relocations/fields'
import { rotationSchema, type RotationInput } from '~/features/relocations/schemas'
import { FormErrors, type FormShape, RegistryFields } from '~/ui/form'

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
        <RegistryFields fields={rotationFields} metas={fields} />
      </div>
      <div className="form-actions">
        <button type="submit" className="secondary">
          {submitLabel}
        </button>
      </div>
    </Form>
  )
}
