/** The property form, shared by "Ny ejendom" and the property page. */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from 'react-router'
import type { Property } from '#db/schema'
import { propertySchema, type PropertyInput } from '~/features/properties/schemas'
import { propertyFields } from '~/features/properties/fields'
import { type FormShape, RecordFields, RegistryFields } from '~/ui/form'
import { amountText, coordinateText, dateText } from '~/ui/form-values'

/** A stored property as the text its form fields show. @example propertyFormValues(p).annualOperatingCostOre // '1.234.567,89' */
export function propertyFormValues(p: Property): FormShape<PropertyInput> {
  return {
    name: p.name,
    address: p.address,
    postcode: p.postcode,
    town: p.town,
    ownership: p.ownership,
    use: p.use,
    status: p.status,
    grossAreaM2: String(p.grossAreaM2),
    workplaces: String(p.workplaces),
    annualOperatingCostOre: amountText(p.annualOperatingCostOre),
    annualMaintenanceOre: amountText(p.annualMaintenanceOre),
    maintenanceBacklogOre: amountText(p.maintenanceBacklogOre),
    latitude: coordinateText(p.latitude),
    longitude: coordinateText(p.longitude),
    energyLabel: p.energyLabel ?? '',
    energyLabelDate: dateText(p.energyLabelDate),
    heatSource: p.heatSource ?? '',
    note: p.note,
  }
}

/** The property's fields in registry order, validated in the browser with the action's schema. */
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
