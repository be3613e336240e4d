/**
 * The unit form, shared by "Ny enhed" and the unit page. Its own layout (pickers that search on the server,
 * hints that depend on the unit), with labels from the field registry.
 */
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from 'react-router'
import { formLabel, unitFields } from '~/features/relocations/fields'
import { SAVE_ANYWAY_LABEL, unitSchema, type UnitInput } from '~/features/relocations/schemas'
import { CheckboxField, type FormShape, RecordFields, TextField } from '~/ui/form'
import { ComboboxField } from '~/ui/Combobox'

const label = (key: Exclude<keyof UnitInput, 'acceptWarnings'>) => formLabel(unitFields, key)

export function UnitForm({
  lastResult,
  defaultValue,
  version,
  submitLabel,
  unitId,
  propertyLabel,
  parentLabel,
  propertyLocked,
  deskFactorText,
  disabled = false,
}: {
  lastResult?: SubmissionResult<string[]> | null
  defaultValue?: Partial<FormShape<UnitInput>>
  version?: number
  submitLabel: string
  /** The unit edited (left out of the parent picker); none for a new unit. */
  unitId?: number
  /** Names of the chosen property and parent, shown in their pickers. */
  propertyLabel: string
  parentLabel: string
  /** The unit has moved by relocations: its property changes only by a relocation. */
  propertyLocked?: boolean
  deskFactorText: string
  /** Read-only for users who may not edit units. */
  disabled?: boolean
}) {
  const [form, fields] = useForm({
    id: 'unit-form',
    lastResult,
    defaultValue,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: unitSchema }),
  })
  return (
    <Form method="post" {...getFormProps(form)} noValidate>
      <RecordFields errors={form.errors} version={version} disabled={disabled} submitLabel={submitLabel}>
        <TextField meta={fields.name} label={label('name')} wide />
        <ComboboxField
          meta={fields.parentId}
          label={label('parentId')}
          kind="unit"
          valueLabel={parentLabel}
          exclude={unitId}
          disabled={disabled}
          hint="Tom, hvis enheden ligger øverst"
        />
        <ComboboxField
          meta={fields.propertyId}
          label={label('propertyId')}
          kind="property"
          valueLabel={propertyLabel}
          disabled={disabled}
          hint={propertyLocked ? 'Enheden er flyttet med flytninger; brug en ny flytning for at flytte den.' : 'Hvor enheden har til huse'}
        />
        <TextField meta={fields.locatedFrom} label={label('locatedFrom')} placeholder="dd.mm.åååå" />
        <TextField
          meta={fields.headcount}
          label={label('headcount')}
          inputMode="decimal"
          hint="Fuldtidsstillinger; decimaler er tilladt, fx 19,5"
        />
        <TextField
          meta={fields.workplacesNeeded}
          label={label('workplacesNeeded')}
          inputMode="numeric"
          hint={`Tom: årsværk × deleskrivebordsfaktor ${deskFactorText}`}
        />
        <TextField meta={fields.contactPerson} label={label('contactPerson')} />
        <CheckboxField meta={fields.external} label={label('external')} />
        {(fields.acceptWarnings.errors?.length ?? 0) > 0 && <CheckboxField meta={fields.acceptWarnings} label={SAVE_ANYWAY_LABEL} />}
      </RecordFields>
    </Form>
  )
}
