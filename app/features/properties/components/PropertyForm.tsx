/** The property form, shared by "Ny ejendom" and the property page. */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from 'react-router'
import { propertySchema, type PropertyInput } from '~/features/properties/schemas'
import { propertyFields } from '~/features/properties/fields'
import { type FormShape, RecordFields, RegistryFields } from '~/ui/form'

export function PropertyForm({
  lastResult,
  defaultValue,
  version,
  submitLabel,
  disabled = false,
}: {
  lastResult?: SubmissionResult<string[]> | null
  defaultValue?: Partial<FormShape<PropertyInput>>
  version?: number
  submitLabel: string
  /** Read-only for users who may not change the register. */
  disabled?: boolean
}) {
  const [form, fields] = useForm({
    id: 'property-form',
    lastResult,
    defaultValue,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: propertySchema }),
  })
  return (
    <Form method="post" {...getFormProps(form)} noValidate>
      <RecordFields errors={form.errors} version={version} disabled={disabled} submitLabel={submitLabel}>
        <RegistryFields fields={propertyFields} metas={fields} />
      </RecordFields>
    </Form>
  )
}
