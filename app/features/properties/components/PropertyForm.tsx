/** The property form, shared by "Ny ejendom" and the property page. */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from 'react-router'
import { propertySchema, type PropertyInput } from '~/features/properties/schemas'
import { codes, ownershipLabels, propertyStatusLabels, propertyUseLabels } from '~/core/labels'
import { type FormShape, RecordFields, SelectField, TextAreaField, TextField } from '~/ui/form'

const options = (labels: Record<string, string>) => codes(labels).map((value) => ({ value, label: labels[value]! }))

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
        <TextField meta={fields.name} label="Navn" wide />
        <TextField meta={fields.address} label="Adresse" />
        <TextField meta={fields.postcode} label="Postnummer" inputMode="numeric" />
        <TextField meta={fields.town} label="By" />
        <SelectField meta={fields.ownership} label="Ejerforhold" options={options(ownershipLabels)} />
        <SelectField meta={fields.use} label="Anvendelse" options={options(propertyUseLabels)} />
        <SelectField meta={fields.status} label="Status" options={options(propertyStatusLabels)} />
        <TextField meta={fields.grossAreaM2} label="Bruttoareal (m²)" inputMode="numeric" />
        <TextField meta={fields.workplaces} label="Arbejdspladser" inputMode="numeric" />
        <TextField meta={fields.annualOperatingCostOre} label="Driftsudgift pr. år (kr.)" inputMode="decimal" placeholder="fx 1.234.567,89" />
        <TextField meta={fields.annualMaintenanceOre} label="Planlagt vedligehold pr. år (kr.)" inputMode="decimal" />
        <TextField meta={fields.maintenanceBacklogOre} label="Vedligeholdelsesefterslæb (kr.)" inputMode="decimal" />
        <TextField meta={fields.latitude} label="Breddegrad (WGS84)" inputMode="decimal" placeholder="fx 55,7707" />
        <TextField meta={fields.longitude} label="Længdegrad (WGS84)" inputMode="decimal" placeholder="fx 9,7016" />
        <TextAreaField meta={fields.note} label="Note" />
      </RecordFields>
    </Form>
  )
}
